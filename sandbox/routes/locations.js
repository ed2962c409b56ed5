// @ts-check
'use strict';

/** Location look-ups (apps/locations.json). */

const { notFound } = require('../http');

/**
 * The spec documents no body for this 200; the live API answers `{ timeZones: [...] }` with IANA names.
 * @type {import('./index').Route['handler']}
 */
function listTimezones({ store, params }) {
	// The token's location was already compared with params.locationId by the server.
	if (!store.locations.has(params.locationId)) throw notFound('Location not found');
	return { body: { timeZones: Intl.supportedValuesOf('timeZone') } };
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: '/locations/{locationId}/timezones', handler: listTimezones },
];

module.exports = { routes };

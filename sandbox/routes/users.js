// @ts-check
'use strict';

/** Users of a location (apps/users.json, GET /users/ answers LocationSuccessfulResponseDto). */

/** @type {import('./index').Route['handler']} */
function listUsers({ store, query }) {
	const users = [...store.users.values()]
		.filter((user) => user.locationId === query.locationId && !user.deleted)
		.map(({ locationId: _internal, ...user }) => user);
	return { body: { users } };
}

/** @type {import('./index').Route[]} */
const routes = [{ method: 'GET', path: '/users/', handler: listUsers }];

module.exports = { routes };

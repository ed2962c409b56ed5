// @ts-check
'use strict';

/**
 * The route table. Each route names its path exactly as the spec spells it (`/calendars/{calendarId}`);
 * the server pairs it with the spec operation of the same method and path, whose validators run
 * before the handler. A route that names a path the spec does not have fails at start-up, unless it is
 * marked `offSpec` (sandbox conveniences such as the OAuth consent redirect).
 */

/**
 * @typedef {object} RouteContext What a handler receives, after auth and validation passed.
 * @property {import('../server').Sandbox} sandbox
 * @property {import('../store').Store} store
 * @property {Record<string, string>} params decoded path parameters
 * @property {Record<string, any>} query query parameters, converted per the spec (numbers, booleans)
 * @property {any} body the validated body (`{}` when the client sent none)
 * @property {import('../auth').TokenInfo | undefined} auth the caller's token; undefined on public routes
 * @property {(...locationIds: unknown[]) => void} assertLocation 403 unless each given id is the token's location
 * @property {import('http').IncomingMessage} req
 */

/**
 * @typedef {object} RouteResult
 * @property {number} [status] defaults to the success status the spec documents
 * @property {unknown} [body]
 * @property {Record<string, string>} [headers]
 * @property {boolean} [raw] the handler wrote the response itself (e.g. a redirect)
 */

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {string} path OpenAPI path template
 * @property {(ctx: RouteContext) => RouteResult | Promise<RouteResult>} handler
 * @property {boolean} [public] no bearer token needed (OAuth token endpoint)
 * @property {boolean} [offSpec] not an operation of the spec: no spec validation
 * @property {boolean} [checkResponse] the handler's answer is checked against the spec's response schema
 */

const fs = require('fs');

/** Every route file of this folder (one per area of the API: calendars.js, appointments.js, …), in name order. */
const modules = fs
	.readdirSync(__dirname)
	.filter((file) => file.endsWith('.js') && file !== 'index.js')
	.sort()
	.map((file) => require(`./${file}`));

/**
 * The routes of every file, each exporting `routes`. The server matches by method and path, so the
 * order does not decide which route answers.
 * @type {Route[]}
 */
const routes = modules.flatMap((module) => module.routes);

/**
 * Seeders of route files that keep data of their own (an optional `seed(store)` export): run after the
 * store's own seed, when the sandbox starts with data, so a new area seeds its objects in its own file.
 * @type {Array<(store: import('../store').Store) => void>}
 */
const seeds = modules.flatMap((module) => (module.seed ? [module.seed] : []));

module.exports = { routes, seeds };

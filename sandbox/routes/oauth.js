// @ts-check
'use strict';

/**
 * OAuth 2.0 (apps/oauth.json): the token endpoint, plus an off-spec stand-in for the marketplace
 * consent page so an authorization-code flow can run end to end against the sandbox.
 *
 * Errors follow RFC 6749 (`{ error, error_description }`), which is what OAuth client libraries parse.
 */

const { HttpError } = require('../http');

/**
 * @param {number} status
 * @param {string} error
 * @param {string} description
 */
function oauthError(status, error, description) {
	return new HttpError(status, { error, error_description: description });
}

/**
 * POST /oauth/token, form-encoded, client credentials in the body. Refresh tokens and codes are
 * single-use: every exchange returns a new access token and a new refresh token.
 *
 * `user_type` (GetAccessCodebodyDto: Company or Location, optional) picks the token of a code
 * exchange: Company gives the agency token of the install, Location (or none) the sub-account's. A
 * refresh token stands for what its grant was exchanged for, so a refresh without user_type (as n8n
 * sends it) gets the same kind again; one naming the other kind is refused (the documents say nothing
 * about that case, and the sandbox does not switch a token's kind).
 * @type {import('./index').Route['handler']}
 */
function token({ sandbox, body }) {
	const client = sandbox.oauthClient;
	if (body.client_id !== client.clientId || body.client_secret !== client.clientSecret) {
		throw oauthError(401, 'invalid_client', 'Invalid client: client is invalid');
	}
	/** @type {import('../server').OAuthGrant | undefined} */
	let grant;
	if (body.grant_type === 'refresh_token') {
		grant = sandbox.oauth.refreshTokens.get(body.refresh_token);
		if (!grant) throw oauthError(400, 'invalid_grant', 'Invalid grant: refresh token is invalid');
		const kind = grant.userType === 'Company' || !grant.locationId ? 'Company' : 'Location';
		if (body.user_type !== undefined && body.user_type !== kind) {
			throw oauthError(
				400,
				'invalid_grant',
				`Invalid grant: the refresh token is for a ${kind} token`,
			);
		}
		sandbox.oauth.refreshTokens.delete(body.refresh_token);
	} else if (body.grant_type === 'authorization_code') {
		grant = sandbox.oauth.authCodes.get(body.code);
		if (!grant)
			throw oauthError(400, 'invalid_grant', 'Invalid grant: authorization code is invalid');
		sandbox.oauth.authCodes.delete(body.code);
		if (body.user_type === 'Company') {
			const { locationId: _chosen, ...agency } = grant;
			grant = { ...agency, userType: 'Company' };
		} else if (grant.userType === 'Company') {
			throw oauthError(
				400,
				'invalid_grant',
				'Invalid grant: this install is at agency level, ask for user_type Company',
			);
		} else {
			grant = { ...grant, userType: 'Location' };
		}
	} else {
		throw oauthError(
			400,
			'unsupported_grant_type',
			'Unsupported grant type: grant_type is invalid',
		);
	}
	return { status: 200, body: sandbox.issueTokens(grant) };
}

/**
 * Sandbox stand-in for https://marketplace.gohighlevel.com/oauth/chooselocation: instead of asking a
 * human, it approves at once for the default location and redirects back with a fresh code.
 * @type {import('./index').Route['handler']}
 */
function chooseLocation({ sandbox, query }) {
	if (query.client_id !== sandbox.oauthClient.clientId) {
		throw new HttpError(400, { statusCode: 400, message: 'Invalid client_id' });
	}
	if (typeof query.redirect_uri !== 'string' || !/^https?:\/\//.test(query.redirect_uri)) {
		throw new HttpError(400, { statusCode: 400, message: 'Invalid redirect_uri' });
	}
	const scopes =
		typeof query.scope === 'string' && query.scope.trim()
			? query.scope.trim().split(/\s+/)
			: undefined;
	const code = sandbox.createAuthCode({ scopes });
	const target = new URL(query.redirect_uri);
	target.searchParams.set('code', code);
	if (typeof query.state === 'string') target.searchParams.set('state', query.state);
	return { status: 302, headers: { Location: target.href }, body: undefined };
}

/**
 * POST /oauth/locationToken (Agency-Access-Only, oauth.write; the server checked both): a token for
 * one of the agency's sub-accounts the app is installed on.
 * @type {import('./index').Route['handler']}
 */
function locationToken({ sandbox, store, body, auth }) {
	const agency = /** @type {import('../auth').TokenInfo} */ (auth);
	const location = store.locations.get(body.locationId);
	if (body.companyId !== agency.companyId || !location || location.companyId !== agency.companyId) {
		// HighLevel documents a 400 BadRequestDTO for this endpoint, not its message.
		throw new HttpError(400, { statusCode: 400, message: 'Location not found in this company' });
	}
	if (!sandbox.installedLocations.has(location.id)) {
		throw new HttpError(400, {
			statusCode: 400,
			message: 'The app is not installed on this location',
		});
	}
	return { body: sandbox.issueLocationToken(agency, location.id) };
}

/**
 * GET /oauth/installedLocations (Agency-Access-Only, oauth.readonly): the company's sub-accounts with
 * whether the app is installed on each; `isInstalled=true` keeps only those. `skip`, `limit` (strings
 * in the spec) page, `query` searches by name; `count` is the total under the company.
 * @type {import('./index').Route['handler']}
 */
function installedLocations({ sandbox, store, query, auth }) {
	const agency = /** @type {import('../auth').TokenInfo} */ (auth);
	if (query.companyId !== agency.companyId) {
		throw new HttpError(403, {
			statusCode: 403,
			message: 'The token does not have access to this company.',
		});
	}
	if (query.appId !== sandbox.oauthClient.appId) {
		throw new HttpError(400, { statusCode: 400, message: 'App not found' });
	}
	const all = [...store.locations.values()].filter(
		(location) => location.companyId === agency.companyId,
	);
	const needle = typeof query.query === 'string' ? query.query.trim().toLowerCase() : '';
	const listed = all
		.map((location) => ({ location, isInstalled: sandbox.installedLocations.has(location.id) }))
		.filter(
			({ isInstalled }) => query.isInstalled === undefined || isInstalled === query.isInstalled,
		)
		.filter(({ location }) => !needle || location.name.toLowerCase().includes(needle));
	const skip = Number(query.skip ?? 0) || 0;
	const limit = Number(query.limit ?? 20) || 20;
	return {
		body: {
			locations: listed.slice(skip, skip + limit).map(({ location, isInstalled }) => ({
				_id: location.id,
				name: location.name,
				address: location.address,
				isInstalled,
			})),
			count: all.length,
			installToFutureLocations: false,
		},
	};
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'POST', path: '/oauth/token', handler: token, public: true },
	{ method: 'POST', path: '/oauth/locationToken', handler: locationToken, checkResponse: true },
	{
		method: 'GET',
		path: '/oauth/installedLocations',
		handler: installedLocations,
		checkResponse: true,
	},
	{
		method: 'GET',
		path: '/oauth/chooselocation',
		handler: chooseLocation,
		public: true,
		offSpec: true,
	},
	{
		method: 'GET',
		path: '/v2/oauth/chooselocation',
		handler: chooseLocation,
		public: true,
		offSpec: true,
	},
];

module.exports = { routes };

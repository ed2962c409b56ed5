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
		sandbox.oauth.refreshTokens.delete(body.refresh_token);
	} else if (body.grant_type === 'authorization_code') {
		grant = sandbox.oauth.authCodes.get(body.code);
		if (!grant)
			throw oauthError(400, 'invalid_grant', 'Invalid grant: authorization code is invalid');
		sandbox.oauth.authCodes.delete(body.code);
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

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'POST', path: '/oauth/token', handler: token, public: true },
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

// @ts-check
'use strict';

/**
 * Bearer-token authentication and scope/location authorisation, the way HighLevel's gateway applies it.
 */

const { HttpError } = require('./http');

/**
 * @typedef {object} TokenInfo
 * @property {'pit' | 'oauth'} kind Private Integration Token or OAuth access token
 * @property {string[]} scopes
 * @property {string} [locationId] sub-account the token is bound to; absent for an agency (Company) token
 * @property {string} [companyId]
 * @property {string} [userId]
 * @property {boolean} [expired] set by `sandbox.expireToken()`: the token then answers 401 like a stale one
 * @property {number} [expiresAt] epoch ms after which the token answers 401 (tokens the sandbox issued)
 */

const UNAUTHORIZED_INVALID = {
	statusCode: 401,
	message: 'Invalid token: access token is invalid',
	error: 'Unauthorized',
};
const UNAUTHORIZED_EXPIRED = { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' };
const UNAUTHORIZED_SCOPE = {
	statusCode: 401,
	message: 'The token is not authorized for this scope.',
	error: 'Unauthorized',
};
const UNAUTHORIZED_AUTH_CLASS = {
	statusCode: 401,
	message:
		'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.',
	error: 'Unauthorized',
};
const FORBIDDEN_LOCATION = {
	statusCode: 403,
	message: 'The token does not have access to this location.',
};

/**
 * @param {string | undefined} header the Authorization header
 * @returns {string | undefined}
 */
function bearerToken(header) {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
	return match ? match[1] : undefined;
}

/**
 * @param {string | undefined} authorization
 * @param {Map<string, TokenInfo>} tokens
 * @returns {{ token: string, info: TokenInfo }}
 */
function authenticate(authorization, tokens) {
	const token = bearerToken(authorization);
	const info = token ? tokens.get(token) : undefined;
	if (!token || !info) throw new HttpError(401, UNAUTHORIZED_INVALID);
	if (info.expired || (info.expiresAt !== undefined && Date.now() >= info.expiresAt))
		throw new HttpError(401, UNAUTHORIZED_EXPIRED);
	return { token, info };
}

/**
 * An agency (Company) token on a sub-account endpoint gets the authClass refusal below: the spec's
 * security schemes say which token type fits ("Use the Access Token generated with user type as
 * Sub-Account"), but no HighLevel document gives the status or message of the refusal. The sandbox
 * answers 401 with the authClass message it gives any token of the wrong kind; the node does not
 * depend on its wording (it never sends an agency token there).
 *
 * An operation lists alternatives (`security: [{ "Agency-Access": [...] }, { "Location-Access": [...] }]`);
 * the token must satisfy one of them completely. The scheme name says which kind of token fits:
 * `Agency-*` wants a Company token, everything else a sub-account (Location) token, and `*-Only`
 * schemes refuse Private Integration Tokens.
 * @param {import('./spec').SecurityAlternative[]} security
 * @param {TokenInfo} info
 */
function authorize(security, info) {
	if (security.length === 0) return;
	const fitting = security.filter((alt) => tokenFitsScheme(alt.scheme, info));
	if (fitting.length === 0) throw new HttpError(401, UNAUTHORIZED_AUTH_CLASS);
	const granted = new Set(info.scopes);
	if (!fitting.some((alt) => alt.scopes.every((scope) => granted.has(scope)))) {
		throw new HttpError(401, UNAUTHORIZED_SCOPE);
	}
}

/**
 * @param {string} scheme
 * @param {TokenInfo} info
 */
function tokenFitsScheme(scheme, info) {
	const isAgencyToken = !info.locationId;
	if (scheme.endsWith('-Only') && info.kind === 'pit') return false;
	return scheme.startsWith('Agency-') ? isAgencyToken : !isAgencyToken;
}

/**
 * A sub-account token may only touch its own location, whether the id comes in the query, the body,
 * the path, or is the location of a stored resource.
 * @param {TokenInfo} info
 * @param {Array<unknown>} locationIds
 */
function assertLocationAccess(info, locationIds) {
	if (!info.locationId) return;
	for (const id of locationIds) {
		if (typeof id === 'string' && id !== info.locationId)
			throw new HttpError(403, FORBIDDEN_LOCATION);
	}
}

module.exports = {
	authenticate,
	authorize,
	assertLocationAccess,
	bearerToken,
	UNAUTHORIZED_INVALID,
	UNAUTHORIZED_EXPIRED,
	UNAUTHORIZED_SCOPE,
	FORBIDDEN_LOCATION,
};

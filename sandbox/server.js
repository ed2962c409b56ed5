// @ts-check
'use strict';

/**
 * A local stand-in for the HighLevel API v2 (services.leadconnectorhq.com): calendars, appointments,
 * free slots, contact/user/timezone look-ups and the OAuth token endpoint, validating every request
 * against the official OpenAPI documents. Listens on 127.0.0.1 only; no network needed.
 *
 * Request pipeline, in the order the live API answers:
 *   hooks (rate limiter, injected faults) → 400 unparseable JSON → 404 unknown route →
 *   401 token → 401 scope → 400 Version header → 422 query/body validation → 403 location → handler
 */

const http = require('http');
const { loadSpec } = require('./spec');
const { createRouter } = require('./router');
const { routes, seeds } = require('./routes/index');
const { calendarDefaults } = require('./routes/calendars');
const { createStore, clearStore, seedStore } = require('./store');
const { authenticate, authorize, assertLocationAccess } = require('./auth');
const { RateLimiter, faultHook, rateLimitHook, HIGHLEVEL_RATE_LIMIT } = require('./faults');
const { WebhookSender } = require('./webhooks');
const {
	HttpError,
	unprocessable,
	readRawBody,
	parseBody,
	queryObject,
	sendJson,
	mediaType,
} = require('./http');
const defaults = require('./defaults');

/**
 * @typedef {object} RecordedRequest One request as the sandbox received it.
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string | string[]>} query raw query strings (repeated parameters as arrays)
 * @property {Record<string, string | string[] | undefined>} headers lower-case names
 * @property {unknown} body parsed JSON or form object; undefined when empty or unparseable
 * @property {string} rawBody
 * @property {number} status the status the sandbox answered (0 while still in flight)
 */

/**
 * @typedef {object} HookContext
 * @property {import('http').IncomingMessage} req
 * @property {import('http').ServerResponse} res
 * @property {string} method
 * @property {string} path
 * @property {RecordedRequest} record
 * @property {Sandbox} sandbox
 * @property {(status: number, body: unknown, headers?: Record<string, string>) => void} send answers with JSON
 */

/**
 * A hook runs before routing, for every request. Returning true means it answered the request itself
 * (through `ctx.send` or `ctx.res`); anything else lets the request go on (after, say, a delay).
 * @typedef {(ctx: HookContext) => boolean | void | Promise<boolean | void>} Hook
 */

/**
 * @typedef {object} SandboxOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {string} [host] default 127.0.0.1
 * @property {string} [specDir] where the OpenAPI documents are (see spec.resolveSpecDir)
 * @property {boolean} [seed] seed users, contacts and calendars (default true); tokens and locations always exist
 * @property {import('./faults').FaultOptions} [faults]
 * @property {Hook[]} [hooks] hooks that run before routing, after the rate limiter, for the sandbox's whole life
 * @property {'starts-in-range' | 'whole-slot-in-range'} [freeSlotRule] which slots a free-slots window holds
 * @property {'overlaps' | 'within'} [eventRule] which events a GET /calendars/events window holds
 */

/**
 * What an authorization code or refresh token stands for.
 * @typedef {object} OAuthGrant
 * @property {string} [locationId] absent for an agency (Company) grant
 * @property {string} companyId
 * @property {string} [userId]
 * @property {string[]} scopes
 * @property {'Company' | 'Location'} [userType] what the grant was exchanged for; a refresh keeps it
 */

class Sandbox {
	/**
	 * @param {import('./spec').Spec} spec
	 * @param {SandboxOptions} options
	 */
	constructor(spec, options) {
		this.spec = spec;
		this.seed = options.seed !== false;
		// Which free slots a window holds: those starting in it (default) or only those wholly inside it. The
		// spec does not say; tests run the node under both so that splitting a range loses nothing either way.
		this.freeSlotRule = options.freeSlotRule ?? 'starts-in-range';
		// The same for events: those overlapping the window (default) or only those wholly inside it.
		this.eventRule = options.eventRule ?? 'overlaps';
		/** Base URL, e.g. http://127.0.0.1:41234 (set once listening). */
		this.url = '';
		/** @type {RecordedRequest[]} every request received, oldest first */
		this.requests = [];
		this.store = createStore();
		/** @type {Map<string, import('./auth').TokenInfo>} bearer token → what it grants */
		this.tokens = new Map();
		this.oauth = {
			/** @type {Map<string, OAuthGrant>} */
			refreshTokens: new Map(),
			/** @type {Map<string, OAuthGrant>} */
			authCodes: new Map(),
		};
		this.oauthClient = {
			clientId: defaults.OAUTH_CLIENT_ID,
			clientSecret: defaults.OAUTH_CLIENT_SECRET,
			appId: defaults.SANDBOX_APP_ID,
		};
		/** The agency's sub-accounts the app is installed on (POST /oauth/locationToken serves only these). */
		this.installedLocations = new Set(defaults.INSTALLED_LOCATION_IDS);
		/** Lifetime of the sub-account tokens POST /oauth/locationToken issues (HighLevel's: a day). */
		this.locationTokenLifetimeSeconds = 86399;
		/** Lifetime of the access tokens POST /oauth/token issues (docs/oauth/Authorization.md: a day). */
		this.accessTokenLifetimeSeconds = 86399;
		this.calendarDefaults = calendarDefaults(spec);
		this.router = createRouter(routes, spec);
		this.rateLimiter = new RateLimiter(options.faults?.rateLimit);
		/** @type {Hook[]} hooks that survive reset() */
		this.permanentHooks = [
			rateLimitHook(this.rateLimiter, this.tokens),
			...(options.faults?.rules ?? []).map(faultHook),
			...(options.hooks ?? []),
		];
		/** @type {Hook[]} */
		this.hooks = [...this.permanentHooks];
		this.tokenSerial = 1;
		this.server = http.createServer((req, res) => void this.handle(req, res));
		/** Posts appointment changes to subscribed webhook URLs (see webhooks.js). */
		this.webhooks = new WebhookSender();
		this.reset();
	}

	/**
	 * Back to the start state: no recorded requests, freshly seeded store, default tokens only
	 * (expired ones valid again), rate-limit counts zero, hooks added with addHook() removed, no
	 * webhook subscribers.
	 */
	reset() {
		this.requests.length = 0;
		clearStore(this.store);
		seedStore(this.store, this.calendarDefaults, { withData: this.seed });
		if (this.seed) for (const seed of seeds) seed(this.store);
		this.tokens.clear();
		this.oauth.refreshTokens.clear();
		this.oauth.authCodes.clear();
		this.tokenSerial = 1;
		this.installedLocations = new Set(defaults.INSTALLED_LOCATION_IDS);
		this.locationTokenLifetimeSeconds = 86399;
		this.accessTokenLifetimeSeconds = 86399;
		this.seedCredentials();
		this.rateLimiter.reset();
		this.hooks.splice(0, this.hooks.length, ...this.permanentHooks);
		this.webhooks.reset();
	}

	seedCredentials() {
		const scopes = [...this.spec.allScopes];
		const base = {
			locationId: defaults.SANDBOX_LOCATION_ID,
			companyId: defaults.SANDBOX_COMPANY_ID,
		};
		this.tokens.set(defaults.PIT_TOKEN, { kind: 'pit', ...base, scopes });
		this.tokens.set(defaults.OAUTH_ACCESS_TOKEN, {
			kind: 'oauth',
			...base,
			userId: defaults.SANDBOX_USER_ID,
			scopes,
		});
		const grant = { ...base, userId: defaults.SANDBOX_USER_ID, scopes };
		this.oauth.refreshTokens.set(defaults.OAUTH_REFRESH_TOKEN, grant);
		this.oauth.authCodes.set(defaults.OAUTH_AUTH_CODE, grant);
		// The agency install: a Company token for the /oauth/ endpoints, and the grant it refreshes from.
		const agency = {
			companyId: defaults.SANDBOX_COMPANY_ID,
			userId: defaults.SANDBOX_USER_ID,
			scopes,
			userType: /** @type {'Company'} */ ('Company'),
		};
		this.addAgencyToken(defaults.AGENCY_ACCESS_TOKEN, { userId: defaults.SANDBOX_USER_ID });
		this.oauth.refreshTokens.set(defaults.AGENCY_REFRESH_TOKEN, agency);
		this.oauth.authCodes.set(defaults.AGENCY_AUTH_CODE, agency);
	}

	/**
	 * Registers a bearer token. Defaults: OAuth kind, every scope, sandbox-location-1. Pass
	 * `locationId: null` for an agency-level (Company) token.
	 * @param {string} token
	 * @param {Partial<Omit<import('./auth').TokenInfo, 'locationId'>> & { locationId?: string | null }} [info]
	 * @returns {import('./auth').TokenInfo}
	 */
	addToken(token, info = {}) {
		const { locationId, ...rest } = info;
		/** @type {import('./auth').TokenInfo} */
		const entry = {
			kind: 'oauth',
			scopes: [...this.spec.allScopes],
			companyId: defaults.SANDBOX_COMPANY_ID,
			...rest,
		};
		if (locationId !== null) entry.locationId = locationId ?? defaults.SANDBOX_LOCATION_ID;
		this.tokens.set(token, entry);
		return entry;
	}

	/**
	 * An agency-level token: no location, so sub-account endpoints refuse it.
	 * @param {string} token
	 * @param {Partial<Omit<import('./auth').TokenInfo, 'locationId'>>} [info]
	 */
	addAgencyToken(token, info = {}) {
		return this.addToken(token, { ...info, locationId: null });
	}

	/**
	 * Makes a token answer 401 from now on, as an access token past its lifetime does, so a client's
	 * refresh path can be exercised.
	 * @param {string} token
	 * @returns {boolean} whether the token was known
	 */
	expireToken(token) {
		const info = this.tokens.get(token);
		if (info) info.expired = true;
		return Boolean(info);
	}

	/**
	 * Exchanges a grant for a new access token and a new refresh token (both registered), answering
	 * in the shape of GetAccessCodeSuccessfulResponseDto. The access token answers 401 after
	 * accessTokenLifetimeSeconds; the refresh token works once (routes/oauth.js spends it).
	 * @param {OAuthGrant} grant
	 */
	issueTokens(grant) {
		const serial = ++this.tokenSerial;
		const company = grant.userType === 'Company' || !grant.locationId;
		const accessToken = `sandbox-${company ? 'agency' : 'oauth'}-access-${serial}`;
		const refreshToken = `sandbox-refresh-token-${serial}`;
		const lifetime = this.accessTokenLifetimeSeconds;
		this.tokens.set(accessToken, {
			kind: 'oauth',
			...(company ? {} : { locationId: grant.locationId }),
			companyId: grant.companyId,
			userId: grant.userId,
			scopes: [...grant.scopes],
			expiresAt: Date.now() + lifetime * 1000,
		});
		this.oauth.refreshTokens.set(refreshToken, grant);
		return {
			access_token: accessToken,
			token_type: 'Bearer',
			expires_in: lifetime,
			refresh_token: refreshToken,
			scope: grant.scopes.join(' '),
			userType: company ? 'Company' : 'Location',
			...(company ? {} : { locationId: grant.locationId }),
			companyId: grant.companyId,
			...(company
				? {
						approvedLocations: [...this.installedLocations],
						installToFutureLocations: false,
						approveAllLocations: false,
					}
				: {}),
			userId: grant.userId ?? defaults.SANDBOX_USER_ID,
			isBulkInstallation: false,
		};
	}

	/**
	 * A sub-account token for an agency, as POST /oauth/locationToken issues it (shape of
	 * GetLocationAccessTokenSuccessfulResponseDto); it stops working after locationTokenLifetimeSeconds.
	 * @param {import('./auth').TokenInfo} agency the agency token's info
	 * @param {string} locationId
	 */
	issueLocationToken(agency, locationId) {
		const token = `sandbox-location-token-${++this.tokenSerial}`;
		const lifetime = this.locationTokenLifetimeSeconds;
		this.tokens.set(token, {
			kind: 'oauth',
			locationId,
			companyId: agency.companyId,
			userId: agency.userId,
			// The sub-account token carries the app's sub-account scopes, not the agency's own.
			scopes: agency.scopes.filter((scope) => !scope.startsWith('oauth.')),
			expiresAt: Date.now() + lifetime * 1000,
		});
		return {
			access_token: token,
			token_type: 'Bearer',
			expires_in: lifetime,
			scope: agency.scopes.filter((scope) => !scope.startsWith('oauth.')).join(' '),
			locationId,
			userId: agency.userId ?? defaults.SANDBOX_USER_ID,
			appId: this.oauthClient.appId,
		};
	}

	/**
	 * A new single-use authorization code (for the authorization-code grant).
	 * @param {{ scopes?: string[], locationId?: string }} [options]
	 */
	createAuthCode({ scopes, locationId = defaults.SANDBOX_LOCATION_ID } = {}) {
		const code = `sandbox-auth-code-${++this.tokenSerial}`;
		this.oauth.authCodes.set(code, {
			locationId,
			companyId: defaults.SANDBOX_COMPANY_ID,
			userId: defaults.SANDBOX_USER_ID,
			scopes: scopes ?? [...this.spec.allScopes],
		});
		return code;
	}

	/**
	 * Injects a fault on chosen routes until reset() (see faults.js for the kinds).
	 * @param {import('./faults').FaultRule} rule
	 * @returns {() => void} removes the fault
	 */
	injectFault(rule) {
		return this.addHook(faultHook(rule));
	}

	/**
	 * Adds a hook before routing (after the rate limiter); reset() removes it again.
	 * @param {Hook} hook
	 * @returns {() => void} removes the hook
	 */
	addHook(hook) {
		this.hooks.push(hook);
		return () => {
			const index = this.hooks.indexOf(hook);
			if (index !== -1) this.hooks.splice(index, 1);
		};
	}

	/**
	 * @param {number} port
	 * @param {string} host
	 * @returns {Promise<void>}
	 */
	listen(port, host) {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, () => {
				const address = /** @type {import('net').AddressInfo} */ (this.server.address());
				const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
				this.url = `http://${hostPart}:${address.port}`;
				resolve();
			});
		});
	}

	/** @returns {Promise<void>} */
	close() {
		return new Promise((resolve, reject) => {
			this.server.close((error) => (error ? reject(error) : resolve()));
			this.server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
		});
	}

	/**
	 * @param {import('http').IncomingMessage} req
	 * @param {import('http').ServerResponse} res
	 */
	async handle(req, res) {
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
		/** @type {RecordedRequest} */
		const record = {
			method,
			path: url.pathname,
			query: queryObject(url.searchParams),
			headers: { ...req.headers },
			body: undefined,
			rawBody: '',
			status: 0,
		};
		this.requests.push(record);
		res.once('finish', () => {
			record.status = res.statusCode; // also covers hooks that write to `res` directly
		});
		/** @type {HookContext} */
		const ctx = {
			req,
			res,
			method,
			path: url.pathname,
			record,
			sandbox: this,
			send: (status, body, headers) => {
				record.status = status;
				sendJson(res, status, body, headers);
			},
		};
		try {
			record.rawBody = await readRawBody(req);
			const parsed = parseBody(record.rawBody, req.headers['content-type']);
			record.body = parsed.body;
			for (const hook of [...this.hooks]) {
				if (await hook(ctx)) return;
			}
			const result = await this.dispatch(ctx, parsed.error);
			if (!result.raw) ctx.send(result.status, result.body, result.headers);
		} catch (error) {
			if (res.headersSent) {
				res.end();
			} else if (error instanceof HttpError) {
				ctx.send(error.status, error.body, error.headers);
			} else {
				console.error('[highlevel-sandbox] handler error:', error);
				ctx.send(500, { statusCode: 500, message: 'Internal server error' });
			}
		}
	}

	/**
	 * Routing, authentication, validation and the route handler.
	 * @param {HookContext} ctx
	 * @param {string | undefined} bodyError JSON parse error, if any
	 * @returns {Promise<import('./routes/index').RouteResult & { status: number }>}
	 */
	async dispatch(ctx, bodyError) {
		const { req, record } = ctx;
		if (bodyError !== undefined) {
			// Express' JSON parser runs before routing and answers malformed JSON with 400.
			throw new HttpError(400, { statusCode: 400, message: bodyError, error: 'Bad Request' });
		}
		const match = this.router.match(ctx.method, ctx.path);
		if (!match)
			throw new HttpError(404, { statusCode: 404, message: `Cannot ${ctx.method} ${ctx.path}` });
		const { route, operation } = match.compiled;

		const auth = route.public
			? undefined
			: authenticate(req.headers.authorization, this.tokens).info;
		if (auth) authorize(operation?.security ?? [], auth);
		if (operation) checkVersion(operation, req.headers.version);
		const { query, body } = operation
			? validateRequest(operation, record)
			: { query: record.query, body: record.body ?? {} };

		/** @param {unknown[]} locationIds */
		const assertLocation = (...locationIds) => {
			if (auth) assertLocationAccess(auth, locationIds);
		};
		assertLocation(
			query.locationId,
			isObject(body) ? body.locationId : undefined,
			match.params.locationId,
		);

		const result = await route.handler({
			sandbox: this,
			store: this.store,
			params: match.params,
			query,
			body,
			auth,
			assertLocation,
			req,
		});
		const status = result.status ?? operation?.successStatus ?? 200;
		if (route.checkResponse && operation && !result.raw)
			checkAnswer(operation, status, result.body);
		return { ...result, status };
	}
}

/**
 * @param {import('./spec').Operation} operation
 * @param {string | string[] | undefined} header
 */
function checkVersion(operation, header) {
	if (!operation.versions) return;
	const value = Array.isArray(header) ? header[0] : header;
	if (!value || !operation.versions.includes(value)) {
		throw new HttpError(400, {
			statusCode: 400,
			message: `Version header is missing or not supported: expected ${operation.versions.join(', ')}`,
		});
	}
}

/**
 * The sandbox's own answer against the response schema of the spec: an answer that does not fit is a
 * sandbox bug, so it becomes a 500 naming the mismatch rather than a shape HighLevel would not send.
 * @param {import('./spec').Operation} operation
 * @param {number} status
 * @param {unknown} body
 */
function checkAnswer(operation, status, body) {
	const errors = operation.validateResponse(status, body);
	if (errors.length === 0) return;
	const message = `Sandbox answer of ${operation.operationId} does not fit the spec: ${errors.join('; ')}`;
	console.error(`[highlevel-sandbox] ${message}`);
	throw new HttpError(500, { statusCode: 500, message });
}

/**
 * Query and body against the operation's spec-derived validators; all problems in one 422.
 * A body only counts when it came in a media type the operation declares; otherwise (or when absent)
 * the validators see `{}`, as NestJS's pipe does, so required fields are still reported.
 * @param {import('./spec').Operation} operation
 * @param {RecordedRequest} record
 * @returns {{ query: Record<string, any>, body: any }}
 */
function validateRequest(operation, record) {
	const { value: query, errors } = operation.validateQuery(record.query);
	let body;
	if (operation.bodyContentTypes.length > 0) {
		const sentType = mediaType(/** @type {string | undefined} */ (record.headers['content-type']));
		body =
			operation.bodyContentTypes.includes(sentType) && record.body !== undefined ? record.body : {};
		errors.push(...operation.validateBody(body));
	}
	if (errors.length > 0) throw unprocessable([...new Set(errors)]);
	return { query, body };
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Starts a sandbox and resolves once it listens.
 * @param {SandboxOptions} [options]
 * @returns {Promise<Sandbox>}
 */
async function startSandbox(options = {}) {
	const spec = loadSpec(options.specDir);
	const sandbox = new Sandbox(spec, options);
	await sandbox.listen(options.port ?? 0, options.host ?? '127.0.0.1');
	return sandbox;
}

module.exports = { startSandbox, Sandbox, HIGHLEVEL_RATE_LIMIT, ...defaults };

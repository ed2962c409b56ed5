// @ts-check
'use strict';

/**
 * Fault injection. Everything here runs as a hook before routing (see `Sandbox.addHook`), so new
 * kinds of faults (5xx bursts, slow answers, HTML error pages from a proxy, ...) can be added the same
 * way without touching the API routes.
 *
 * HighLevel's rate limiter (its headers on every answer, 429 past it), and faults on chosen routes:
 * 5xx answers, HTML error pages, empty or broken JSON bodies, slow answers, dropped connections.
 */

const { bearerToken } = require('./auth');

/**
 * @typedef {object} RateLimitOptions
 * @property {number} [max] requests per interval (HighLevel: 100)
 * @property {number} [intervalMs] burst interval (HighLevel: 10,000 ms)
 * @property {number} [daily] requests per day (HighLevel: 200,000)
 */

/**
 * @typedef {object} FaultOptions
 * @property {RateLimitOptions | false} [rateLimit] HighLevel's own limits unless given; `false` turns
 *   the limiter (and its headers) off
 * @property {FaultRule[]} [rules] faults on chosen routes for the sandbox's whole life
 */

/** HighLevel's published limits, per app and location. */
const HIGHLEVEL_RATE_LIMIT = Object.freeze({ max: 100, intervalMs: 10_000, daily: 200_000 });
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {object} Bucket
 * @property {number} windowStart
 * @property {number} count
 * @property {number} dayStart
 * @property {number} dayCount
 */

class RateLimiter {
	/** @param {RateLimitOptions | false | undefined} options */
	constructor(options) {
		/** @type {Required<RateLimitOptions> | null} */
		this.options = null;
		/** @type {Map<string, Bucket>} */
		this.buckets = new Map();
		this.configure(options);
	}

	/**
	 * Changes the limits at run time (and forgets the counts so far).
	 * @param {RateLimitOptions | false | undefined} options
	 */
	configure(options) {
		this.options = options === false ? null : { ...HIGHLEVEL_RATE_LIMIT, ...options };
		this.reset();
	}

	reset() {
		this.buckets.clear();
	}

	/**
	 * Counts one request against `key` (fixed windows: the burst window and the day start at the first
	 * request after the previous one ran out).
	 * @param {string} key
	 * @param {number} [now]
	 * @returns {{ allowed: boolean, headers: Record<string, string> }}
	 */
	take(key, now = Date.now()) {
		const options = this.options;
		if (!options) return { allowed: true, headers: {} };
		let bucket = this.buckets.get(key);
		if (!bucket) {
			bucket = { windowStart: now, count: 0, dayStart: now, dayCount: 0 };
			this.buckets.set(key, bucket);
		}
		if (now - bucket.windowStart >= options.intervalMs)
			Object.assign(bucket, { windowStart: now, count: 0 });
		if (now - bucket.dayStart >= DAY_MS) Object.assign(bucket, { dayStart: now, dayCount: 0 });

		const allowed = bucket.count < options.max && bucket.dayCount < options.daily;
		if (allowed) {
			bucket.count++;
			bucket.dayCount++;
		}
		return {
			allowed,
			headers: {
				'X-RateLimit-Max': String(options.max),
				'X-RateLimit-Remaining': String(Math.max(options.max - bucket.count, 0)),
				'X-RateLimit-Interval-Milliseconds': String(options.intervalMs),
				'X-RateLimit-Limit-Daily': String(options.daily),
				'X-RateLimit-Daily-Remaining': String(Math.max(options.daily - bucket.dayCount, 0)),
			},
		};
	}
}

/**
 * The limiter as a hook. Limits apply per location (the token's, else the raw token); the OAuth
 * token endpoint is a different service and is not limited.
 * @param {RateLimiter} limiter
 * @param {Map<string, import('./auth').TokenInfo>} tokens
 * @returns {import('./server').Hook}
 */
function rateLimitHook(limiter, tokens) {
	return (ctx) => {
		if (!limiter.options || /^(\/v2)?\/oauth\//.test(ctx.path)) return false;
		const token = bearerToken(ctx.req.headers.authorization);
		const key = (token && tokens.get(token)?.locationId) || token || 'anonymous';
		const { allowed, headers } = limiter.take(key);
		for (const [name, value] of Object.entries(headers)) ctx.res.setHeader(name, value);
		if (allowed) return false;
		ctx.send(429, { statusCode: 429, message: 'Too Many Requests' });
		return true;
	};
}

/**
 * A fault injected on chosen routes: what the sandbox does instead of (or after) answering.
 * @typedef {object} FaultRule
 * @property {string} [method] only requests with this method (any when absent)
 * @property {string | RegExp} [path] only this path (exact string or pattern; any when absent)
 * @property {number} [times] how many matching requests it hits (every one when absent)
 * @property {'status' | 'html' | 'empty' | 'truncated' | 'slow' | 'drop' | 'dropAfterHandling' | 'statusAfterHandling' | 'slowAfterHandling'} kind
 *   status: answer `status` with HighLevel's error shape; html: an HTML error page (a proxy's);
 *   empty: `status` (default 200) with no body; truncated: `status` (default 200) with broken JSON;
 *   slow: answer normally after `delayMs`; drop: close the connection without answering;
 *   dropAfterHandling: carry the request out, then close the connection instead of answering;
 *   statusAfterHandling: carry it out, then answer `status` (default 503) with HighLevel's error shape
 *   instead (a gateway that gave up while the API stored the object); slowAfterHandling: carry it
 *   out, then hold the answer for `delayMs` (a client with a shorter timeout gives up first)
 * @property {number} [status]
 * @property {number} [delayMs]
 * @property {Record<string, string>} [headers] extra answer headers (e.g. Retry-After)
 */

const FAULT_KINDS = [
	'status',
	'html',
	'empty',
	'truncated',
	'slow',
	'drop',
	'dropAfterHandling',
	'statusAfterHandling',
	'slowAfterHandling',
];

/**
 * A rule as a hook. Faults answer after the rate limiter has counted the request, as a real gateway
 * in front of HighLevel would.
 * @param {FaultRule} rule
 * @returns {import('./server').Hook}
 */
function faultHook(rule) {
	if (!FAULT_KINDS.includes(rule.kind)) throw new Error(`unknown fault kind ${rule.kind}`);
	let left = rule.times ?? Infinity;
	const matches = (/** @type {import('./server').HookContext} */ ctx) =>
		(!rule.method || rule.method.toUpperCase() === ctx.method) &&
		(!rule.path ||
			(typeof rule.path === 'string' ? rule.path === ctx.path : rule.path.test(ctx.path)));
	return async (ctx) => {
		if (left <= 0 || !matches(ctx)) return false;
		left--;
		const { res, record } = ctx;
		const status =
			rule.status ??
			(rule.kind === 'status'
				? 500
				: rule.kind === 'html'
					? 502
					: rule.kind === 'statusAfterHandling'
						? 503
						: 200);
		const raw = (/** @type {string} */ body, /** @type {string} */ type) => {
			record.status = status;
			res.writeHead(status, { ...rule.headers, 'Content-Type': type });
			res.end(body);
		};
		switch (rule.kind) {
			case 'status':
				ctx.send(
					status,
					{ statusCode: status, message: STATUS_MESSAGES[status] ?? 'Internal server error' },
					rule.headers,
				);
				return true;
			case 'html':
				raw(
					`<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`,
					'text/html',
				);
				return true;
			case 'empty':
				raw('', 'application/json');
				return true;
			case 'truncated':
				raw('{"calendar": {"id": ', 'application/json');
				return true;
			case 'slow':
				await new Promise((resolve) => setTimeout(resolve, rule.delayMs ?? 2000));
				return false;
			case 'drop':
				ctx.req.socket.destroy();
				return true;
			case 'dropAfterHandling':
				// The route runs (and stores what it creates); the answer never leaves.
				res.writeHead = () => res;
				res.end = () => {
					ctx.req.socket.destroy();
					return res;
				};
				return false;
			case 'statusAfterHandling': {
				// The route runs (and stores what it creates); its answer is replaced by the error.
				const { writeHead, end } = res;
				res.writeHead = () => res;
				res.end = () => {
					res.writeHead = writeHead;
					res.end = end;
					ctx.send(status, {
						statusCode: status,
						message: STATUS_MESSAGES[status] ?? 'Internal server error',
					});
					return res;
				};
				return false;
			}
			case 'slowAfterHandling': {
				const { end } = res;
				res.end = /** @type {any} */ (
					(/** @type {any[]} */ ...args) => {
						setTimeout(() => {
							if (!res.destroyed && !res.socket?.destroyed)
								end.apply(res, /** @type {any} */ (args));
						}, rule.delayMs ?? 2000).unref();
						return res;
					}
				);
				return false;
			}
		}
		return false;
	};
}

/** @type {Record<number, string>} */
const STATUS_MESSAGES = {
	429: 'Too Many Requests',
	500: 'Internal server error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

module.exports = { RateLimiter, rateLimitHook, faultHook, FAULT_KINDS, HIGHLEVEL_RATE_LIMIT };

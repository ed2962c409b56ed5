// @ts-check
'use strict';

/**
 * Fault injection. Everything here runs as a hook before routing (see `Sandbox.addHook`), so new
 * kinds of faults (5xx bursts, slow answers, HTML error pages from a proxy, ...) can be added the same
 * way without touching the API routes.
 *
 * Implemented so far: HighLevel's rate limiter, with its headers on every answer and 429 past it.
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
		if (now - bucket.windowStart >= options.intervalMs) Object.assign(bucket, { windowStart: now, count: 0 });
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

module.exports = { RateLimiter, rateLimitHook, HIGHLEVEL_RATE_LIMIT };

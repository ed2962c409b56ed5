/**
 * One pacing gate per HighLevel sub-account (and API host), shared by every request of every item and
 * every run in this n8n process. n8n's routing engine starts all items' requests at once; the gate lets
 * them through no faster than the limit HighLevel announces in its X-RateLimit-* headers, so a long
 * batch meets few or no 429s, and a 429 pauses everyone rather than letting retries stampede.
 */

import { sleep } from 'n8n-workflow';

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms) => await sleep(ms),
};

// HighLevel's documented burst limit; replaced by what the first answer's headers say.
const DOCUMENTED_MAX = 100;
const DOCUMENTED_INTERVAL_MS = 10_000;
// Requests sent at the edge of a window can arrive in the next one; a small margin absorbs that.
const MARGIN_MS = 25;

export interface RateLimitHeaders {
	max?: number;
	remaining?: number;
	intervalMs?: number;
	dailyRemaining?: number;
	retryAfterMs?: number;
}

function headerNumber(headers: Record<string, string>, name: string): number | undefined {
	const raw = headers[name];
	if (raw === undefined || raw === '') return undefined;
	const value = Number(raw);
	return Number.isFinite(value) ? value : undefined;
}

/** Reads HighLevel's rate-limit headers (and Retry-After, in seconds or as an HTTP date). */
export function readRateLimitHeaders(
	headers: Record<string, string>,
	now = Date.now(),
): RateLimitHeaders {
	let retryAfterMs: number | undefined;
	const retryAfter = headers['retry-after'];
	if (retryAfter) {
		const seconds = Number(retryAfter);
		retryAfterMs = Number.isFinite(seconds)
			? seconds * 1000
			: Math.max(0, Date.parse(retryAfter) - now);
		if (Number.isNaN(retryAfterMs)) retryAfterMs = undefined;
	}
	return {
		max: headerNumber(headers, 'x-ratelimit-max'),
		remaining: headerNumber(headers, 'x-ratelimit-remaining'),
		intervalMs: headerNumber(headers, 'x-ratelimit-interval-milliseconds'),
		dailyRemaining: headerNumber(headers, 'x-ratelimit-daily-remaining'),
		retryAfterMs,
	};
}

export class RateGate {
	private max = DOCUMENTED_MAX;
	private intervalMs = DOCUMENTED_INTERVAL_MS;
	/** Send times within the last interval: a sliding log never exceeds `max` in any window. */
	private sent: number[] = [];
	private pausedUntil = 0;
	/** Until the first answer tells the real limit, one request at a time. */
	private learned = false;
	private probing = false;
	private waiters: Array<() => void> = [];

	constructor(private readonly clock: Clock = realClock) {}

	/** Waits until a request may go out; resolves with the time spent waiting. */
	async acquire(): Promise<number> {
		const started = this.clock.now();
		for (;;) {
			const now = this.clock.now();
			if (!this.learned) {
				if (!this.probing) {
					this.probing = true;
					this.sent.push(now);
					return now - started;
				}
				await new Promise<void>((resolve) => this.waiters.push(resolve));
				continue;
			}
			this.sent = this.sent.filter((time) => time > now - this.intervalMs);
			if (now < this.pausedUntil) {
				await this.clock.sleep(this.pausedUntil - now);
			} else if (this.sent.length < this.max) {
				this.sent.push(now);
				return now - started;
			} else {
				await this.clock.sleep(this.sent[0] + this.intervalMs + MARGIN_MS - now);
			}
		}
	}

	/** Takes in what an answer said about the limit. */
	observe(limits: RateLimitHeaders): void {
		if (
			limits.max === undefined &&
			limits.intervalMs === undefined &&
			limits.remaining === undefined
		) {
			// No rate-limit headers (HighLevel always sends them; a proxy or a test server may not): pace
			// nothing, and let 429s, should they come, do the talking.
			this.max = Infinity;
			this.settleProbe();
			return;
		}
		if (limits.max && limits.max > 0) this.max = limits.max;
		if (limits.intervalMs && limits.intervalMs > 0) this.intervalMs = limits.intervalMs;
		if (limits.remaining !== undefined && limits.remaining <= 0) {
			// Someone else (another workflow, another app instance) may share the budget: wait a window.
			this.pause(this.intervalMs);
		}
		this.settleProbe();
	}

	/** A request ended without telling anything (network error): let the next one probe. */
	release(): void {
		if (!this.learned && this.probing) {
			this.probing = false;
			this.waiters.shift()?.();
		}
	}

	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
	}

	get limit(): { max: number; intervalMs: number } {
		return { max: this.max, intervalMs: this.intervalMs };
	}

	private settleProbe(): void {
		if (this.learned) return;
		this.learned = true;
		this.probing = false;
		for (const wake of this.waiters.splice(0)) wake();
	}
}

const gates = new Map<string, RateGate>();

/** The process-wide gate of a sub-account on an API host. */
export function gateFor(baseUrl: string, locationId: string): RateGate {
	const key = `${baseUrl}|${locationId}`;
	let gate = gates.get(key);
	if (!gate) {
		gate = new RateGate();
		gates.set(key, gate);
	}
	return gate;
}

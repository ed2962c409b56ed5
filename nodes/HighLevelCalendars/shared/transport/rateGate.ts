/**
 * One pacing gate per HighLevel sub-account (and API host), shared by every request of every item and
 * every run in this n8n process. n8n's routing engine starts all items' requests at once; the gate lets
 * them through no faster than the limit HighLevel announces in its X-RateLimit-* headers.
 *
 * Several gates may share one budget without knowing of each other: each n8n queue-mode worker is a
 * process of its own, and other apps may use the same sub-account. A community node has no shared store,
 * so the API's headers are the only shared truth, and each gate behaves as a polite TCP sender does:
 * - it spreads its requests over the window (one every interval / share, with jitter) instead of sending
 *   the window's budget as a burst;
 * - it reads `X-RateLimit-Remaining` as the budget left to everyone: when the count of the window drops
 *   by more than its own requests, someone else is sending, and it stops before the budget is gone;
 * - its share of the window grows gradually while the window has room, shrinks when a shared window ran
 *   dry, and halves on a 429 (additive increase, multiplicative decrease: senders that all do this
 *   converge on equal shares);
 * - jitter on every spacing and wait keeps processes from locking into phase.
 *
 * And when HighLevel answers nothing at all (every request times out), the gate stops sending: queued
 * requests fail at once as not sent, instead of each waiting out its own timeout.
 *
 * Waiting requests are served round-robin by execution (one of each execution in turn), not first come
 * first served: n8n hands the gate every item of an execution at once, so with a queue in arrival order
 * an execution that started a moment later would wait for all of the first one's items.
 */

import { NodeApiError, type INode, sleep } from 'n8n-workflow';

import { markShaped } from './errors';

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
/** Each spacing and wait is stretched or shrunk by up to this fraction, at random. */
export const JITTER = 0.25;
/** Share of the window kept after a 429, and after a window that others shared ran dry. */
export const BACK_OFF_ON_429 = 0.5;
export const BACK_OFF_ON_SHARED = 0.8;
/** Share added per window that had room to spare (a tenth of the limit). */
export const RECOVERY_FRACTION = 0.1;
/** Requests let through at once, as a fraction of the share: a small burst, the rest spread. */
export const BURST_FRACTION = 0.1;
/** Network codes of a request that got no answer in time. */
const TIMEOUT_CODES = ['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT'];

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

/** What one gate saw of one window of the API's limit. */
export interface WindowStats {
	/** Our requests the window counted (answers of ours that came back in it). */
	own: number;
	/** Requests the window counted beyond ours: other processes or apps on the same sub-account. */
	others: number;
	/** The lowest X-RateLimit-Remaining seen in the window. */
	minRemaining: number;
	/** Whether the window answered a 429 (the share was already cut then). */
	limited: boolean;
}

/** The smallest share a gate goes down to: one request per window, or a twentieth of the limit. */
export function minimumShare(max: number): number {
	return Math.max(1, max / 20);
}

/**
 * Pure: the share of the next window, after one window ended (additive increase, multiplicative
 * decrease). `executions`: how many executions this gate served in the window; the increase is that
 * many steps, so that gates settle on shares in proportion to their executions (senders that all back
 * off alike and grow by different steps converge on shares in the ratio of their steps), and an
 * execution on a worker running two gets as much of the budget as one running alone.
 */
export function nextShare(share: number, max: number, window: WindowStats, executions = 1): number {
	if (window.limited) return share;
	const ranDry = window.minRemaining <= 1;
	if (ranDry && window.others > 0) {
		const keep = 1 - (1 - BACK_OFF_ON_SHARED) / Math.max(1, executions);
		return Math.max(minimumShare(max), share * keep);
	}
	const step = Math.max(1, max * RECOVERY_FRACTION) * Math.max(1, executions);
	if (!ranDry) return Math.min(max, share + step);
	return share;
}

/** Pure: the share after a 429. */
export function shareAfter429(share: number, max: number): number {
	return Math.max(minimumShare(max), share * BACK_OFF_ON_429);
}

/** Pure: whether the count an answer reports shows that a new window began since the previous answer. */
export function windowRestarted(
	previousUsed: number | undefined,
	used: number,
	inFlight = 0,
): boolean {
	if (previousUsed === undefined) return true;
	// Answers of requests in flight together can come back out of order: by one, or by as many as
	// were still in flight (a window's first requests leave together, and a busy n8n reads their
	// answers in any order). A new window shows a bigger drop (or a count of one, the first request
	// of the window, after more than that).
	const reordered = 1 + inFlight;
	return used < previousUsed - reordered || (used <= 1 && previousUsed > reordered);
}

/** Pure: `ms` stretched or shrunk by up to JITTER, from a random number in [0, 1). */
export function jittered(ms: number, random: number): number {
	return ms * (1 - JITTER + 2 * JITTER * random);
}

/** A request the gate refused to send because HighLevel has answered nothing for a while. */
export class HighLevelSilent extends Error {
	constructor(readonly silentMs: number) {
		super(`HighLevel has not answered any request for ${Math.round(silentMs / 1000)} s`);
	}
}

/** The error an item gets when the gate refused to send it (HighLevel answered nothing). */
export function notSentError(node: INode, error: unknown): unknown {
	if (!(error instanceof HighLevelSilent)) return error;
	const message = `${error.message}: this request was not sent`;
	const apiError = new NodeApiError(
		node,
		{ message, statusCode: null },
		{
			message,
			description:
				'Earlier requests got no answer within the timeout, so the node stopped sending instead of waiting out the timeout for every item. Nothing was sent for this item: running it again cannot create anything twice. Check that HighLevel is reachable, or raise the node’s Request Options → Timeout.',
		},
	);
	// n8n rewrites messages it recognises; set ours after construction so it survives.
	apiError.message = message;
	return markShaped(apiError);
}

interface Waiter {
	resolve: (waitedMs: number) => void;
	reject: (error: unknown) => void;
	queuedAt: number;
}

export class RateGate {
	private max = DOCUMENTED_MAX;
	private intervalMs = DOCUMENTED_INTERVAL_MS;
	/** Requests per interval this gate allows itself; undefined until the first answer. */
	private share: number | undefined;
	/** Send times within the last interval: a sliding log never exceeds `max` in any window. */
	private sent: number[] = [];
	/** Send times of requests not answered yet (oldest first). */
	private inFlight: number[] = [];
	/** When the next request may go, by the spacing (a generic cell rate: bursts up to BURST_FRACTION). */
	private nextAt = 0;
	private pausedUntil = 0;
	// The window the answers describe: when it began at the latest (the first answer that showed it),
	// what was left in it, and what we saw of it.
	private windowStart: number | undefined;
	private lastUsed: number | undefined;
	private lastRemaining: number | undefined;
	private window: WindowStats = { own: 0, others: 0, minRemaining: Infinity, limited: false };
	private contended = false;
	private refusedWithoutRetryAfter = false;
	// HighLevel silent: since when (the send time of a request that timed out with nothing answered).
	private lastAnswerAt = -Infinity;
	private silence: { openedAt: number; silentMs: number } | undefined;
	private silentTimeouts = 0;
	private probing = false;
	/** Waiting requests by execution; `turns` lists the executions with any, the next to serve first. */
	private queues = new Map<string, Waiter[]>();
	/** When each execution last asked to send: those of the last interval weigh the share's growth. */
	private lastAskedAt = new Map<string, number>();
	private turns: string[] = [];
	private pumping = false;

	constructor(
		private readonly clock: Clock = realClock,
		private readonly random: () => number = Math.random,
	) {}

	/**
	 * Waits until a request may go out; resolves with the time spent waiting. `executionId` (n8n's id
	 * of the run the request belongs to) picks its turn: executions take turns, each in arrival order.
	 */
	async acquire(executionId = ''): Promise<number> {
		const now = this.clock.now();
		if (this.silence) {
			// Requests of the burst that met the silence fail at once; after as long again, one probes.
			if (now - this.silence.openedAt < this.silence.silentMs) {
				throw new HighLevelSilent(this.silence.silentMs + now - this.silence.openedAt);
			}
		}
		this.lastAskedAt.set(executionId, now);
		return await new Promise<number>((resolve, reject) => {
			let queue = this.queues.get(executionId);
			if (!queue) {
				queue = [];
				this.queues.set(executionId, queue);
				this.turns.push(executionId);
			}
			queue.push({ resolve, reject, queuedAt: now });
			void this.pump();
		});
	}

	/** Executions that asked to send within the last interval (at least one). */
	private activeExecutions(now: number): number {
		for (const [executionId, at] of this.lastAskedAt) {
			if (at < now - this.intervalMs && !this.queues.has(executionId)) {
				this.lastAskedAt.delete(executionId);
			}
		}
		return Math.max(1, this.lastAskedAt.size);
	}

	/** Requests waiting, of every execution. */
	get waiting(): number {
		let count = 0;
		for (const queue of this.queues.values()) count += queue.length;
		return count;
	}

	/** The next waiter in round-robin order: the head of the execution whose turn it is. */
	private nextWaiter(): Waiter {
		const executionId = this.turns.shift()!;
		const queue = this.queues.get(executionId)!;
		const waiter = queue.shift()!;
		if (queue.length > 0) this.turns.push(executionId);
		else this.queues.delete(executionId);
		return waiter;
	}

	private rejectAll(error: unknown): void {
		const queues = [...this.queues.values()];
		this.queues.clear();
		this.turns = [];
		for (const queue of queues) for (const waiter of queue) waiter.reject(error);
	}

	/** Takes in what an answer (with its status) said about the limit. */
	observe(limits: RateLimitHeaders, status?: number): void {
		const now = this.clock.now();
		// Answers come back about in the order their requests left: this one left at the oldest time.
		const sentAt = this.inFlight.shift();
		this.lastAnswerAt = now;
		this.silentTimeouts = 0;
		if (this.silence) {
			this.silence = undefined;
			this.probing = false;
		}
		if (
			limits.max === undefined &&
			limits.intervalMs === undefined &&
			limits.remaining === undefined
		) {
			// No rate-limit headers (HighLevel always sends them; a proxy or a test server may not): pace
			// nothing, and let 429s, should they come, do the talking.
			this.max = Infinity;
			this.share = Infinity;
			void this.pump();
			return;
		}
		if (limits.max && limits.max > 0) this.max = limits.max;
		if (limits.intervalMs && limits.intervalMs > 0) this.intervalMs = limits.intervalMs;
		if (this.share === undefined || !Number.isFinite(this.share)) this.share = this.max;
		this.share = Math.min(this.share, this.max);
		if (limits.remaining !== undefined && Number.isFinite(this.max)) {
			this.observeWindow(now, sentAt, limits.remaining, status === 429);
		}
		this.refusedWithoutRetryAfter = status === 429 && limits.retryAfterMs === undefined;
		if (status === 429) {
			if (!this.window.limited) this.share = shareAfter429(this.share, this.max);
			this.window.limited = true;
			this.contended = true;
		}
		void this.pump();
	}

	/**
	 * A request ended. With the failure that ended it: an answered one was already observed; one that
	 * got no answer is counted off here, and a timeout while nothing at all was answered since that
	 * request left means HighLevel is silent: queued requests fail at once.
	 */
	release(failure?: { status?: number; code?: string }): void {
		if (!failure || failure.status !== undefined) {
			// Ended some other way (an error of n8n's, before or after an answer): if it was the probe
			// while HighLevel was silent, the next request probes instead of everyone waiting for it.
			if (this.probing) {
				this.probing = false;
				void this.pump();
			}
			return;
		}
		const now = this.clock.now();
		const sentAt = this.inFlight.shift() ?? now;
		if (this.probing) this.probing = false;
		const timedOut = failure.code !== undefined && TIMEOUT_CODES.includes(failure.code);
		if (timedOut && this.lastAnswerAt < sentAt) this.silentTimeouts++;
		// One slow answer is no silence (its retry may well be answered); two requests that both timed
		// out while nothing at all came back since the first left are.
		if (timedOut && this.lastAnswerAt < sentAt && this.silentTimeouts >= 2) {
			this.silence = { openedAt: now, silentMs: now - sentAt };
			this.rejectAll(new HighLevelSilent(now - sentAt));
		} else {
			void this.pump();
		}
	}

	/**
	 * Nobody sends for `ms` (the wait the retry policy decided on after a 429). A 429 without
	 * Retry-After makes the policy wait a whole interval; the gate knows the latest end of the window
	 * that refused, and waits only until then (with jitter).
	 */
	pause(ms: number): void {
		const now = this.clock.now();
		let until = now + ms;
		if (this.refusedWithoutRetryAfter && this.windowStart !== undefined) {
			const windowEnd = this.windowStart + this.intervalMs + MARGIN_MS;
			if (windowEnd > now && windowEnd < until) {
				until = windowEnd + this.random() * (this.intervalMs / this.currentShare);
			}
		}
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	get limit(): { max: number; intervalMs: number } {
		return { max: this.max, intervalMs: this.intervalMs };
	}

	/** The share of the window this gate allows itself now (for tests and benchmarks). */
	get currentShare(): number {
		return this.share ?? this.max;
	}

	private observeWindow(
		now: number,
		sentAt: number | undefined,
		remaining: number,
		limited: boolean,
	): void {
		const used = Math.max(0, this.max - remaining);
		if (
			this.windowStart === undefined ||
			// A request that left after the latest end of the window we knew was counted in a newer one.
			// (Not merely an answer read after it: n8n's event loop can be busy preparing another
			// execution's items for a second, and the answer may be that old.)
			(sentAt !== undefined && sentAt >= this.windowStart + this.intervalMs + MARGIN_MS) ||
			// A drop in the count shows a new window only for a request that left after the window we
			// know was first seen: the others left with that window's first requests, and their answers
			// read late are of that window.
			(windowRestarted(this.lastUsed, used, this.inFlight.length) &&
				(sentAt === undefined || sentAt > this.windowStart))
		) {
			if (this.windowStart !== undefined && this.share !== undefined) {
				this.share = nextShare(this.share, this.max, this.window, this.activeExecutions(now));
				this.contended = this.window.others > 0;
			}
			// The window began at the latest when this answer came back: waiting for its end from here
			// never sends into the old one.
			this.windowStart = now;
			this.window = { own: 0, others: 0, minRemaining: Infinity, limited: false };
		}
		// A 429 was not counted by the window; an answered request was.
		if (!limited) this.window.own++;
		// Our requests still in flight may have been counted already (their answers read after this
		// one): only what exceeds them too is someone else's.
		this.window.others = Math.max(
			this.window.others,
			used - this.window.own - this.inFlight.length,
		);
		if (this.window.others > 0) this.contended = true;
		this.window.minRemaining = Math.min(this.window.minRemaining, remaining);
		this.lastUsed = used;
		this.lastRemaining = remaining;
	}

	/** How long the head of the queue must still wait (0: it may go now). */
	private waitMs(now: number): number {
		if (now < this.pausedUntil) return this.pausedUntil - now;
		const share = this.share;
		if (share === Infinity) return 0;
		// Until the first answer tells the limit: one request, then the documented rate.
		const rate = share ?? 1;
		const spacing = this.intervalMs / (share ?? this.max);
		const burst = share === undefined ? 0 : Math.max(0, Math.floor(rate * BURST_FRACTION) - 1);
		const bySpacing = this.nextAt - burst * spacing - now;
		if (bySpacing > 0) return bySpacing;
		this.sent = this.sent.filter((time) => time > now - this.intervalMs);
		if (this.sent.length >= this.max) return this.sent[0] + this.intervalMs + MARGIN_MS - now;
		// The budget left to everyone in this window, less what we have on the way.
		if (this.windowStart !== undefined && this.lastRemaining !== undefined) {
			const windowEnd = this.windowStart + this.intervalMs + MARGIN_MS;
			const recent = this.inFlight.filter((time) => time > now - this.intervalMs).length;
			const reserve = this.contended ? 1 : 0;
			if (now < windowEnd && this.lastRemaining - recent <= reserve) {
				return windowEnd - now + this.random() * spacing;
			}
		}
		return 0;
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.turns.length > 0) {
				// While HighLevel is silent, one request probes; the others wait for its outcome.
				if (this.silence && this.probing) return;
				const now = this.clock.now();
				const wait = this.waitMs(now);
				if (wait > 0) {
					await this.clock.sleep(wait);
					continue;
				}
				const waiter = this.nextWaiter();
				this.send(now);
				if (this.silence) this.probing = true;
				waiter.resolve(now - waiter.queuedAt);
			}
		} finally {
			this.pumping = false;
		}
	}

	private send(now: number): void {
		this.sent.push(now);
		this.inFlight.push(now);
		const share = this.share ?? this.max;
		const spacing = Number.isFinite(share) ? this.intervalMs / share : 0;
		this.nextAt = Math.max(this.nextAt, now) + jittered(spacing, this.random());
	}
}

/** The execution a request belongs to, for its turn at the gate ('' where n8n names none). */
export function executionOf(context: { getExecutionId(): string }): string {
	try {
		return String(context.getExecutionId() ?? '');
	} catch {
		// Contexts outside an execution (a picker in the editor) may have none to give.
		return '';
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

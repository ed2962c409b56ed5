import {
	RateGate,
	readRateLimitHeaders,
} from '../../nodes/HighLevelCalendars/shared/transport/rateGate';
import type { Clock } from '../../nodes/HighLevelCalendars/shared/transport/rateGate';
// The sandbox's own limiter: the headers and 429s the gates meet are the sandbox's.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the sandbox is plain CommonJS
const { RateLimiter } = require('../../sandbox/faults');

/**
 * Simulated time for gates that share one budget: timers run in order of their time, and time jumps
 * from one to the next, so a simulation of minutes takes milliseconds and gives the same result every
 * run. Random numbers come from a seeded generator.
 */
export class SimulatedClock implements Clock {
	time = 0;
	private timers: Array<{ at: number; seq: number; wake: () => void }> = [];
	private seq = 0;

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((wake) =>
			this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, wake }),
		);
	}

	/** Runs timers until `done` resolves. */
	async runUntil(done: Promise<unknown>): Promise<void> {
		let finished = false;
		void done.finally(() => (finished = true));
		for (;;) {
			await new Promise((resolve) => setImmediate(resolve));
			if (finished) return;
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers.shift();
			if (!next) throw new Error('simulation stalled: nothing scheduled and not finished');
			this.time = Math.max(this.time, next.at);
			next.wake();
		}
	}
}

/** A small deterministic generator (mulberry32) in place of Math.random. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface ProcessResult {
	done: number;
	requests: number;
	rateLimited: number;
	finishedAt: number;
	/** When each execution of the process finished (one unless `executions` says more). */
	executionsFinishedAt: number[];
}

export interface SharedBudgetOptions {
	/** Items each simulated process sends, one entry per process. */
	items: number[];
	max: number;
	intervalMs: number;
	/** One-way network delay, ms (each answer takes twice this). */
	latencyMs?: number;
	/**
	 * Executions each process runs at once (a queue-mode worker with several): its items are split
	 * evenly among them, each asking the gate under its own execution id. One when absent.
	 */
	executions?: number[];
	/** When each process starts sending (n8n prepares items first), ms. */
	startsAt?: number[];
	seed?: number;
	/**
	 * Each gate is shown only its own count in the headers (as if it were alone on the sub-account),
	 * while the budget stays shared: the baseline of gates that take the whole budget for themselves.
	 */
	selfish?: boolean;
}

/**
 * Processes of their own (queue-mode workers), each with its own gate, sending to one sub-account of
 * the sandbox's rate limiter. Each request waits at its gate, reaches the limiter after the latency and
 * its answer's headers reach the gate after the latency again; a 429 is waited out and sent again, as
 * the retry policy does (interval plus up to 250 ms of jitter).
 */
export async function shareBudget(options: SharedBudgetOptions) {
	const clock = new SimulatedClock();
	const random = seeded(options.seed ?? 1);
	const limiter = new RateLimiter({ max: options.max, intervalMs: options.intervalMs });
	const latency = options.latencyMs ?? 5;
	const gates = options.items.map(() => new RateGate(clock, random));
	const lower = (headers: Record<string, string>) =>
		Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

	// For `selfish`: each process's own count in windows of its own, as if it were alone.
	const own = options.items.map(() => ({ start: -Infinity, count: 0 }));

	const send = async (index: number, result: ProcessResult, execution: string) => {
		const gate = gates[index];
		for (;;) {
			await gate.acquire(execution);
			result.requests++;
			await clock.sleep(latency * (0.5 + random()));
			const { allowed, headers: shared } = limiter.take('location', clock.now());
			let headers = shared;
			if (options.selfish) {
				const mine = own[index];
				if (clock.now() - mine.start >= options.intervalMs)
					[mine.start, mine.count] = [clock.now(), 0];
				mine.count++;
				const remaining = Math.max(0, options.max - mine.count);
				headers = { ...shared, 'X-RateLimit-Remaining': String(remaining) };
			}
			await clock.sleep(latency * (0.5 + random()));
			gate.observe(readRateLimitHeaders(lower(headers)), allowed ? 201 : 429);
			if (allowed) return;
			result.rateLimited++;
			gate.pause(options.intervalMs + Math.round(random() * 250));
		}
	};

	const results = options.items.map((): ProcessResult => ({
		done: 0,
		requests: 0,
		rateLimited: 0,
		finishedAt: 0,
		executionsFinishedAt: [],
	}));
	const runs = options.items.map(async (count, index) => {
		const result = results[index];
		await clock.sleep(options.startsAt?.[index] ?? 0);
		const executions = options.executions?.[index] ?? 1;
		await Promise.all(
			Array.from({ length: executions }, async (_, execution) => {
				await Promise.all(
					Array.from({ length: Math.round(count / executions) }, async () => {
						await send(index, result, `${index}-${execution}`);
						result.done++;
					}),
				);
				result.executionsFinishedAt[execution] = clock.now();
			}),
		);
		result.finishedAt = clock.now();
	});
	await clock.runUntil(Promise.all(runs));
	return { results, gates };
}

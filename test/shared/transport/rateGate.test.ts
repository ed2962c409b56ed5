import {
	BACK_OFF_ON_429,
	BACK_OFF_ON_SHARED,
	HighLevelSilent,
	JITTER,
	RateGate,
	jittered,
	minimumShare,
	nextShare,
	readRateLimitHeaders,
	shareAfter429,
	windowRestarted,
} from '../../../nodes/HighLevelCalendars/shared/transport/rateGate';
import type { Clock } from '../../../nodes/HighLevelCalendars/shared/transport/rateGate';
import { SimulatedClock, seeded, shareBudget } from '../../helpers/sharedBudget';

/** A clock that only moves when someone sleeps: the gate's timing is checked without real waiting. */
function fakeClock(): Clock & { time: number } {
	const clock = {
		time: 0,
		now: () => clock.time,
		sleep: async (ms: number) => {
			clock.time += Math.max(ms, 0);
			await Promise.resolve();
		},
	};
	return clock;
}

const HEADERS_20_PER_S = { max: 20, intervalMs: 1000 };
const room = { own: 5, others: 0, minRemaining: 10, limited: false };

describe('readRateLimitHeaders', () => {
	it("reads HighLevel's headers and Retry-After in seconds or as a date", () => {
		expect(
			readRateLimitHeaders({
				'x-ratelimit-max': '100',
				'x-ratelimit-remaining': '7',
				'x-ratelimit-interval-milliseconds': '10000',
				'x-ratelimit-daily-remaining': '199000',
				'retry-after': '3',
			}),
		).toEqual({
			max: 100,
			remaining: 7,
			intervalMs: 10000,
			dailyRemaining: 199000,
			retryAfterMs: 3000,
		});
		expect(
			readRateLimitHeaders({ 'retry-after': new Date(5000).toUTCString() }, 1000).retryAfterMs,
		).toBe(4000);
		expect(readRateLimitHeaders({})).toEqual({
			max: undefined,
			remaining: undefined,
			intervalMs: undefined,
			dailyRemaining: undefined,
			retryAfterMs: undefined,
		});
	});
});

describe('the share of the window (pure)', () => {
	it('grows by a tenth of the limit after a window with room, up to the limit', () => {
		expect(nextShare(10, 20, room)).toBe(12);
		expect(nextShare(19, 20, room)).toBe(20);
		expect(nextShare(20, 20, room)).toBe(20);
		expect(nextShare(3, 5, room)).toBe(4); // at least one more request
	});

	it('shrinks when a window that others shared ran dry, but not when it was ours alone', () => {
		const dryShared = { own: 10, others: 10, minRemaining: 0, limited: false };
		expect(nextShare(10, 20, dryShared)).toBe(10 * BACK_OFF_ON_SHARED);
		expect(nextShare(20, 20, { ...dryShared, others: 0 })).toBe(20);
		expect(nextShare(1, 20, dryShared)).toBe(minimumShare(20));
	});

	it('grows by as many steps as the gate serves executions, and is cut by that many times less', () => {
		expect(nextShare(10, 20, room, 2)).toBe(14);
		expect(nextShare(10, 20, room, 0)).toBe(12);
		const dryShared = { own: 10, others: 10, minRemaining: 0, limited: false };
		expect(nextShare(10, 20, dryShared, 2)).toBeCloseTo(10 * (1 - (1 - BACK_OFF_ON_SHARED) / 2));
	});

	it('halves on a 429, not below one request per window (or a twentieth of the limit)', () => {
		expect(shareAfter429(20, 20)).toBe(20 * BACK_OFF_ON_429);
		expect(shareAfter429(1.5, 20)).toBe(1);
		expect(shareAfter429(10, 100)).toBe(5);
		expect(shareAfter429(6, 100)).toBe(5);
		// The window that answered the 429 does not cut it again when it ends.
		expect(nextShare(10, 20, { ...room, minRemaining: 0, others: 5, limited: true })).toBe(10);
	});

	it('sees a new window in a count that fell, and not in answers out of order by one', () => {
		expect(windowRestarted(undefined, 7)).toBe(true);
		expect(windowRestarted(18, 1)).toBe(true);
		expect(windowRestarted(18, 5)).toBe(true);
		expect(windowRestarted(18, 17)).toBe(false);
		expect(windowRestarted(5, 6)).toBe(false);
		expect(windowRestarted(1, 1)).toBe(false);
		// Out of order by as many as were in flight: a window's first requests left together.
		expect(windowRestarted(3, 1, 8)).toBe(false);
		expect(windowRestarted(9, 2, 8)).toBe(false);
		expect(windowRestarted(100, 3, 8)).toBe(true);
		expect(windowRestarted(3, 1, 0)).toBe(true);
	});

	it('jitters by up to a quarter either way', () => {
		expect(jittered(100, 0)).toBe(100 * (1 - JITTER));
		expect(jittered(100, 0.5)).toBe(100);
		expect(jittered(100, 0.999999)).toBeCloseTo(100 * (1 + JITTER), 3);
	});
});

/** Sends `count` requests through `gate`, answering each at once with `answer(i)`; returns send times. */
async function drive(
	gate: RateGate,
	clock: { now(): number },
	count: number,
	answer: (i: number) => { remaining: number; status?: number },
) {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		await gate.acquire();
		times.push(clock.now());
		const { remaining, status } = answer(i);
		gate.observe({ ...HEADERS_20_PER_S, remaining }, status ?? 200);
	}
	return times;
}

describe('RateGate', () => {
	it('sends the first request alone, then at the documented rate until an answer tells the limit: no serialised probing', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		await gate.acquire();
		await gate.acquire(); // the first has not been answered
		await gate.acquire();
		// HighLevel documents 100 per 10 s: one request every 100 ms meanwhile.
		expect(clock.time).toBe(200);
	});

	it('spreads a window over the interval instead of sending it as a burst', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
		let remaining = 19;
		const times = await drive(gate, clock, 19, () => ({ remaining: --remaining }));
		// 20 per second: one every 50 ms (the burst allowance, 2 at 20 per second, lets the second go
		// 50 ms early), so the window's 20 requests take the whole second.
		expect(times[0]).toBe(50);
		for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBe(50);
		expect(times[18]).toBe(950);
	});

	it('never sends more than the limit in any interval, waiting for the window the answers describe', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, seeded(7));
		// A server of fixed 1 s windows that starts a window at the first request after the last one.
		let windowStart = -Infinity;
		let count = 0;
		const times = await drive(gate, clock, 70, () => {
			if (clock.now() - windowStart >= 1000) [windowStart, count] = [clock.now(), 0];
			count++;
			return { remaining: Math.max(0, 20 - count), status: count > 20 ? 429 : 200 };
		});
		expect(count).toBeLessThanOrEqual(20);
		for (const time of times) {
			expect(times.filter((t) => t > time - 1000 && t <= time).length).toBeLessThanOrEqual(20);
		}
		expect(gate.currentShare).toBe(20); // alone: no 429, no back-off
	});

	it('reads Remaining as the budget of everyone: a drop faster than its own sends stops it before the budget is gone, and its share shrinks', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		// Each of our requests finds two more of someone else's counted.
		let used = 0;
		const first = await drive(gate, clock, 7, () => {
			used += 3;
			return { remaining: Math.max(0, 20 - used) };
		});
		// remaining 2 after the 7th: with others present one is kept in reserve, so the gate waits for the
		// window the answers describe to end (it began when the first answer came, at 0) before the 8th.
		await gate.acquire();
		expect(clock.time).toBeGreaterThanOrEqual(1000);
		expect(first.at(-1)).toBeLessThan(1000);
		gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
		// That window ran dry with others in it: the share shrinks for the next one.
		expect(gate.currentShare).toBe(20 * BACK_OFF_ON_SHARED);
	});

	it('reads the answers of requests that left together in any order without seeing a new window or someone else', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		// A sole user, 20 per second, whose answers a busy process reads in the reverse order of the
		// server's count, a burst of four at a time (as at the start of each window).
		for (let window = 0; window < 3; window++) {
			for (let burst = 0; burst < 5; burst++) {
				for (let i = 0; i < 4; i++) await gate.acquire();
				for (let i = 4; i >= 1; i--) {
					gate.observe({ ...HEADERS_20_PER_S, remaining: 20 - (burst * 4 + i) }, 200);
				}
			}
			clock.time = Math.max(clock.time, (window + 1) * 1000 + 100);
		}
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
		// No share lost to phantom contention: nobody else sent.
		expect(gate.currentShare).toBe(20);
	});

	it('halves its share on a 429 and recovers gradually over the windows that follow', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 0 }, 429);
		expect(gate.currentShare).toBe(10);
		const shares: number[] = [];
		for (let window = 1; window <= 6; window++) {
			clock.time = window * 1100;
			await gate.acquire();
			gate.observe({ ...HEADERS_20_PER_S, remaining: 18 }, 200);
			shares.push(gate.currentShare);
		}
		expect(shares).toEqual([10, 12, 14, 16, 18, 20]);
	});

	it('waits after a 429 without Retry-After only until the window that refused ends (with jitter), not a whole interval more', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock, () => 0.5);
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 5 }, 200); // the window is seen from 0
		clock.time = 600;
		await gate.acquire();
		gate.observe({ ...HEADERS_20_PER_S, remaining: 0 }, 429);
		gate.pause(1000 + 100); // what the retry policy asks for
		await gate.acquire();
		expect(clock.time).toBeGreaterThanOrEqual(1025);
		expect(clock.time).toBeLessThan(1600);
		// With Retry-After, the server's word is kept.
		gate.observe({ ...HEADERS_20_PER_S, remaining: 0, retryAfterMs: 2000 }, 429);
		gate.pause(2000);
		const before = clock.time;
		await gate.acquire();
		expect(clock.time - before).toBe(2000);
	});

	it('jitters its spacing so that gates do not lock into phase', async () => {
		const spacings = async (seed: number) => {
			const clock = fakeClock();
			const gate = new RateGate(clock, seeded(seed));
			await gate.acquire();
			gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
			const times = await drive(gate, clock, 12, (i) => ({ remaining: 18 - i }));
			return times.slice(3).map((t, i) => t - times[i + 2]);
		};
		const [a, b] = [await spacings(1), await spacings(2)];
		for (const gap of [...a, ...b]) {
			expect(gap).toBeGreaterThanOrEqual(50 * (1 - JITTER) - 1e-9);
			expect(gap).toBeLessThanOrEqual(50 * (1 + JITTER) + 1e-9);
		}
		expect(a).not.toEqual(b);
		expect(new Set(a.map(Math.round)).size).toBeGreaterThan(3);
	});

	it('stops sending when HighLevel answers nothing: queued requests fail at once as not sent, one probes later', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		const outcomes: string[] = [];
		const request = async () => {
			try {
				await gate.acquire();
				outcomes.push('sent');
			} catch (error) {
				outcomes.push(error instanceof HighLevelSilent ? 'not sent' : String(error));
			}
		};
		const timeouts = (async () => {
			await clock.sleep(1000);
			gate.release({ code: 'ECONNABORTED' }); // the first request timed out: one slow answer
			await clock.sleep(150);
			gate.release({ code: 'ECONNABORTED' }); // and the second: nothing answers
		})();
		await clock.runUntil(Promise.all([...Array.from({ length: 30 }, request), timeouts]));
		// At the documented 10 per second, one request every 100 ms until the second timeout at 1150 ms
		// (12); the other 18 were never sent.
		expect(outcomes.filter((o) => o === 'sent')).toHaveLength(12);
		expect(outcomes.filter((o) => o === 'not sent')).toHaveLength(18);

		// Soon after, a request fails at once too; once as long has passed as HighLevel was silent, one
		// request probes while the others wait for its outcome, and an answer lets them all go.
		outcomes.length = 0;
		await request();
		expect(outcomes).toEqual(['not sent']);
		outcomes.length = 0;
		clock.time += 1100;
		const probe = gate.acquire();
		const waiting = Array.from({ length: 3 }, request);
		await clock.runUntil(probe);
		expect(outcomes).toEqual([]);
		gate.observe({ ...HEADERS_20_PER_S, remaining: 19 }, 200);
		await clock.runUntil(Promise.all(waiting));
		expect(outcomes).toEqual(['sent', 'sent', 'sent']);
	});

	it('lets the next request probe when the probe ends in an error of its own (no answer, no timeout)', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		await gate.acquire();
		await clock.runUntil(gate.acquire());
		gate.release({ code: 'ETIMEDOUT' });
		gate.release({ code: 'ETIMEDOUT' });
		clock.time += 10_000;
		await gate.acquire(); // the probe
		const next = gate.acquire();
		gate.release(); // it failed before any request left (a credential error, say)
		await clock.runUntil(next);
		await expect(next).resolves.toBeGreaterThanOrEqual(0);
	});
});

describe('RateGate: executions take turns', () => {
	// One process (a queue-mode worker) running several executions at once: n8n hands the gate all of an
	// execution's items together, so in arrival order a later execution would wait for the whole first.
	async function run(
		gate: RateGate,
		clock: SimulatedClock,
		batches: Array<{ execution: string; count: number; at?: number }>,
	) {
		const order: string[] = [];
		const doneAt: Record<string, number> = {};
		const batchRuns = batches.map(async ({ execution, count, at = 0 }) => {
			if (at > 0) await clock.sleep(at);
			await Promise.all(
				Array.from({ length: count }, async (_, i) => {
					await gate.acquire(execution);
					order.push(`${execution}${i}`);
					doneAt[execution] = clock.now();
					// Answered at once, always with room: the gate paces by its spacing alone.
					gate.observe({ ...HEADERS_20_PER_S, remaining: 10 }, 200);
				}),
			);
		});
		await clock.runUntil(Promise.all(batchRuns));
		return { order, doneAt };
	}

	it('serves two executions queued together in turn, each in its own order, and both end together', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		const { order, doneAt } = await run(gate, clock, [
			{ execution: 'a', count: 20 },
			{ execution: 'b', count: 20 },
		]);
		// a0 leaves at once (nothing else waits yet); from then on the two alternate.
		expect(order.slice(0, 6)).toEqual(['a0', 'a1', 'b0', 'a2', 'b1', 'a3']);
		expect(order.filter((o) => o.startsWith('a'))).toEqual(
			Array.from({ length: 20 }, (_, i) => `a${i}`),
		);
		expect(order.filter((o) => o.startsWith('b'))).toEqual(
			Array.from({ length: 20 }, (_, i) => `b${i}`),
		);
		// 40 requests at 20 per second take about 2 s: a ends one send before b (in arrival order it
		// would have ended after 1 s, half of b's time).
		expect(doneAt.b).toBeGreaterThan(1900);
		expect(doneAt.a).toBeGreaterThan(0.9 * doneAt.b);
	});

	it('gives an execution that joins later every other turn from then on, not a place behind the first', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		const { order } = await run(gate, clock, [
			{ execution: 'a', count: 40 },
			{ execution: 'b', count: 10, at: 300 },
		]);
		const firstB = order.indexOf('b0');
		expect(firstB).toBeGreaterThan(0);
		// From b's first turn, b and a alternate until b's ten are sent.
		const after = order.slice(firstB, firstB + 20);
		expect(after.filter((_, i) => i % 2 === 0)).toEqual(
			Array.from({ length: 10 }, (_, i) => `b${i}`),
		);
		expect(after.filter((_, i) => i % 2 === 1).every((o) => /^a\d+$/.test(o))).toBe(true);
		expect(order.lastIndexOf('b9')).toBeLessThan(firstB + 20);
	});

	it('serves requests of one execution (or without one) in arrival order, as before', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		const { order } = await run(gate, clock, [{ execution: '', count: 5 }]);
		expect(order).toEqual(['0', '1', '2', '3', '4']);
	});

	it('fails the waiting requests of every execution at once when HighLevel is silent', async () => {
		const clock = new SimulatedClock();
		const gate = new RateGate(clock, () => 0.5);
		const outcomes: Record<string, string[]> = { a: [], b: [] };
		const request = async (execution: 'a' | 'b') => {
			try {
				await gate.acquire(execution);
				outcomes[execution].push('sent');
			} catch (error) {
				outcomes[execution].push(error instanceof HighLevelSilent ? 'not sent' : String(error));
			}
		};
		const timeouts = (async () => {
			await clock.sleep(1000);
			gate.release({ code: 'ECONNABORTED' });
			await clock.sleep(150);
			gate.release({ code: 'ECONNABORTED' });
		})();
		const requests = [
			...Array.from({ length: 15 }, async () => await request('a')),
			...Array.from({ length: 15 }, async () => await request('b')),
		];
		await clock.runUntil(Promise.all([...requests, timeouts]));
		// 12 sent (as with one execution): a's first at once, then in turn (6 more of a, 5 of b).
		expect(outcomes.a.filter((o) => o === 'sent')).toHaveLength(7);
		expect(outcomes.b.filter((o) => o === 'sent')).toHaveLength(5);
		expect([...outcomes.a, ...outcomes.b].filter((o) => o === 'not sent')).toHaveLength(18);
		expect(gate.waiting).toBe(0);
	});
});

describe('gates of different processes sharing one sandbox budget (20 per second)', () => {
	// Each simulated process has its own gate; they meet only in the sandbox's limiter and its headers.
	// Time is simulated, so the counts and times below are exact for these seeds, not measured.
	const fair = (total: number) => (total / 20) * 1000;

	it('two processes of 100 requests: no 429, equal shares, both done within 1.5x their fair share', async () => {
		for (const seed of [1, 2, 3]) {
			const { results } = await shareBudget({
				items: [100, 100],
				max: 20,
				intervalMs: 1000,
				latencyMs: 10,
				seed,
			});
			expect(results.map((r) => r.done)).toEqual([100, 100]);
			expect(results.map((r) => r.rateLimited)).toEqual([0, 0]);
			for (const r of results) expect(r.finishedAt).toBeLessThanOrEqual(1.5 * fair(200));
			expect(Math.abs(results[0].finishedAt - results[1].finishedAt)).toBeLessThan(1000);
		}
	});

	it('three processes of 100 at once: a few 429s at most, each within 1.5x its fair share', async () => {
		for (const seed of [1, 2, 3]) {
			const { results } = await shareBudget({
				items: [100, 100, 100],
				max: 20,
				intervalMs: 1000,
				latencyMs: 10,
				seed,
			});
			expect(results.map((r) => r.done)).toEqual([100, 100, 100]);
			const rateLimited = results.reduce((sum, r) => sum + r.rateLimited, 0);
			expect(rateLimited).toBeLessThanOrEqual(15);
			for (const r of results) expect(r.finishedAt).toBeLessThanOrEqual(1.5 * fair(300));
		}
	});

	it('a process that starts alone takes the whole budget, and gives half back when another joins', async () => {
		const { results, gates } = await shareBudget({
			items: [200, 60],
			startsAt: [0, 3000],
			max: 20,
			intervalMs: 1000,
			latencyMs: 10,
		});
		expect(results.map((r) => r.done)).toEqual([200, 60]);
		expect(results.map((r) => r.rateLimited)).toEqual([0, 0]);
		// The latecomer is not starved: its 60 take about 60 / 10 per second.
		expect(results[1].finishedAt - 3000).toBeLessThanOrEqual(1.5 * 6000);
		// Alone for the first 3 s it sent at the full rate.
		expect(results[0].finishedAt).toBeLessThanOrEqual(1.5 * fair(260));
		expect(gates[1].currentShare).toBeLessThan(20);
	});

	it('a process running two executions and one running one: each execution within 1.5x its fair share', async () => {
		for (const seed of [1, 2, 3]) {
			const { results } = await shareBudget({
				items: [200, 100],
				executions: [2, 1],
				max: 20,
				intervalMs: 1000,
				latencyMs: 10,
				seed,
			});
			expect(results.map((r) => r.done)).toEqual([200, 100]);
			expect(results.map((r) => r.rateLimited)).toEqual([0, 0]);
			const times = results.flatMap((r) => r.executionsFinishedAt);
			for (const time of times) expect(time).toBeLessThanOrEqual(1.5 * fair(300));
			// Shares weighed by executions: within 3 s of each other (with equal shares per gate, the lone
			// execution ended 7 s before the two others: 10.9 s against 18.0 s for seed 1).
			expect(Math.max(...times) - Math.min(...times)).toBeLessThan(3000);
		}
	});

	it('a gate that ignored the others would meet many 429s (the case the pacing fixes)', async () => {
		// The same two processes, each believing the whole budget is its own: remaining is not shared.
		const { results } = await shareBudget({
			items: [100, 100],
			max: 20,
			intervalMs: 1000,
			latencyMs: 10,
			selfish: true,
		});
		// 7 for this seed, where the cooperative gates above meet none.
		expect(results.reduce((sum, r) => sum + r.rateLimited, 0)).toBeGreaterThanOrEqual(5);
	});
});

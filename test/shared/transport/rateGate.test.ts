import {
	RateGate,
	readRateLimitHeaders,
} from '../../../nodes/HighLevelCalendars/shared/transport/rateGate';
import type { Clock } from '../../../nodes/HighLevelCalendars/shared/transport/rateGate';

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

describe('RateGate', () => {
	it('lets one request probe, then paces the rest at the announced limit', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock);
		await gate.acquire();
		const second = gate.acquire();
		gate.observe({ max: 3, intervalMs: 1000, remaining: 2 });
		await second;
		const sendTimes = [0, clock.time];
		for (let i = 0; i < 4; i++) {
			await gate.acquire();
			sendTimes.push(clock.time);
		}
		// 3 per second: the 4th send waits for the first to leave the window (plus the margin).
		expect(sendTimes.slice(0, 3)).toEqual([0, 0, 0]);
		expect(sendTimes[3]).toBeGreaterThanOrEqual(1000);
		for (let i = 3; i < sendTimes.length; i++) {
			const window = sendTimes.filter((t) => t > sendTimes[i] - 1000 && t <= sendTimes[i]);
			expect(window.length).toBeLessThanOrEqual(3);
		}
	});

	it('pauses everyone for a window when the server says nothing remains', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock);
		await gate.acquire();
		gate.observe({ max: 100, intervalMs: 2000, remaining: 0 });
		await gate.acquire();
		expect(clock.time).toBe(2000);
	});

	it('lets the next request probe when the probe ends without an answer', async () => {
		const clock = fakeClock();
		const gate = new RateGate(clock);
		await gate.acquire();
		const next = gate.acquire();
		gate.release();
		await expect(next).resolves.toBe(0);
	});
});

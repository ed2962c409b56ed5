import { backoffMs, decide } from '../../../nodes/HighLevelCalendars/shared/transport/policy';
import { DEFAULT_POLICY } from '../../../nodes/HighLevelCalendars/shared/transport/settings';

const noJitter = () => 0.5;
const fail = (status?: number, headers: Record<string, string> = {}, code?: string) => ({
	status,
	headers,
	code,
});

describe('decide', () => {
	it('waits on 429 for the announced interval or Retry-After, for any method', () => {
		expect(
			decide(
				fail(429, { 'x-ratelimit-interval-milliseconds': '1000' }),
				'POST',
				0,
				DEFAULT_POLICY,
				10000,
				noJitter,
			),
		).toEqual({
			kind: 'wait',
			ms: 1125,
		});
		expect(
			decide(fail(429, { 'retry-after': '2' }), 'GET', 0, DEFAULT_POLICY, 10000, noJitter),
		).toEqual({ kind: 'wait', ms: 2125 });
	});

	it('fails at once when the daily budget is used up', () => {
		expect(
			decide(fail(429, { 'x-ratelimit-daily-remaining': '0' }), 'GET', 0, DEFAULT_POLICY, 10000),
		).toEqual({
			kind: 'fail',
			ambiguous: false,
			dailyLimit: true,
		});
	});

	it.each(['GET', 'PUT', 'DELETE'])(
		'retries %s after 5xx and dropped connections, up to the limit',
		(method) => {
			expect(decide(fail(503), method, 0, DEFAULT_POLICY, 10000, noJitter).kind).toBe('retry');
			expect(decide(fail(undefined, {}, 'ECONNRESET'), method, 2, DEFAULT_POLICY, 10000).kind).toBe(
				'retry',
			);
			expect(decide(fail(502), method, 3, DEFAULT_POLICY, 10000)).toEqual({
				kind: 'fail',
				ambiguous: false,
			});
			expect(
				decide(fail(502), method, 0, { ...DEFAULT_POLICY, retryServerErrors: false }, 10000).kind,
			).toBe('fail');
		},
	);

	it('never re-sends a POST that the server may have acted on, and says so', () => {
		expect(decide(fail(500), 'POST', 0, DEFAULT_POLICY, 10000)).toEqual({
			kind: 'fail',
			ambiguous: true,
		});
		expect(decide(fail(undefined, {}, 'ETIMEDOUT'), 'POST', 0, DEFAULT_POLICY, 10000)).toEqual({
			kind: 'fail',
			ambiguous: true,
		});
		// A refused connection never reached HighLevel: safe to repeat.
		expect(decide(fail(undefined, {}, 'ECONNREFUSED'), 'POST', 0, DEFAULT_POLICY, 10000).kind).toBe(
			'retry',
		);
	});

	it('does not retry client errors', () => {
		expect(decide(fail(400), 'GET', 0, DEFAULT_POLICY, 10000)).toEqual({
			kind: 'fail',
			ambiguous: false,
		});
		expect(decide(fail(422), 'POST', 0, DEFAULT_POLICY, 10000)).toEqual({
			kind: 'fail',
			ambiguous: false,
		});
	});
});

describe('backoffMs', () => {
	it('grows exponentially with full jitter, capped at 8 s', () => {
		expect(backoffMs(0, () => 1)).toBe(500);
		expect(backoffMs(3, () => 1)).toBe(4000);
		expect(backoffMs(10, () => 1)).toBe(8000);
		expect(backoffMs(3, () => 0)).toBe(0);
	});
});

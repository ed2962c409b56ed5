import { checkFreshness, timestampMillis } from '../../../nodes/shared/appointmentEvents/freshness';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const FIVE_MINUTES = 5 * 60_000;

describe('timestampMillis', () => {
	it('reads ISO 8601 (a time without offset as UTC), epoch seconds and milliseconds', () => {
		expect(timestampMillis('2026-11-29T12:00:00Z')).toBe(NOW);
		expect(timestampMillis('2026-11-29T07:00:00-05:00')).toBe(NOW);
		expect(timestampMillis('2026-11-29T12:00:00')).toBe(NOW);
		expect(timestampMillis(NOW)).toBe(NOW);
		expect(timestampMillis(NOW / 1000)).toBe(NOW);
		expect(timestampMillis(String(NOW))).toBe(NOW);
		expect(timestampMillis('yesterday')).toBeUndefined();
		expect(timestampMillis(undefined)).toBeUndefined();
	});
});

describe('checkFreshness', () => {
	it('accepts a timestamp within the window, on either side', () => {
		expect(checkFreshness('2026-11-29T11:55:00Z', NOW, FIVE_MINUTES)).toEqual({
			ok: true,
			atMs: NOW - FIVE_MINUTES,
		});
		expect(checkFreshness('2026-11-29T12:01:00Z', NOW, FIVE_MINUTES).ok).toBe(true);
	});

	it('refuses an old, a far-future, a missing and an unreadable timestamp', () => {
		expect(checkFreshness('2026-11-29T11:54:59Z', NOW, FIVE_MINUTES)).toEqual({
			ok: false,
			reason: 'timestamp is 301 s old',
		});
		expect(checkFreshness('2026-11-29T12:10:00Z', NOW, FIVE_MINUTES)).toEqual({
			ok: false,
			reason: 'timestamp is 600 s in the future',
		});
		expect(checkFreshness(undefined, NOW, FIVE_MINUTES)).toEqual({
			ok: false,
			reason: 'no timestamp in the body',
		});
		expect(checkFreshness('soon', NOW, FIVE_MINUTES)).toEqual({
			ok: false,
			reason: 'unreadable timestamp',
		});
	});

	it('checks nothing when the window is 0', () => {
		expect(checkFreshness(undefined, NOW, 0).ok).toBe(true);
		expect(checkFreshness('2020-01-01T00:00:00Z', NOW, 0).ok).toBe(true);
	});
});

import { DateTime } from 'luxon';

/**
 * Replay protection by time: HighLevel puts a `timestamp` in each delivery's body (Webhook
 * Authentication Guide); deliveries older than the allowed age, or as far in the future, are refused.
 */

export type FreshnessCheck = { ok: true; atMs?: number } | { ok: false; reason: string };

/** Epoch ms of a delivery timestamp (ISO 8601, or epoch seconds / milliseconds), or undefined. */
export function timestampMillis(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value))
		return value < 100_000_000_000 ? value * 1000 : value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return timestampMillis(Number(text));
	// HighLevel writes UTC with a Z; a time without an offset is read as UTC, never as the server's zone.
	const parsed = DateTime.fromISO(text, { zone: 'UTC' });
	return parsed.isValid ? parsed.toMillis() : undefined;
}

/** Pure. `maxAgeMs` 0 turns the check off. */
export function checkFreshness(
	timestamp: unknown,
	nowMs: number,
	maxAgeMs: number,
): FreshnessCheck {
	if (maxAgeMs <= 0) return { ok: true, atMs: timestampMillis(timestamp) };
	const atMs = timestampMillis(timestamp);
	if (atMs === undefined) {
		return {
			ok: false,
			reason: timestamp === undefined ? 'no timestamp in the body' : 'unreadable timestamp',
		};
	}
	const age = nowMs - atMs;
	if (age > maxAgeMs) return { ok: false, reason: `timestamp is ${Math.round(age / 1000)} s old` };
	if (-age > maxAgeMs)
		return { ok: false, reason: `timestamp is ${Math.round(-age / 1000)} s in the future` };
	return { ok: true, atMs };
}

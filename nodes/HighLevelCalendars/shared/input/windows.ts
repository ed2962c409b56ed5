/**
 * Splitting long time windows into the spans the API accepts (free slots and events: at most 31 days
 * per request). Consecutive spans overlap by `overlapMs`, so that whatever the API's boundary rule (a
 * slot or event that straddles a seam may be left out of both answers when spans merely touch), each
 * one lies whole in some span; callers merge the answers and drop duplicates.
 */
export const DAY_MS = 86_400_000;
export const MAX_SPAN_MS = 31 * DAY_MS;

export function splitWindow(
	startMs: number,
	endMs: number,
	{ maxSpanMs = MAX_SPAN_MS, overlapMs = 0 }: { maxSpanMs?: number; overlapMs?: number } = {},
): Array<[number, number]> {
	const step = maxSpanMs - Math.max(0, Math.min(overlapMs, maxSpanMs / 2));
	const spans: Array<[number, number]> = [];
	for (let from = startMs; ; from += step) {
		const to = Math.min(from + maxSpanMs - 1, endMs);
		spans.push([from, to]);
		if (to >= endMs) return spans;
	}
}

/** Merges date-keyed free-slot answers: slots of the same date are united, sorted and deduplicated. */
export function mergeSlotMaps(
	answers: Array<Record<string, unknown>>,
): Record<string, { slots: string[] }> {
	const merged = new Map<string, Set<string>>();
	for (const answer of answers) {
		for (const [date, value] of Object.entries(answer ?? {})) {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue; // e.g. traceId
			const slots = (value as { slots?: unknown })?.slots;
			if (!Array.isArray(slots)) continue;
			const set = merged.get(date) ?? new Set<string>();
			for (const slot of slots) set.add(String(slot));
			merged.set(date, set);
		}
	}
	const result: Record<string, { slots: string[] }> = {};
	for (const date of [...merged.keys()].sort()) {
		result[date] = { slots: [...merged.get(date)!].sort((a, b) => Date.parse(a) - Date.parse(b)) };
	}
	return result;
}

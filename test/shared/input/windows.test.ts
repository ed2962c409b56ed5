import {
	DAY_MS,
	mergeSlotMaps,
	splitWindow,
} from '../../../nodes/HighLevelCalendars/shared/input/windows';

describe('splitWindow', () => {
	it('keeps a window of up to 31 days whole', () => {
		expect(splitWindow(0, 31 * DAY_MS - 1)).toEqual([[0, 31 * DAY_MS - 1]]);
	});

	it('splits longer windows into spans that touch without overlapping', () => {
		const spans = splitWindow(1000, 1000 + 70 * DAY_MS);
		expect(spans).toEqual([
			[1000, 1000 + 31 * DAY_MS - 1],
			[1000 + 31 * DAY_MS, 1000 + 62 * DAY_MS - 1],
			[1000 + 62 * DAY_MS, 1000 + 70 * DAY_MS],
		]);
		for (const [from, to] of spans) expect(to - from).toBeLessThan(31 * DAY_MS);
	});
});

describe('mergeSlotMaps', () => {
	it('unites slots of the same date, sorted and without repeats, and ignores traceId', () => {
		expect(
			mergeSlotMaps([
				{
					'2026-03-08': { slots: ['2026-03-08T10:00:00-04:00', '2026-03-08T09:00:00-04:00'] },
					traceId: 'a',
				},
				{
					'2026-03-08': { slots: ['2026-03-08T10:00:00-04:00', '2026-03-08T11:00:00-04:00'] },
					'2026-03-09': { slots: [] },
				},
			]),
		).toEqual({
			'2026-03-08': {
				slots: [
					'2026-03-08T09:00:00-04:00',
					'2026-03-08T10:00:00-04:00',
					'2026-03-08T11:00:00-04:00',
				],
			},
			'2026-03-09': { slots: [] },
		});
	});
});

/**
 * What `npm run check:refresh` (and its step in `npm run e2e`) counts as a pass: each execution on a
 * worker of its own, every item of every run booked, none twice, and the credential still working
 * after each run (scripts/check-refresh.js).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the e2e tooling
const { summarize, parseArgs } = require('../../scripts/check-refresh.js');

// A module of its own: other test files take the same names from their scripts.
export {};

const run = (extra: Record<string, unknown> = {}) => ({
	executions: 2,
	workersUsed: 2,
	renewed: 1,
	refused: 1,
	failed: [],
	missing: 0,
	duplicates: 0,
	thirdWorks: true,
	...extra,
});

describe('check:refresh summary', () => {
	it('passes runs in which a refresh was refused but no item failed', () => {
		expect(summarize([run(), run({ refused: 0 })])).toEqual({
			ok: true,
			detail:
				'2 runs; refreshes 2 renewed / 1 refused; 0 items failed; 0 duplicates; credential broken after 0 runs',
		});
	});

	it.each([
		['an item failed', { failed: ['The credential "x" needs to be reconnected'] }],
		['an execution answered fewer items', { missing: 1 }],
		['a booking stored twice', { duplicates: 1 }],
		['the credential no longer works', { thirdWorks: false }],
		['two executions ran on one worker', { workersUsed: 1 }],
	])('fails when %s', (_name, extra) => {
		expect(summarize([run(), run(extra)]).ok).toBe(false);
	});

	it('fails when nothing ran', () => {
		expect(summarize([]).ok).toBe(false);
	});

	it('defaults to both lines, 3 runs of 2 executions of 3 bookings, 300 ms at the token endpoint', () => {
		expect(parseArgs([])).toMatchObject({
			lines: ['2.x', '1.x'],
			runs: 3,
			executions: 2,
			items: 3,
			tokenLatencyMs: 300,
		});
	});
});

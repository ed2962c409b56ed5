/**
 * The figures `npm run bench` prints for real n8n (scripts/bench/figures.js): a node's run read from
 * n8n's run data, heap growth within the node's run, the least time a rate limit allows, the median of
 * rounds, the alternating order, and the command line.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the benchmark
const figures = require('../../../scripts/bench/figures.js');

const { heapGrowth, leastTimeMs, median, nodeRun, parseArgs, roundOrder, summarize } = figures;

// A module of its own: other test files take the same names from their scripts.
export {};

describe('nodeRun (a node as n8n recorded it)', () => {
	const runData = {
		Book: [
			{
				startTime: 1_000,
				executionTime: 2_500,
				data: {
					main: [
						[
							{ json: { id: 'a' } },
							{ json: { error: 'Bad request: startTime' } },
							{ json: { error: { message: 'Too Many Requests' } } },
						],
					],
				},
			},
		],
	};

	it('takes start, duration, the items on its outputs and the failed ones', () => {
		expect(nodeRun(runData, 'Book')).toEqual({
			startTime: 1_000,
			executionTime: 2_500,
			items: 3,
			errors: 2,
			error: undefined,
			firstError: 'Bad request: startTime',
		});
	});

	it('reports a node that failed as a whole, and refuses one that did not run', () => {
		const failed = { Book: [{ startTime: 1, executionTime: 2, error: { message: 'boom' } }] };
		expect(nodeRun(failed, 'Book')).toMatchObject({ items: 0, errors: 0, error: 'boom' });
		expect(() => nodeRun(runData, 'Other')).toThrow('node "Other" did not run');
	});
});

describe('heapGrowth (within the node run)', () => {
	const samples: Array<[number, number]> = [
		[90, 900], // before the node: not its growth
		[100, 1_000],
		[150, 1_600],
		[200, 1_200],
		[230, 1_900], // first sample after the end, within 50 ms: the heap as the node left it
		[240, 5_000], // later: another node's or n8n's own work
	];

	it('is the highest sample from start to end (and just after) above the baseline', () => {
		expect(heapGrowth(samples, 800, 100, 210)).toEqual({ peak: 1_900, growth: 1_100, samples: 4 });
	});

	it('ignores a sample long after the end unless nothing was sampled during the run', () => {
		const late: Array<[number, number]> = [
			[100, 1_000],
			[300, 5_000],
		];
		expect(heapGrowth(late, 800, 100, 150)).toEqual({ peak: 1_000, growth: 200, samples: 1 });
		expect(heapGrowth([[500, 2_000]], 800, 100, 160)).toEqual({
			peak: 2_000,
			growth: 1_200,
			samples: 1,
		});
	});

	it('is zero without samples, and never negative', () => {
		expect(heapGrowth([], 800, 100, 160)).toEqual({ peak: 800, growth: 0, samples: 0 });
		expect(heapGrowth([[120, 700]], 800, 100, 160).growth).toBe(0);
	});
});

describe('leastTimeMs (what a fixed-window limit allows)', () => {
	it('is one window per batch after the first: 1000 at 100 per 10 s take 90 s', () => {
		expect(leastTimeMs(1000, 100, 10_000)).toBe(90_000);
		expect(leastTimeMs(1001, 100, 10_000)).toBe(100_000);
		expect(leastTimeMs(100, 100, 10_000)).toBe(0);
		expect(leastTimeMs(300, 20, 1000)).toBe(14_000);
		expect(leastTimeMs(0, 100, 10_000)).toBe(0);
	});
});

describe('summarize (the rounds of one node)', () => {
	it('takes medians per item and the spread of items/s', () => {
		const round = (nodeMs: number, heap: number) => ({
			items: 100,
			nodeMs,
			wallMs: nodeMs * 2,
			heapGrowth: heap,
			retained: 1_000,
			evaluations: 700,
			evaluationMs: 50,
			errors: 0,
		});
		const s = summarize([round(1_000, 10_000), round(500, 30_000), round(2_000, 20_000)]);
		expect(s).toMatchObject({
			rounds: 3,
			items: 100,
			itemsPerSecond: 100,
			itemsPerSecondMin: 50,
			itemsPerSecondMax: 200,
			wallItemsPerSecond: 50,
			msPerItem: 10,
			heapGrowthPerItem: 200,
			retainedPerItem: 10,
			evaluationsPerItem: 7,
			evaluationMsPerItem: 0.5,
			errors: 0,
		});
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('roundOrder', () => {
	it('alternates which node runs first', () => {
		expect([0, 1, 2].map((r) => roundOrder(r, ['ours', 'http']))).toEqual([
			['ours', 'http'],
			['http', 'ours'],
			['ours', 'http'],
		]);
	});
});

describe('parseArgs (npm run bench -- ...)', () => {
	it('has defaults that fit the brief: 300 items, 3 rounds, n8n 2.x, 1000 at 100 per 10 s', () => {
		expect(parseArgs([])).toMatchObject({
			items: 300,
			rounds: 3,
			lines: ['2.x'],
			bookings: 1000,
			limitMax: 100,
			limitIntervalMs: 10_000,
			core: true,
			n8n: true,
			limited: true,
		});
	});

	it('reads every option', () => {
		expect(
			parseArgs([
				'--items',
				'50',
				'--rounds',
				'2',
				'--line',
				'2.x,1.x',
				'--bookings',
				'200',
				'--no-core',
				'--no-limited',
				'--max',
				'10',
			]),
		).toMatchObject({
			items: 50,
			rounds: 2,
			lines: ['2.x', '1.x'],
			bookings: 200,
			core: false,
			limited: false,
			coreMax: 10,
		});
	});

	it('names a bad value or an unknown option instead of running on', () => {
		expect(() => parseArgs(['--items', 'many'])).toThrow('--items needs a whole number');
		expect(() => parseArgs(['--rounds'])).toThrow('--rounds needs a whole number');
		expect(() => parseArgs(['--fast'])).toThrow('Unknown option --fast');
	});
});

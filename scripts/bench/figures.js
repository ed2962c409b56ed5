// @ts-check
/**
 * Pure helpers of the real-n8n benchmark (scripts/bench/n8n.js): reading a node's run out of n8n's
 * run data, heap growth from the samples the preload took inside n8n, the least time a rate limit
 * allows, and the figures of several rounds. No I/O here, so each piece has a unit test
 * (test/scripts/bench/figures.test.ts).
 */
'use strict';

/**
 * @typedef {object} NodeRun  one run of one node, as n8n recorded it
 * @property {number} startTime      epoch ms (runData[node][0].startTime)
 * @property {number} executionTime  ms (runData[node][0].executionTime)
 * @property {number} items          items on its outputs
 * @property {number} errors         output items carrying `json.error` (On Error: continue)
 * @property {string | undefined} error  the node's own error message, when it failed as a whole
 * @property {string | undefined} firstError  the first item error's message
 */

/**
 * The first run of `nodeName` in an execution's run data (`data.resultData.runData`).
 * @param {any} runData
 * @param {string} nodeName
 * @returns {NodeRun}
 */
function nodeRun(runData, nodeName) {
	const task = runData?.[nodeName]?.[0];
	if (!task) throw new Error(`node "${nodeName}" did not run`);
	/** @type {any[]} */
	const out = (task.data?.main ?? []).flatMap((/** @type {any} */ o) => o ?? []);
	const failed = out.filter((item) => item?.json?.error !== undefined);
	const firstError = failed[0]?.json?.error;
	return {
		startTime: task.startTime,
		executionTime: task.executionTime,
		items: out.length,
		errors: failed.length,
		error: task.error ? String(task.error.message ?? task.error) : undefined,
		firstError:
			firstError === undefined
				? undefined
				: typeof firstError === 'string'
					? firstError
					: String(firstError.message ?? JSON.stringify(firstError)),
	};
}

/**
 * Heap growth during a node's run: the highest heap sampled from its start to its end (and the first
 * sample after its end, since the sampler cannot fire while the node computes synchronously), less
 * the heap after a forced garbage collection before the execution began.
 * @param {Array<[number, number]>} samples  [epoch ms, heap used bytes], in time order
 * @param {number} baseline  heap used after gc, before the execution
 * @param {number} from  node start, epoch ms
 * @param {number} to    node end, epoch ms
 * @returns {{ peak: number, growth: number, samples: number }}
 */
function heapGrowth(samples, baseline, from, to) {
	let peak = -Infinity;
	let counted = 0;
	for (const [at, heap] of samples) {
		if (at < from) continue;
		if (at > to) {
			// One sample past the end stands for the heap as the node left it.
			if (counted === 0 || at - to <= 50) {
				peak = Math.max(peak, heap);
				counted++;
			}
			break;
		}
		peak = Math.max(peak, heap);
		counted++;
	}
	if (counted === 0) return { peak: baseline, growth: 0, samples: 0 };
	return { peak, growth: Math.max(0, peak - baseline), samples: counted };
}

/**
 * The least time a fixed-window limit of `max` requests per `intervalMs` allows for `count` requests:
 * the first window's requests at once, then one window for each further batch.
 * @param {number} count
 * @param {number} max
 * @param {number} intervalMs
 */
function leastTimeMs(count, max, intervalMs) {
	if (count <= 0) return 0;
	return (Math.ceil(count / max) - 1) * intervalMs;
}

/** @param {number[]} values */
function median(values) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @typedef {object} RoundFigures  what one round measured for one node
 * @property {number} items
 * @property {number} nodeMs         n8n's executionTime of the node
 * @property {number} wallMs         the webhook call, from request to answer (whole workflow)
 * @property {number} heapGrowth     bytes (see heapGrowth)
 * @property {number} retained       bytes: heap after gc after the execution, less the baseline
 * @property {number} evaluations    expression evaluations attributed to the node
 * @property {number} evaluationMs   time spent in them
 * @property {number} errors
 */

/**
 * Per node, the median of the rounds (and the spread of items/s).
 * @param {RoundFigures[]} rounds
 */
function summarize(rounds) {
	const items = rounds[0]?.items ?? 0;
	const perSecond = rounds.map((r) => r.items / (r.nodeMs / 1000));
	return {
		rounds: rounds.length,
		items,
		itemsPerSecond: median(perSecond),
		itemsPerSecondMin: Math.min(...perSecond),
		itemsPerSecondMax: Math.max(...perSecond),
		wallItemsPerSecond: median(rounds.map((r) => r.items / (r.wallMs / 1000))),
		msPerItem: median(rounds.map((r) => r.nodeMs / r.items)),
		heapGrowthPerItem: median(rounds.map((r) => r.heapGrowth / r.items)),
		retainedPerItem: median(rounds.map((r) => r.retained / r.items)),
		evaluationsPerItem: median(rounds.map((r) => r.evaluations / r.items)),
		evaluationMsPerItem: median(rounds.map((r) => r.evaluationMs / r.items)),
		errors: rounds.reduce((n, r) => n + r.errors, 0),
	};
}

/**
 * The order of the two workflows in each round: alternating, so neither always runs on a heap the
 * other just left.
 * @template T
 * @param {number} round  0-based
 * @param {[T, T]} pair
 * @returns {[T, T]}
 */
function roundOrder(round, pair) {
	return round % 2 === 0 ? [pair[0], pair[1]] : [pair[1], pair[0]];
}

/**
 * The command line of the benchmark (`npm run bench -- ...`).
 * @param {string[]} argv
 */
function parseArgs(argv) {
	const opts = {
		items: 300,
		rounds: 3,
		lines: ['2.x'],
		bookings: 1000,
		limitMax: 100,
		limitIntervalMs: 10_000,
		core: true,
		n8n: true,
		limited: true,
		coreMax: 20,
		coreIntervalMs: 1000,
	};
	/** @param {string} name @param {string | undefined} raw */
	const count = (name, raw) => {
		const value = Number(raw);
		if (!Number.isInteger(value) || value < 1)
			throw new Error(`--${name} needs a whole number of at least 1, got "${raw ?? ''}"`);
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const next = () => argv[++i];
		if (arg === '--items') opts.items = count('items', next());
		else if (arg === '--rounds') opts.rounds = count('rounds', next());
		else if (arg === '--line') {
			const raw = next();
			opts.lines = (raw ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
			if (opts.lines.length === 0) throw new Error('--line needs 2.x, 1.x or 2.x,1.x');
		} else if (arg === '--bookings') opts.bookings = count('bookings', next());
		else if (arg === '--limit-max') opts.limitMax = count('limit-max', next());
		else if (arg === '--limit-interval') opts.limitIntervalMs = count('limit-interval', next());
		else if (arg === '--max') opts.coreMax = count('max', next());
		else if (arg === '--interval') opts.coreIntervalMs = count('interval', next());
		else if (arg === '--no-core') opts.core = false;
		else if (arg === '--no-n8n') opts.n8n = false;
		else if (arg === '--no-limited') opts.limited = false;
		else throw new Error(`Unknown option ${arg}`);
	}
	return opts;
}

module.exports = { nodeRun, heapGrowth, leastTimeMs, median, summarize, roundOrder, parseArgs };

// @ts-check
/**
 * Loaded into the n8n process of the benchmark (`node --expose-gc --require this n8n start`), never
 * into the package. It measures from inside n8n what no outside view can:
 * - expression evaluations per node: it wraps the function every parameter expression of a node goes
 *   through (n8n-workflow's `resolveSimpleParameterValue`, on WorkflowExpression in 2.x and on
 *   Expression in 1.x; the active node's name is its 6th argument on both), counting the calls whose
 *   value is an expression, with the time spent in them, by node name;
 * - the heap: sampled every 5 ms while recording, and also from inside the wrapper (at most once a
 *   millisecond), since a timer cannot fire while n8n prepares a node's items synchronously.
 * It answers the benchmark on 127.0.0.1:$HL_BENCH_PROBE_PORT: GET /begin (gc, baseline, start
 * recording), GET /end (stop; samples, counts, the heap before and after a gc).
 * Only the `n8n start` process listens; child processes (task runners) that inherit it do nothing.
 */
'use strict';

const port = Number(process.env.HL_BENCH_PROBE_PORT);
if (port > 0 && process.argv[2] === 'start') install(port);

/** @param {number} port */
function install(port) {
	const http = require('node:http');
	const path = require('node:path');
	const v8 = require('node:v8');
	const { performance } = require('node:perf_hooks');

	// process.argv[1] is <n8n>/bin/n8n: take the n8n-workflow that n8n itself resolves.
	const n8nDir = path.resolve(path.dirname(process.argv[1]), '..');
	const workflowModule = require(require.resolve('n8n-workflow', { paths: [n8nDir] }));
	const owner = workflowModule.WorkflowExpression ?? workflowModule.Expression;
	const proto = owner.prototype;
	const original = proto.resolveSimpleParameterValue;
	if (typeof original !== 'function')
		throw new Error('bench preload: resolveSimpleParameterValue not found in n8n-workflow');

	/** @type {Map<string, { count: number, ms: number }>} */
	let counts = new Map();
	/** @type {Array<[number, number]>} */
	let samples = [];
	let recording = false;
	let lastSample = 0;
	const heap = () => v8.getHeapStatistics().used_heap_size;
	const sample = () => {
		const now = Date.now();
		lastSample = now;
		samples.push([now, heap()]);
	};

	proto.resolveSimpleParameterValue = function (/** @type {any[]} */ ...args) {
		const value = args[0];
		if (!recording || typeof value !== 'string' || value.charAt(0) !== '=')
			return original.apply(this, args);
		const node = String(args[5] ?? '?');
		const started = performance.now();
		try {
			return original.apply(this, args);
		} finally {
			const entry = counts.get(node) ?? { count: 0, ms: 0 };
			entry.count++;
			entry.ms += performance.now() - started;
			counts.set(node, entry);
			if (Date.now() - lastSample >= 1) sample();
		}
	};

	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const gc = () => {
		const collect = /** @type {any} */ (globalThis).gc;
		if (typeof collect === 'function') {
			collect();
			collect();
		}
	};
	const server = http.createServer((req, res) => {
		let body;
		if (req.url === '/begin') {
			gc();
			counts = new Map();
			samples = [];
			const baseline = heap();
			recording = true;
			clearInterval(timer);
			timer = setInterval(sample, 5);
			body = { baseline, at: Date.now(), gcExposed: typeof globalThis.gc === 'function' };
		} else if (req.url === '/end') {
			recording = false;
			clearInterval(timer);
			const heapBeforeGc = heap();
			gc();
			body = {
				samples,
				counts: Object.fromEntries(counts),
				heapBeforeGc,
				heapAfterGc: heap(),
				at: Date.now(),
			};
			samples = [];
		} else {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	});
	server.on('error', (error) => console.error(`bench preload: ${error.message}`));
	server.listen(port, '127.0.0.1');
	server.unref();
}

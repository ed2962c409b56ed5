#!/usr/bin/env node
// Benchmark (not part of `npm test`): Appointment: Create with six fields mapped by expression, run by
// n8n-core's WorkflowExecute through RoutingNode and through the node's custom operation
// (shared/direct/), against the sandbox. Prints figures; asserts nothing.
//   1. no rate limit, --items (300): node time, items/s, expression evaluations per item, time from
//      the node's start to its first request, heap growth per item; rounds alternate engines.
//   2. HighLevel's limit (--max 100 per --interval 10000 ms), --limited (1000) items: time from the
//      node's start to its last answer next to the least the limit allows; also the custom operation
//      without pipelining (every item built before the first request, as RoutingNode does).
// The sandbox runs in a process of its own, as a remote API would: in this process it would take its
// CPU from the node's.
// Usage: npm run build && node --expose-gc scripts/bench-direct.js [--items 300] [--rounds 3]
//        [--limited 1000] [--max 100] [--interval 10000] [--skip-limited]
'use strict';

const { fork } = require('node:child_process');
const events = require('node:events');
const path = require('node:path');

const { MANUAL_TRIGGER_NAME, MANUAL_TRIGGER_TYPE, runWorkflow } = require('./lib/engine');
const { DEFAULTS } = require('../sandbox/server');
const { Expression } = require('n8n-workflow/dist/cjs/expression.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? fallback : Number(args[at + 1]);
};
const ITEMS = option('items', 300);
const ROUNDS = option('rounds', 3);
const LIMITED = option('limited', 1000);
const MAX = option('max', 100);
const INTERVAL_MS = option('interval', 10_000);
const SKIP_LIMITED = args.includes('--skip-limited');

// One abort listener per request in flight on the execution's signal: expected here, not a leak.
events.defaultMaxListeners = Math.max(ITEMS, LIMITED) + 50;

const dist = (file) => require(path.join(__dirname, '..', 'dist', file));
const { HighLevelCalendars } = dist('nodes/HighLevelCalendars/HighLevelCalendars.node.js');
const { runAsRouted } = dist('nodes/HighLevelCalendars/shared/direct/operation.js');
const { HighLevelCalendarsTokenApi } = dist(
	'credentials/HighLevelCalendarsTokenApi.credentials.js',
);

// Every expression n8n evaluates passes here (parameters, routing strings, credentials).
let evaluations = 0;
const resolve = Expression.prototype.resolveSimpleParameterValue;
Expression.prototype.resolveSimpleParameterValue = function (value, ...rest) {
	if (typeof value === 'string' && value.startsWith('=')) evaluations++;
	return resolve.call(this, value, ...rest);
};

/** engine: 'routing' | 'direct' | 'direct-unpipelined' */
function nodeType(engine) {
	const base = new HighLevelCalendars();
	const type = Object.create(base);
	type.customOperations =
		engine === 'routing'
			? undefined
			: {
					appointment: {
						create: runAsRouted(base.description, { pipeline: engine === 'direct' }),
					},
				};
	return type;
}

function inputItems(count) {
	// One hour apart, so that every booking is a distinct appointment.
	const first = Date.UTC(2027, 5, 1, 13);
	return Array.from({ length: count }, (_, i) => {
		const start = new Date(first + i * 3_600_000);
		return {
			json: {
				calendar: DEFAULTS.calendarId,
				contact: DEFAULTS.contactId,
				start: start.toISOString(),
				end: new Date(start.getTime() + 1_800_000).toISOString(),
				title: `Booking ${i}`,
				notes: `Booked by the benchmark, item ${i}`,
			},
		};
	});
}

/** The sandbox process: answers reset and stats messages; notes when the first booking arrives. */
async function sandboxChild() {
	const { startSandbox: start } = require('../sandbox/server');
	const sandbox = await start(JSON.parse(process.env.BENCH_SANDBOX_OPTIONS ?? '{}'));
	let firstAt;
	const watch = () =>
		sandbox.addHook(({ method, path: route }) => {
			if (firstAt === undefined && method === 'POST' && route === '/calendars/events/appointments')
				firstAt = Date.now();
			return false;
		});
	watch();
	process.on('message', (message) => {
		if (message === 'reset') {
			sandbox.reset();
			firstAt = undefined;
			watch();
			process.send({ reset: true });
		} else if (message === 'stats') {
			process.send({ firstAt, stored: sandbox.store.appointments.size });
		}
	});
	process.send({ url: sandbox.url });
}

/** A sandbox in a child process. */
async function startSandbox(options) {
	const child = fork(__filename, ['--sandbox-child'], {
		env: { ...process.env, BENCH_SANDBOX_OPTIONS: JSON.stringify(options) },
	});
	const next = () => new Promise((resolve) => child.once('message', resolve));
	const { url } = await next();
	return {
		url,
		reset: async () => {
			child.send('reset');
			await next();
		},
		stats: async () => {
			child.send('stats');
			return await next();
		},
		close: async () => {
			child.kill();
			await new Promise((resolve) => child.once('exit', resolve));
		},
	};
}

async function book(sandbox, engine, count) {
	const name = 'HighLevel Calendars';
	await sandbox.reset();
	const workflow = {
		id: 'bench-direct',
		name: 'bench direct',
		nodes: [
			{
				id: 't',
				name: MANUAL_TRIGGER_NAME,
				type: MANUAL_TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n',
				name,
				type: 'CUSTOM.highLevelCalendars',
				typeVersion: 1,
				position: [200, 0],
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'id', value: '={{ $json.calendar }}' },
					contactId: { __rl: true, mode: 'id', value: '={{ $json.contact }}' },
					startTime: '={{ $json.start }}',
					appointmentCreateFields: {
						endTime: '={{ $json.end }}',
						title: '={{ $json.title }}',
						description: '={{ $json.notes }}',
						ignoreFreeSlotValidation: true,
					},
				},
				credentials: { highLevelCalendarsTokenApi: { id: 'c1', name: 'HighLevel' } },
				onError: 'continueRegularOutput',
			},
		],
		connections: { [MANUAL_TRIGGER_NAME]: { main: [[{ node: name, type: 'main', index: 0 }]] } },
		pinData: { [MANUAL_TRIGGER_NAME]: inputItems(count) },
		settings: { executionOrder: 'v1' },
	};
	evaluations = 0;
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	let peak = heapBefore;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
	const result = await runWorkflow({
		workflow,
		nodeTypes: { 'CUSTOM.highLevelCalendars': nodeType(engine) },
		credentialTypes: [new HighLevelCalendarsTokenApi()],
		credentials: {
			c1: {
				type: 'highLevelCalendarsTokenApi',
				name: 'HighLevel',
				data: {
					accessToken: DEFAULTS.pitToken,
					locationId: DEFAULTS.locationId,
					baseUrl: sandbox.url,
				},
			},
		},
	});
	clearInterval(sampler);
	const task = result.runData[name][0];
	const out = task.data?.main?.[0] ?? [];
	const { firstAt, stored } = await sandbox.stats();
	return {
		ms: task.executionTime,
		firstMs: firstAt === undefined ? NaN : firstAt - task.startTime,
		evaluationsPerItem: evaluations / count,
		heapKbPerItem: (peak - heapBefore) / 1024 / count,
		failed: out.filter((item) => item.json.error).length,
		stored,
	};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const f = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

async function unlimited() {
	const sandbox = await startSandbox({ faults: { rateLimit: false } });
	try {
		for (const engine of ['routing', 'direct']) await book(sandbox, engine, 30); // warm-up: module loading, JIT
		const runs = { routing: [], direct: [] };
		for (let round = 0; round < ROUNDS; round++) {
			for (const engine of round % 2 ? ['direct', 'routing'] : ['routing', 'direct']) {
				runs[engine].push(await book(sandbox, engine, ITEMS));
			}
		}
		console.log(
			`No rate limit, ${ITEMS} items, six fields by expression, median of ${ROUNDS} rounds:`,
		);
		console.log(
			'  engine    node s  items/s  evaluations/item  first request ms  heap KB/item  failed  stored',
		);
		for (const [engine, list] of Object.entries(runs)) {
			const ms = median(list.map((r) => r.ms));
			console.log(
				`  ${engine.padEnd(8)}  ${f(ms / 1000, 2).padStart(6)}  ${f(ITEMS / (ms / 1000), 0).padStart(7)}  ${f(median(list.map((r) => r.evaluationsPerItem))).padStart(16)}  ${f(median(list.map((r) => r.firstMs)), 0).padStart(16)}  ${f(median(list.map((r) => r.heapKbPerItem))).padStart(12)}  ${String(list.at(-1).failed).padStart(6)}  ${String(list.at(-1).stored).padStart(6)}`,
			);
		}
		const [r, d] = [median(runs.routing.map((x) => x.ms)), median(runs.direct.map((x) => x.ms))];
		console.log(`  node time: ${f(((d - r) / r) * 100, 0)}% with the custom operation\n`);
	} finally {
		await sandbox.close();
	}
}

async function limited() {
	const least = (Math.ceil(LIMITED / MAX) - 1) * INTERVAL_MS;
	console.log(
		`Rate limit ${MAX} per ${INTERVAL_MS / 1000} s, ${LIMITED} items (the limit allows no less than ${least / 1000} s):`,
	);
	console.log('  engine              node s  of the least  first request ms  failed  stored');
	for (const engine of ['routing', 'direct', 'direct-unpipelined']) {
		// A sandbox (so a host, so a rate gate) of its own for each run: no budget carried over.
		const sandbox = await startSandbox({
			faults: { rateLimit: { max: MAX, intervalMs: INTERVAL_MS } },
		});
		try {
			const r = await book(sandbox, engine, LIMITED);
			console.log(
				`  ${engine.padEnd(18)}  ${f(r.ms / 1000, 1).padStart(6)}  ${f((r.ms / least) * 100, 1).padStart(11)}%  ${f(r.firstMs, 0).padStart(16)}  ${String(r.failed).padStart(6)}  ${String(r.stored).padStart(6)}`,
			);
		} finally {
			await sandbox.close();
		}
	}
}

async function main() {
	console.log(
		`node ${process.version}, ${require('node:os').cpus().length} cores, n8n-core ${require('n8n-core/package.json').version}\n`,
	);
	await unlimited();
	if (!SKIP_LIMITED) await limited();
}

if (process.argv.includes('--sandbox-child')) {
	void sandboxChild();
} else {
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}

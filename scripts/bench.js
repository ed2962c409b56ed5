#!/usr/bin/env node
// Benchmark (not part of `npm test`), in two parts:
// 1. n8n-core: pushes N appointments through Appointment: Create in the package's test harness
//    (scripts/lib/engine.js) against the sandbox, first under a scaled-down rate limit, then without
//    one next to plain HTTP calls.
// 2. Real n8n (scripts/bench/n8n.js): the node next to n8n's HTTP Request node in one n8n process
//    (items/s, heap growth per item, expression evaluations per item), and 1000 bookings at
//    HighLevel's limit of 100 per 10 s.
// Usage: npm run bench -- [--items 300] [--max 20] [--interval 1000] [--rounds 3] [--line 2.x[,1.x]]
//        [--bookings 1000] [--no-limited] [--no-core] [--no-n8n]
'use strict';

const events = require('node:events');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const { runNode } = require('./lib/engine');
const { DEFAULTS, startSandbox } = require('../sandbox/server');
const { parseArgs } = require('./bench/figures');
const { benchRealN8n } = require('./bench/n8n');

const OPTS = parseArgs(process.argv.slice(2));
const ITEMS = OPTS.items;
const MAX = OPTS.coreMax;
const INTERVAL_MS = OPTS.coreIntervalMs;

// n8n-core adds one abort listener per request in flight to the execution's signal; hundreds of
// items in flight are expected here, not a leak.
events.defaultMaxListeners = ITEMS + 50;

const dist = (file) => require(path.join(__dirname, '..', 'dist', file));
const { HighLevelCalendars } = dist('nodes/HighLevelCalendars/HighLevelCalendars.node.js');
const { HighLevelCalendarsTokenApi } = dist(
	'credentials/HighLevelCalendarsTokenApi.credentials.js',
);

function items(count) {
	// One hour apart, so every booking is a distinct appointment.
	const first = Date.UTC(2027, 5, 1, 13);
	return Array.from({ length: count }, (_, i) => ({
		json: { start: new Date(first + i * 3_600_000).toISOString() },
	}));
}

async function createAppointments(sandbox, count) {
	const started = performance.now();
	const result = await runNode({
		nodeType: new HighLevelCalendars(),
		credentialTypes: [new HighLevelCalendarsTokenApi()],
		parameters: {
			authentication: 'privateIntegrationToken',
			resource: 'appointment',
			operation: 'create',
			calendarId: { __rl: true, mode: 'id', value: DEFAULTS.calendarId },
			contactId: { __rl: true, mode: 'id', value: DEFAULTS.contactId },
			startTime: '={{ $json.start }}',
			appointmentCreateFields: { ignoreFreeSlotValidation: true },
		},
		credentials: {
			highLevelCalendarsTokenApi: {
				accessToken: DEFAULTS.pitToken,
				locationId: DEFAULTS.locationId,
				baseUrl: sandbox.url,
			},
		},
		items: items(count),
		continueOnFail: true,
	});
	return { result, ms: performance.now() - started };
}

function summarize(sandbox, result) {
	const posts = sandbox.requests.filter(
		(r) => r.method === 'POST' && r.path === '/calendars/events/appointments',
	);
	const out = result.items?.[0] ?? [];
	const starts = [...sandbox.store.appointments.values()].map((a) => a.startTime);
	return {
		successes: out.filter((item) => !item.json.error).length,
		failures: out.filter((item) => item.json.error).length,
		rateLimited: posts.filter((r) => r.status === 429).length,
		retries: posts.length - ITEMS,
		stored: sandbox.store.appointments.size,
		duplicates: starts.length - new Set(starts).size,
	};
}

async function plainHttp(sandbox, count) {
	const started = performance.now();
	for (const { json } of items(count)) {
		const response = await fetch(`${sandbox.url}/calendars/events/appointments`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${DEFAULTS.pitToken}`,
				Version: '2021-04-15',
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({
				calendarId: DEFAULTS.calendarId,
				contactId: DEFAULTS.contactId,
				locationId: DEFAULTS.locationId,
				startTime: json.start,
				ignoreFreeSlotValidation: true,
			}),
		});
		await response.json();
	}
	return performance.now() - started;
}

async function main() {
	if (OPTS.core) await benchCore();
	if (OPTS.n8n) await benchRealN8n(OPTS);
}

async function benchCore() {
	console.log(
		`n8n-core harness: node ${process.version}, ${require('node:os').cpus().length} cores; ${ITEMS} appointments\n`,
	);

	const limited = await startSandbox({
		faults: { rateLimit: { max: MAX, intervalMs: INTERVAL_MS } },
	});
	try {
		const { result, ms } = await createAppointments(limited, ITEMS);
		const s = summarize(limited, result);
		const perSecond = ITEMS / (ms / 1000);
		const ceiling = (MAX * 1000) / INTERVAL_MS;
		// The fastest any client can go: a full window at once, then one window per further batch.
		const floorMs = (Math.ceil(ITEMS / MAX) - 1) * INTERVAL_MS;
		console.log(`With a rate limit of ${MAX} per ${INTERVAL_MS} ms:`);
		console.log(
			`  elapsed                 ${(ms / 1000).toFixed(2)} s (the limit allows no less than ${(floorMs / 1000).toFixed(2)} s: ${((floorMs / ms) * 100).toFixed(0)}% of the best possible)`,
		);
		console.log(
			`  throughput              ${perSecond.toFixed(1)} items/s (the limit's rate: ${ceiling.toFixed(1)} items/s)`,
		);
		console.log(`  successes / failures    ${s.successes} / ${s.failures}`);
		console.log(`  429s received           ${s.rateLimited}`);
		console.log(`  retries                 ${s.retries}`);
		console.log(`  stored / duplicates     ${s.stored} / ${s.duplicates}\n`);
	} finally {
		await limited.close();
	}

	const open = await startSandbox({ faults: { rateLimit: false } });
	try {
		await createAppointments(open, 20); // warm-up: module loading, JIT
		open.reset();
		global.gc?.();
		const before = process.memoryUsage();
		let peakHeap = before.heapUsed;
		const sampler = setInterval(
			() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
			5,
		);
		const { ms } = await createAppointments(open, ITEMS);
		clearInterval(sampler);
		const after = process.memoryUsage();
		open.reset();
		const httpMs = await plainHttp(open, ITEMS);
		console.log('Without a rate limit:');
		console.log(
			`  node, all items         ${(ms / 1000).toFixed(2)} s  (${(ms / ITEMS).toFixed(2)} ms per item, ${(ITEMS / (ms / 1000)).toFixed(0)} items/s)`,
		);
		console.log(
			`  plain HTTP, one by one  ${(httpMs / 1000).toFixed(2)} s  (${(httpMs / ITEMS).toFixed(2)} ms per item)`,
		);
		const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
		console.log(
			`  memory (node run)       heap ${mb(before.heapUsed)} MB before, peak ${mb(peakHeap)} MB (+${mb(peakHeap - before.heapUsed)} MB, ${((peakHeap - before.heapUsed) / 1024 / ITEMS).toFixed(1)} KB per item in flight), rss ${mb(after.rss)} MB`,
		);
	} finally {
		await open.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

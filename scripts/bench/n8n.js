// @ts-check
/**
 * The real-n8n part of `npm run bench` (not part of `npm test`). One `n8n start` process per n8n line,
 * with the package installed the way n8n's Community Nodes installer does, against the sandbox:
 * 1. Items per second and memory per item of Appointment: Create next to n8n's HTTP Request node,
 *    in the same process, several rounds in alternating order. Both get the same items from a Code
 *    node and map the same six fields by expression (start and end time, title, status, address,
 *    description) into the same JSON body on the same path, with the same credential (HTTP Request
 *    uses it as a predefined credential type). The sandbox allows 1,000,000 requests per 10 s here.
 * 2. 1000 bookings against a sandbox that allows 100 per 10 s (HighLevel's limit), timed from the
 *    node's start to its end, next to the least time the limit allows.
 * A preload (scripts/bench/preload.js) counts expression evaluations per node and samples the heap
 * inside the n8n process; node times come from n8n's own run data.
 *
 * Usage (through npm run bench, or alone): node scripts/bench/n8n.js [--items 300] [--rounds 3]
 *   [--line 2.x|1.x|2.x,1.x] [--bookings 1000] [--limit-max 100] [--limit-interval 10000] [--no-limited]
 * Needs the line installed (`node scripts/e2e/lines.js 2.x`, or N8N_CACHE_DIR pointing at installs);
 * a missing line is installed first (about 2.5 GB, 3-6 minutes). HL_BENCH_N8N_LOG=<file> keeps n8n's
 * whole output (with N8N_LOG_LEVEL=debug for the details).
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { randomUUID } = require('node:crypto');

const { getLine, ensureN8n, n8nEnv } = require('../e2e/lines');
const {
	cli,
	ensureOwnerLogin,
	freePort,
	installPackageLikeN8n,
	packPackage,
	restClient,
	stopProcess,
	PACKAGE_NAME,
} = require('../e2e/n8n');
const { DEFAULTS, startSandbox } = require('../../sandbox/server');
const { heapGrowth, leastTimeMs, nodeRun, parseArgs, roundOrder, summarize } = require('./figures');

const log = (/** @type {string} */ msg) => console.log(`[bench:n8n] ${msg}`);
const PRELOAD = path.join(__dirname, 'preload.js');
const APPOINTMENTS = '/calendars/events/appointments';
const OPEN_LIMIT = { max: 1_000_000, intervalMs: 10_000 };
const ZONE = 'America/New_York';

/** The six fields each item carries, and each node maps by expression. */
const CODE = [
	'const { first, count } = $input.first().json.body;',
	'return Array.from({ length: count }, (_, i) => {',
	// One hour apart, so every booking is its own appointment; times written as the node writes them
	// (the offset in the workflow's zone), so both nodes send the same body.
	`  const start = DateTime.fromMillis(first + i * 3600000, { zone: '${ZONE}' });`,
	'  return { json: {',
	'    start: start.toISO({ suppressMilliseconds: true }),',
	'    end: start.plus({ minutes: 30 }).toISO({ suppressMilliseconds: true }),',
	'    title: `Benchmark booking ${i + 1}`,',
	"    status: 'confirmed',",
	'    address: `https://meet.example.com/bench-${i + 1}`,',
	"    description: 'Booked by npm run bench',",
	'  } };',
	'});',
].join('\n');

const MAPPED = {
	startTime: '={{ $json.start }}',
	endTime: '={{ $json.end }}',
	title: '={{ $json.title }}',
	appointmentStatus: '={{ $json.status }}',
	address: '={{ $json.address }}',
	description: '={{ $json.description }}',
};

/**
 * @param {{ id: string, path: string, node: any }} o
 */
function workflow(o) {
	return {
		id: o.id,
		name: `bench: ${o.id}`,
		active: false,
		nodes: [
			{
				parameters: {
					httpMethod: 'POST',
					path: o.path,
					responseMode: 'lastNode',
					responseData: 'noData',
					options: {},
				},
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: randomUUID(),
			},
			{
				parameters: { jsCode: CODE },
				id: randomUUID(),
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
			},
			{ ...o.node, id: randomUUID(), name: 'Book', position: [440, 0] },
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Book', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', timezone: ZONE },
	};
}

/** @param {{ id: string, name: string }} credential */
function ourNode(credential) {
	return {
		parameters: {
			authentication: 'privateIntegrationToken',
			resource: 'appointment',
			operation: 'create',
			calendarId: { __rl: true, mode: 'id', value: DEFAULTS.calendarId },
			contactId: { __rl: true, mode: 'id', value: DEFAULTS.contactId },
			startTime: MAPPED.startTime,
			appointmentCreateFields: {
				endTime: MAPPED.endTime,
				title: MAPPED.title,
				appointmentStatus: MAPPED.appointmentStatus,
				address: MAPPED.address,
				description: MAPPED.description,
			},
		},
		type: `${PACKAGE_NAME}.highLevelCalendars`,
		typeVersion: 1,
		onError: 'continueRegularOutput',
		credentials: { highLevelCalendarsTokenApi: credential },
	};
}

/**
 * n8n's HTTP Request node sending what our node sends: same path, Version header, credential, body.
 * @param {{ id: string, name: string }} credential
 * @param {string} baseUrl
 */
function httpRequestNode(credential, baseUrl) {
	const constant = (/** @type {string} */ name, /** @type {string} */ value) => ({ name, value });
	return {
		parameters: {
			method: 'POST',
			url: `${baseUrl}${APPOINTMENTS}`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'highLevelCalendarsTokenApi',
			sendHeaders: true,
			headerParameters: { parameters: [constant('Version', '2021-04-15')] },
			sendBody: true,
			contentType: 'json',
			specifyBody: 'keypair',
			bodyParameters: {
				parameters: [
					...Object.entries(MAPPED).map(([name, value]) => ({ name, value })),
					constant('locationId', DEFAULTS.locationId),
					constant('calendarId', DEFAULTS.calendarId),
					constant('contactId', DEFAULTS.contactId),
				],
			},
			options: {},
		},
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		onError: 'continueRegularOutput',
		credentials: { highLevelCalendarsTokenApi: credential },
	};
}

/**
 * `n8n start` with the preload and --expose-gc (n8nEnv drops NODE_OPTIONS, and task runners must not
 * get them); resolves once the editor is up.
 * @param {any} inst
 * @param {number} probePort
 */
async function startN8n(inst, probePort) {
	const port = await freePort();
	const env = n8nEnv(inst.line, {
		userFolder: inst.userFolder,
		port,
		brokerPort: inst.brokerPort,
		extra: { HL_BENCH_PROBE_PORT: String(probePort) },
	});
	const child = spawn(inst.nodeBin, ['--expose-gc', '--require', PRELOAD, inst.bin, 'start'], {
		cwd: inst.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	let exited = false;
	const logFile = process.env.HL_BENCH_N8N_LOG;
	const onData = (/** @type {Buffer} */ b) => {
		output = (output + b.toString()).slice(-20_000);
		if (logFile) fs.appendFileSync(logFile, b);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	child.on('exit', () => (exited = true));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 180_000;
	for (;;) {
		if (exited) throw new Error(`n8n start exited before it was ready:\n${output.slice(-3000)}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n start was not ready in time:\n${output.slice(-3000)}`);
		}
		if (/Editor is now accessible via/.test(output)) {
			try {
				if ((await fetch(`${url}/healthz`)).ok) break;
			} catch {
				// not listening yet
			}
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	return { url, output: () => output, stop: () => stopProcess(child, () => exited) };
}

/** @param {number} probePort @param {'begin' | 'end'} what */
async function probe(probePort, what) {
	const response = await fetch(`http://127.0.0.1:${probePort}/${what}`);
	if (!response.ok) throw new Error(`bench preload answered ${response.status} to /${what}`);
	return /** @type {any} */ (await response.json());
}

/**
 * The newest execution of a workflow once it is finished, with its run data.
 * @param {ReturnType<typeof restClient>} client
 * @param {string} workflowId
 * @param {string | undefined} after  id of the execution before this one
 * @param {(text: string) => any} parseFlatted
 */
async function finishedExecution(client, workflowId, after, parseFlatted) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const deadline = Date.now() + 120_000;
	for (;;) {
		const list = await client.request('GET', `/rest/executions?filter=${filter}&limit=1`);
		const latest = list.json?.data?.results?.[0];
		const done =
			latest &&
			String(latest.id) !== after &&
			!['new', 'running', 'waiting'].includes(latest.status) &&
			latest.stoppedAt;
		if (done) {
			const one = await client.request('GET', `/rest/executions/${latest.id}`);
			const data = one.json?.data?.data;
			if (typeof data !== 'string')
				throw new Error(
					`no run data for execution ${latest.id}: ${JSON.stringify(one.json).slice(0, 300)}`,
				);
			return { id: String(latest.id), status: latest.status, data: parseFlatted(data) };
		}
		if (Date.now() > deadline)
			throw new Error(
				`execution of ${workflowId} did not finish: ${list.status} ${JSON.stringify(list.json).slice(0, 500)}`,
			);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * One benchmark of one n8n line.
 * @param {string} lineId
 * @param {ReturnType<typeof parseArgs>} opts
 */
async function benchLine(lineId, opts) {
	const line = getLine(lineId);
	const installed = await ensureN8n(line, log);
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-bench-n8n-'));
	/** @type {Array<() => Promise<unknown>>} */
	const cleanup = [async () => fs.rmSync(userFolder, { recursive: true, force: true })];
	try {
		installPackageLikeN8n(packPackage(userFolder).file, userFolder);
		const open = await startSandbox({ faults: { rateLimit: OPEN_LIMIT } });
		cleanup.push(() => open.close());
		const limited = await startSandbox({
			faults: { rateLimit: { max: opts.limitMax, intervalMs: opts.limitIntervalMs } },
		});
		cleanup.push(() => limited.close());

		const inst = {
			line,
			bin: installed.bin,
			nodeBin: installed.node.bin,
			userFolder,
			brokerPort: await freePort(),
		};
		const openCred = { id: 'hlBenchOpen', name: 'HighLevel sandbox (no limit)' };
		const limitedCred = { id: 'hlBenchLimited', name: 'HighLevel sandbox (100 per 10 s)' };
		const credential = (
			/** @type {{id: string, name: string}} */ c,
			/** @type {string} */ url,
		) => ({
			...c,
			type: 'highLevelCalendarsTokenApi',
			data: { accessToken: DEFAULTS.pitToken, locationId: DEFAULTS.locationId, baseUrl: url },
		});
		const workflows = {
			ours: workflow({ id: 'hlBenchOurs', path: 'hl-bench-ours', node: ourNode(openCred) }),
			http: workflow({
				id: 'hlBenchHttp',
				path: 'hl-bench-http',
				node: httpRequestNode(openCred, open.url),
			}),
			limited: workflow({
				id: 'hlBenchLimited',
				path: 'hl-bench-limited',
				node: ourNode(limitedCred),
			}),
		};
		const credsFile = path.join(userFolder, 'credentials.json');
		fs.writeFileSync(
			credsFile,
			JSON.stringify([credential(openCred, open.url), credential(limitedCred, limited.url)]),
		);
		const wfFile = path.join(userFolder, 'workflows.json');
		fs.writeFileSync(wfFile, JSON.stringify(Object.values(workflows)));
		const activate = (/** @type {string} */ id) =>
			line.id === '1.x'
				? ['update:workflow', `--id=${id}`, '--active=true']
				: ['publish:workflow', `--id=${id}`];
		for (const args of [
			['import:credentials', `--input=${credsFile}`],
			['import:workflow', `--input=${wfFile}`],
			...Object.values(workflows).map((w) => activate(w.id)),
		]) {
			const r = await cli(inst, args);
			if (r.code !== 0) throw new Error(`n8n ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
		}

		const probePort = await freePort();
		const n8n = await startN8n(inst, probePort);
		cleanup.push(() => n8n.stop());
		const client = restClient(n8n.url);
		await ensureOwnerLogin(client);
		const { parse: parseFlatted } = require(
			require.resolve('flatted', { paths: [path.dirname(installed.bin)] }),
		);

		/** @type {Record<string, string | undefined>} */
		const lastExecution = {};
		const first = Date.UTC(2027, 5, 1, 13);
		/**
		 * @param {'ours' | 'http' | 'limited'} which
		 * @param {any} sandbox
		 * @param {number} count
		 */
		const runOnce = async (which, sandbox, count) => {
			const wf = workflows[which];
			sandbox.reset();
			/** @type {number[]} */
			const bookingTimes = [];
			sandbox.addHook((/** @type {any} */ ctx) => {
				if (ctx.method === 'POST' && ctx.path === APPOINTMENTS) bookingTimes.push(Date.now());
				return false;
			});
			const begin = await probe(probePort, 'begin');
			const url = `${n8n.url}/webhook/${wf.nodes[0].parameters.path}`;
			let t0 = performance.now();
			let response;
			let answer;
			// n8n 2.x registers published webhooks in the background after it says it is ready: a 404
			// for a registered path says so, and the POST has not started an execution.
			for (const deadline = Date.now() + 60_000; ;) {
				t0 = performance.now();
				response = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ first, count }),
					signal: AbortSignal.timeout(600_000),
				});
				answer = await response.text();
				if (response.status !== 404 || Date.now() > deadline) break;
				await new Promise((r) => setTimeout(r, 250));
			}
			const wallMs = performance.now() - t0;
			if (!response.ok)
				throw new Error(
					`the webhook of ${wf.id} answered ${response.status}: ${answer.slice(0, 500)}\nn8n:\n${n8n.output().slice(-4000)}`,
				);
			const execution = await finishedExecution(client, wf.id, lastExecution[which], parseFlatted);
			lastExecution[which] = execution.id;
			const end = await probe(probePort, 'end');
			const run = nodeRun(execution.data.resultData.runData, 'Book');
			const growth = heapGrowth(
				end.samples,
				begin.baseline,
				run.startTime,
				run.startTime + run.executionTime,
			);
			const posts = sandbox.requests.filter(
				(/** @type {any} */ r) => r.method === 'POST' && r.path === APPOINTMENTS,
			);
			const evaluations = end.counts.Book ?? { count: 0, ms: 0 };
			return {
				items: count,
				nodeMs: run.executionTime,
				wallMs,
				heapGrowth: growth.growth,
				heapSamples: growth.samples,
				retained: end.heapAfterGc - begin.baseline,
				evaluations: evaluations.count,
				evaluationMs: evaluations.ms,
				errors: run.errors + (count - run.items),
				firstError: run.firstError ?? run.error,
				status: response.status,
				posts,
				rateLimited: posts.filter((/** @type {any} */ r) => r.status === 429).length,
				stored: sandbox.store.appointments.size,
				gcExposed: begin.gcExposed,
				firstRequestMs: bookingTimes.length ? bookingTimes[0] - run.startTime : NaN,
				lastRequestMs: bookingTimes.length
					? bookingTimes[bookingTimes.length - 1] - run.startTime
					: NaN,
			};
		};

		const conditions = {
			n8n: line.n8n,
			node: installed.node.version,
			cores: os.cpus().length,
			load: os
				.loadavg()
				.map((l) => l.toFixed(2))
				.join(' '),
			expressionEngine: line.env.N8N_EXPRESSION_ENGINE ?? 'default (vm)',
		};
		log(
			`n8n ${conditions.n8n} on Node ${conditions.node}, ${conditions.cores} cores, load average ${conditions.load}`,
		);

		// Warm-up: module loading, JIT, the credential's first decryption, n8n's caches.
		for (const which of /** @type {const} */ (['ours', 'http'])) await runOnce(which, open, 20);

		// The same body on the wire, or the comparison is not fair.
		const bodies = [];
		for (const which of /** @type {const} */ (['ours', 'http'])) {
			const r = await runOnce(which, open, 1);
			bodies.push({
				which,
				body: r.posts[0]?.body,
				headers: r.posts[0]?.headers,
				error: r.firstError,
			});
		}
		const sameBody =
			JSON.stringify(sortKeys(bodies[0].body)) === JSON.stringify(sortKeys(bodies[1].body));

		/** @type {Record<'ours' | 'http', any[]>} */
		const rounds = { ours: [], http: [] };
		for (let round = 0; round < opts.rounds; round++) {
			for (const which of roundOrder(round, /** @type {['ours', 'http']} */ (['ours', 'http']))) {
				const r = await runOnce(which, open, opts.items);
				rounds[which].push(r);
				log(
					`round ${round + 1} ${which === 'ours' ? 'HighLevel Calendars' : 'HTTP Request'}: node ${(r.nodeMs / 1000).toFixed(2)} s, wall ${(r.wallMs / 1000).toFixed(2)} s, ${r.errors} failed${r.firstError ? ` (${r.firstError})` : ''}, ${r.stored} stored`,
				);
			}
		}

		let limitedRun;
		if (opts.limited) {
			log(`${opts.bookings} bookings at ${opts.limitMax} per ${opts.limitIntervalMs / 1000} s ...`);
			const r = await runOnce('limited', limited, opts.bookings);
			const starts = [...limited.store.appointments.values()].map((a) => a.startTime);
			limitedRun = {
				...r,
				leastMs: leastTimeMs(opts.bookings, opts.limitMax, opts.limitIntervalMs),
				duplicates: starts.length - new Set(starts).size,
			};
		}
		return {
			conditions,
			bodies,
			sameBody,
			ours: summarize(rounds.ours),
			http: summarize(rounds.http),
			limited: limitedRun,
			gcExposed: rounds.ours[0]?.gcExposed,
		};
	} finally {
		for (const step of cleanup.reverse()) await step();
	}
}

/** @param {any} value @returns {any} */
function sortKeys(value) {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((k) => [k, sortKeys(value[k])]),
	);
}

/**
 * Prints one line's figures.
 * @param {Awaited<ReturnType<typeof benchLine>>} r
 * @param {ReturnType<typeof parseArgs>} opts
 */
function report(r, opts) {
	const c = r.conditions;
	const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
	console.log(
		`\nReal n8n ${c.n8n} (Node ${c.node}, ${c.cores} cores, load average at start ${c.load}, expression engine ${c.expressionEngine}); one n8n process; Webhook -> Code (${opts.items} items) -> the node; ${opts.rounds} rounds, alternating order, after a warm-up; sandbox limit ${OPEN_LIMIT.max} per ${OPEN_LIMIT.intervalMs / 1000} s`,
	);
	console.log(
		`  same body on the wire: ${r.sameBody ? 'yes' : 'NO'} (${Object.keys(r.bodies[0].body ?? {}).length} properties: ${Object.keys(sortKeys(r.bodies[0].body ?? {})).join(', ')})`,
	);
	if (!r.sameBody)
		for (const b of r.bodies)
			console.log(`    ${b.which}: ${JSON.stringify(b.body)}${b.error ? ` (${b.error})` : ''}`);
	const rows = [
		['HighLevel Calendars: Appointment: Create', r.ours],
		['HTTP Request (same six expressions)', r.http],
	];
	console.log(
		'  node                                      items/s node (min-max)  items/s wall  ms/item  heap growth/item  retained/item  expr. evals/item  expr. ms/item  failed',
	);
	for (const [name, s] of /** @type {Array<[string, any]>} */ (rows)) {
		console.log(
			`  ${String(name).padEnd(42)}${`${s.itemsPerSecond.toFixed(1)} (${s.itemsPerSecondMin.toFixed(0)}-${s.itemsPerSecondMax.toFixed(0)})`.padEnd(22)}${s.wallItemsPerSecond.toFixed(1).padEnd(14)}${s.msPerItem.toFixed(2).padEnd(9)}${`${kb(s.heapGrowthPerItem)} KB`.padEnd(18)}${`${kb(s.retainedPerItem)} KB`.padEnd(15)}${s.evaluationsPerItem.toFixed(1).padEnd(18)}${s.evaluationMsPerItem.toFixed(2).padEnd(15)}${s.errors}`,
		);
	}
	const speed = r.ours.itemsPerSecond / r.http.itemsPerSecond;
	const memory = r.ours.heapGrowthPerItem / r.http.heapGrowthPerItem;
	console.log(
		`  targets: items/s at least HTTP Request's: ${speed >= 1 ? 'met' : 'MISSED'} (${(speed * 100).toFixed(0)}%); heap growth per item at most HTTP Request's: ${memory <= 1 ? 'met' : 'MISSED'} (${(memory * 100).toFixed(0)}%)`,
	);
	if (r.gcExposed === false)
		console.log('  (gc was not exposed: heap figures include uncollected garbage from before)');
	const l = r.limited;
	if (l) {
		const ratio = l.nodeMs / l.leastMs;
		console.log(
			`  ${opts.bookings} bookings at ${opts.limitMax} per ${opts.limitIntervalMs / 1000} s: node start to end ${(l.nodeMs / 1000).toFixed(1)} s, least the limit allows ${(l.leastMs / 1000).toFixed(1)} s, ratio ${(ratio * 100).toFixed(1)}% (target <= 111%: ${ratio <= 1.11 ? 'met' : 'MISSED'}); wall ${(l.wallMs / 1000).toFixed(1)} s; ${l.stored} stored, ${l.duplicates} duplicates, ${l.errors} failed${l.firstError ? ` (${l.firstError})` : ''}, ${l.rateLimited} answered 429 (of ${l.posts.length} requests); first booking request ${(l.firstRequestMs / 1000).toFixed(1)} s and last ${(l.lastRequestMs / 1000).toFixed(1)} s after the node's start; ${(l.evaluations / opts.bookings).toFixed(1)} expression evaluations per item`,
		);
	}
}

/** @param {ReturnType<typeof parseArgs>} opts */
async function benchRealN8n(opts) {
	for (const lineId of opts.lines) report(await benchLine(lineId, opts), opts);
}

module.exports = { benchRealN8n };

if (require.main === module) {
	const opts = parseArgs(process.argv.slice(2));
	benchRealN8n(opts).catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}

#!/usr/bin/env node
// @ts-check
/**
 * Benchmark (not part of `npm test`): real n8n 2.x in queue mode, as users run it when they outgrow one
 * process: a main, Redis and several workers, each worker a Node process with its own rate gate. The
 * package is installed as n8n installs community packages. Several executions of Appointment: Create
 * run at once against one sub-account of the sandbox, which enforces a HighLevel-like limit; the
 * gates share the budget only through the sandbox's X-RateLimit-* headers.
 *
 * Prints, per setup: bookings stored, duplicates, failed items, 429 answers, each execution's time
 * next to its fair share (the least time the limit allows for all executions at once, since they
 * share it), and the requests each execution sent.
 *
 * Usage: npm run bench:queue -- [--workers 2,3] [--executions 3] [--items 100] [--max 20]
 *        [--interval 1000] [--no-build] [--keep]
 * Needs: the 2.x line installed (`node scripts/e2e/lines.js 2.x`, or N8N_CACHE_DIR pointing at an
 * install), and Debian's redis-server (installed with apt-get when missing).
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { getLine, ensureN8n, ROOT } = require('./e2e/lines');
const { cli, freePort, installPackageLikeN8n, packPackage, PACKAGE_NAME } = require('./e2e/n8n');
const { ensureRedis, startQueue } = require('./queue/cluster');
const { DEFAULTS, startSandbox } = require('../sandbox/server');

/** @param {string[]} argv */
function parseArgs(argv) {
	const opts = {
		workers: [2, 3],
		executions: 3,
		items: 100,
		max: 20,
		interval: 1000,
		build: true,
		keep: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => argv[++i];
		if (a === '--workers') opts.workers = value().split(',').map(Number);
		else if (a === '--executions') opts.executions = Number(value());
		else if (a === '--items') opts.items = Number(value());
		else if (a === '--max') opts.max = Number(value());
		else if (a === '--interval') opts.interval = Number(value());
		else if (a === '--no-build') opts.build = false;
		else if (a === '--keep') opts.keep = true;
		else throw new Error(`Unknown option ${a}`);
	}
	return opts;
}

const log = (/** @type {string} */ msg) => console.log(`[bench:queue] ${msg}`);
const USER_FOLDER = path.join(os.tmpdir(), 'n8n-nodes-highlevel-calendars-bench-queue');
const WEBHOOK_PATH = 'bench-queue-book';

/** The workflow: a webhook answers when the last node is done, with all its items. */
function workflow() {
	return {
		id: 'benchQueueBook',
		name: 'bench:queue: book appointments',
		active: false,
		nodes: [
			{
				parameters: {
					httpMethod: 'POST',
					path: WEBHOOK_PATH,
					responseMode: 'lastNode',
					responseData: 'allEntries',
					options: {},
				},
				id: '7f0c1a52-3c1b-4b8e-9d7e-000000000001',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '7f0c1a52-3c1b-4b8e-9d7e-0000000000aa',
			},
			{
				parameters: {
					jsCode: [
						'const { first, count } = $input.first().json.body;',
						'return Array.from({ length: count }, (_, i) => ({',
						'  json: { start: new Date(first + i * 3600000).toISOString() },',
						'}));',
					].join('\n'),
				},
				id: '7f0c1a52-3c1b-4b8e-9d7e-000000000002',
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
			},
			{
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'id', value: DEFAULTS.calendarId },
					contactId: { __rl: true, mode: 'id', value: DEFAULTS.contactId },
					startTime: '={{ $json.start }}',
					appointmentCreateFields: { ignoreFreeSlotValidation: true },
				},
				id: '7f0c1a52-3c1b-4b8e-9d7e-000000000003',
				name: 'Book',
				type: `${PACKAGE_NAME}.highLevelCalendars`,
				typeVersion: 1,
				position: [440, 0],
				onError: 'continueRegularOutput',
				credentials: {
					highLevelCalendarsTokenApi: {
						id: 'benchQueueToken',
						name: 'HighLevel sandbox (Private Integration Token)',
					},
				},
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Book', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

/**
 * One setup: main + `workers` workers, `executions` webhook calls at once.
 * @param {any} inst
 * @param {any} sandbox
 * @param {string} redisBin
 * @param {number} workers
 * @param {ReturnType<typeof parseArgs>} opts
 */
async function runSetup(inst, sandbox, redisBin, workers, opts) {
	const queue = await startQueue(inst, redisBin, { workers });
	try {
		const main = queue.main;
		log(
			`${workers} workers ready; ${opts.executions} executions of ${opts.items} bookings at once`,
		);

		sandbox.reset();
		sandbox.rateLimiter.configure({ max: opts.max, intervalMs: opts.interval });
		const first = Date.UTC(2027, 8, 1, 6);
		const started = Date.now();
		const calls = Array.from({ length: opts.executions }, async (_, e) => {
			const t0 = Date.now();
			const response = await fetch(`${main.url}/webhook/${WEBHOOK_PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ first: first + e * opts.items * 3_600_000, count: opts.items }),
				signal: AbortSignal.timeout(600_000),
			});
			const text = await response.text();
			/** @type {any[]} */
			let out = [];
			try {
				out = JSON.parse(text);
			} catch {
				out = [];
			}
			return { status: response.status, seconds: (Date.now() - t0) / 1000, out, text };
		});
		const results = await Promise.all(calls);
		const allSeconds = (Date.now() - started) / 1000;

		const bookings = sandbox.requests.filter(
			(/** @type {any} */ r) => r.method === 'POST' && r.path === '/calendars/events/appointments',
		);
		const rateLimited = bookings.filter((/** @type {any} */ r) => r.status === 429).length;
		const starts = [...sandbox.store.appointments.values()].map((a) => a.startTime);
		const total = opts.executions * opts.items;
		const fairSeconds = Math.max(0, Math.ceil(total / opts.max) - 1) * (opts.interval / 1000);
		const perExecution = results.map((r, e) => {
			const from = first + e * opts.items * 3_600_000;
			const to = from + opts.items * 3_600_000;
			const mine = bookings.filter((/** @type {any} */ r) => {
				const t = Date.parse(r.body?.startTime ?? '');
				return t >= from && t < to;
			});
			return {
				status: r.status,
				seconds: r.seconds,
				items: Array.isArray(r.out) ? r.out.length : 0,
				failed: Array.isArray(r.out) ? r.out.filter((i) => i && i.error).length : 0,
				requests: mine.length,
				rateLimited: mine.filter((/** @type {any} */ r) => r.status === 429).length,
				sample: Array.isArray(r.out) ? '' : r.text.slice(0, 300),
			};
		});
		const failed = perExecution.reduce((n, e) => n + e.failed + (opts.items - e.items), 0);
		const worst = Math.max(...perExecution.map((e) => e.seconds / fairSeconds));
		console.log(
			`\nn8n ${inst.line.n8n} queue mode: main + ${workers} workers (concurrency 10), Redis; sandbox limit ${opts.max} per ${opts.interval} ms on one sub-account; ${opts.executions} executions x ${opts.items} bookings at once`,
		);
		console.log(
			`  stored / duplicates       ${starts.length} / ${starts.length - new Set(starts).size}`,
		);
		console.log(`  failed items              ${failed}`);
		console.log(
			`  429 answers               ${rateLimited} (of ${bookings.length} booking requests)`,
		);
		console.log(
			`  fair share                ${fairSeconds.toFixed(1)} s (${total} bookings at ${opts.max} per ${opts.interval / 1000} s, all executions at once)`,
		);
		perExecution.forEach((e, i) =>
			console.log(
				`  execution ${i + 1}               ${e.seconds.toFixed(1)} s (${(e.seconds / fairSeconds).toFixed(2)}x fair), HTTP ${e.status}, ${e.items} items, ${e.failed} failed, ${e.requests} requests, ${e.rateLimited} answered 429${e.sample ? `; ${e.sample}` : ''}`,
			),
		);
		console.log(
			`  all done after            ${allSeconds.toFixed(1)} s; slowest ${worst.toFixed(2)}x fair`,
		);
		const targets = [
			['300 stored', starts.length === total],
			['0 duplicates', starts.length === new Set(starts).size],
			['0 failed', failed === 0],
			['<= 15 answered 429', rateLimited <= 15],
			['no execution slower than 1.5x fair', worst <= 1.5],
		];
		console.log(
			`  targets                   ${targets.map(([name, ok]) => `${ok ? 'met' : 'MISSED'}: ${name}`).join('; ')}`,
		);
		return { workers, stored: starts.length, rateLimited, failed, worst, perExecution };
	} finally {
		await queue.stop();
	}
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const line = getLine('2.x');
	const installed = await ensureN8n(line, log);
	const redisBin = ensureRedis(log);
	if (opts.build) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
	fs.rmSync(USER_FOLDER, { recursive: true, force: true });
	fs.mkdirSync(USER_FOLDER, { recursive: true });
	const tarball = packPackage(USER_FOLDER).file;
	installPackageLikeN8n(tarball, USER_FOLDER);

	const sandbox = await startSandbox({
		faults: { rateLimit: { max: opts.max, intervalMs: opts.interval } },
	});
	try {
		const inst = {
			line,
			bin: installed.bin,
			nodeBin: installed.node.bin,
			userFolder: USER_FOLDER,
			brokerPort: await freePort(),
		};
		const credsFile = path.join(USER_FOLDER, 'credentials.json');
		fs.writeFileSync(
			credsFile,
			JSON.stringify([
				{
					id: 'benchQueueToken',
					name: 'HighLevel sandbox (Private Integration Token)',
					type: 'highLevelCalendarsTokenApi',
					data: {
						accessToken: DEFAULTS.pitToken,
						locationId: DEFAULTS.locationId,
						baseUrl: sandbox.url,
					},
				},
			]),
		);
		const wfFile = path.join(USER_FOLDER, 'workflow.json');
		fs.writeFileSync(wfFile, JSON.stringify(workflow()));
		for (const args of [
			['import:credentials', `--input=${credsFile}`],
			['import:workflow', `--input=${wfFile}`],
			['publish:workflow', '--id=benchQueueBook'],
		]) {
			const r = await cli(inst, args);
			if (r.code !== 0) throw new Error(`n8n ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
		}
		log(`n8n ${line.n8n} on ${installed.node.version}; ${os.cpus().length} cores`);
		const summaries = [];
		for (const workers of opts.workers) {
			summaries.push(await runSetup(inst, sandbox, redisBin, workers, opts));
		}
		console.log('\nSummary');
		for (const s of summaries) {
			console.log(
				`  ${s.workers} workers: ${s.stored} stored, ${s.failed} failed, ${s.rateLimited} answered 429, slowest execution ${s.worst.toFixed(2)}x its fair share`,
			);
		}
	} finally {
		await sandbox.close();
		if (!opts.keep) fs.rmSync(USER_FOLDER, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

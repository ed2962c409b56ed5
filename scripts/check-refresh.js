#!/usr/bin/env node
// @ts-check
/**
 * Check (not part of `npm test`): OAuth2 token refresh across queue-mode workers, on real n8n.
 * HighLevel issues a new refresh token with each refresh and refuses the used one (invalid_grant),
 * so two workers refreshing one credential at once race. Per line (2.x and 1.x from
 * $N8N_CACHE_DIR): Redis, a main and workers (concurrency 1, so executions started together run
 * on different workers), the package installed as n8n installs community packages, and per run an
 * OAuth2 credential whose access token has just expired. Each run starts `--executions` executions
 * of Appointment: Create at the same moment, then one more once they are done, and reports the
 * refreshes that reached the sandbox (renewed / refused), the failed items and their messages, the
 * bookings stored (and duplicates), and whether that last execution still works with the credential.
 *
 * The sandbox's token endpoint answers after `--token-latency` ms (HighLevel's is a remote server;
 * without latency the first worker may store its new pair before the other reads the credential,
 * and there is no race to see).
 *
 * Usage: npm run check:refresh -- [--lines 2.x,1.x] [--runs 3] [--executions 2] [--items 3]
 *        [--token-latency 300] [--no-build] [--keep]
 * Exit code 1 when an item failed or a booking was stored twice, or the credential stopped working.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { getLine, ensureN8n, ROOT } = require('./e2e/lines');
const { activateArgs } = require('./e2e/triggers');
const { cli, freePort, installPackageLikeN8n, packPackage, PACKAGE_NAME } = require('./e2e/n8n');
const { ensureRedis, startQueue } = require('./queue/cluster');
const { DEFAULTS, sandboxCredentialData, startSandbox } = require('../sandbox/server');

/** @param {string[]} argv */
function parseArgs(argv) {
	const opts = {
		lines: ['2.x', '1.x'],
		runs: 3,
		executions: 2,
		items: 3,
		tokenLatencyMs: 300,
		build: true,
		keep: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => argv[++i];
		if (a === '--lines') opts.lines = value().split(',');
		else if (a === '--runs') opts.runs = Number(value());
		else if (a === '--executions') opts.executions = Number(value());
		else if (a === '--items') opts.items = Number(value());
		else if (a === '--token-latency') opts.tokenLatencyMs = Number(value());
		else if (a === '--no-build') opts.build = false;
		else if (a === '--keep') opts.keep = true;
		else throw new Error(`Unknown option ${a}`);
	}
	return opts;
}

const log = (/** @type {string} */ msg) => console.log(`[check:refresh] ${msg}`);
const CREDENTIAL_TYPE = 'highLevelCalendarsOAuth2Api';
const HOUR = 3_600_000;

/** @param {number} run */
const credentialId = (run) => `checkRefreshOAuth${run}`;
/** @param {number} run */
const webhookPath = (run) => `check-refresh-${run}`;

/**
 * Run `run`'s workflow: a webhook answers with the items of the last node; Code makes `count`
 * start times from `first`; HighLevel Calendars books each over the run's OAuth2 credential, with
 * On Error = Continue, so every item's outcome comes back.
 * @param {number} run
 */
function workflow(run) {
	const uuid = (/** @type {number} */ n) =>
		`5e1f2d3c-4b5a-4c6d-8e7f-${String(run).padStart(6, '0')}${String(n).padStart(6, '0')}`;
	return {
		id: `checkRefresh${run}`,
		name: `check:refresh: run ${run}`,
		active: false,
		nodes: [
			{
				parameters: {
					httpMethod: 'POST',
					path: webhookPath(run),
					responseMode: 'lastNode',
					responseData: 'allEntries',
					options: {},
				},
				id: uuid(1),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: uuid(9),
			},
			{
				parameters: {
					jsCode: [
						'const { first, count } = $input.first().json.body;',
						'return Array.from({ length: count }, (_, i) => ({',
						`  json: { start: new Date(first + i * ${HOUR}).toISOString() },`,
						'}));',
					].join('\n'),
				},
				id: uuid(2),
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
			},
			{
				parameters: {
					authentication: 'oAuth2',
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'id', value: DEFAULTS.calendarId },
					contactId: { __rl: true, mode: 'id', value: DEFAULTS.contactId },
					startTime: '={{ $json.start }}',
					appointmentCreateFields: { ignoreFreeSlotValidation: true },
				},
				id: uuid(3),
				name: 'Book',
				type: `${PACKAGE_NAME}.highLevelCalendars`,
				typeVersion: 1,
				position: [440, 0],
				onError: 'continueRegularOutput',
				credentials: {
					[CREDENTIAL_TYPE]: { id: credentialId(run), name: `check:refresh OAuth2 ${run}` },
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
 * Calls a run's webhook; resolves with the items the workflow answered (or the error text).
 * @param {string} url
 * @param {number} first
 * @param {number} count
 */
async function execute(url, first, count) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ first, count }),
		signal: AbortSignal.timeout(120_000),
	});
	const text = await response.text();
	/** @type {any} */
	let out;
	try {
		out = JSON.parse(text);
	} catch {
		out = undefined;
	}
	const items = Array.isArray(out) ? out : [];
	return {
		status: response.status,
		items,
		failed: Array.isArray(out)
			? items.filter((i) => i?.error).map((i) => String(i.error))
			: [`HTTP ${response.status}: ${text.slice(0, 300)}`],
		answered: items.length,
	};
}

/**
 * One line: import, start the queue, run `opts.runs` races.
 * @param {string} lineId
 * @param {string} tarball
 * @param {string} redisBin
 * @param {ReturnType<typeof parseArgs>} opts
 */
async function checkLine(lineId, tarball, redisBin, opts) {
	const line = getLine(lineId);
	const installed = await ensureN8n(line, log);
	const userFolder = path.join(
		os.tmpdir(),
		`n8n-nodes-highlevel-calendars-check-refresh-${lineId}`,
	);
	fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });
	installPackageLikeN8n(tarball, userFolder);

	const sandbox = await startSandbox({ faults: { rateLimit: false } });
	try {
		const inst = {
			line,
			bin: installed.bin,
			nodeBin: installed.node.bin,
			userFolder,
			brokerPort: await freePort(),
		};
		const data = sandboxCredentialData(sandbox.url)[CREDENTIAL_TYPE];
		const runs = Array.from({ length: opts.runs }, (_, r) => r + 1);
		const credsFile = path.join(userFolder, 'credentials.json');
		fs.writeFileSync(
			credsFile,
			JSON.stringify(
				runs.map((r) => ({
					id: credentialId(r),
					name: `check:refresh OAuth2 ${r}`,
					type: CREDENTIAL_TYPE,
					data,
				})),
			),
		);
		const wfDir = path.join(userFolder, 'workflows');
		fs.mkdirSync(wfDir);
		for (const r of runs) {
			fs.writeFileSync(path.join(wfDir, `run${r}.json`), JSON.stringify(workflow(r)));
		}
		for (const args of [
			['import:credentials', `--input=${credsFile}`],
			['import:workflow', '--separate', `--input=${wfDir}`],
			...runs.map((r) => activateArgs(line, `checkRefresh${r}`)),
		]) {
			const result = await cli(inst, args);
			if (result.code !== 0)
				throw new Error(`n8n ${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
		}

		const queue = await startQueue(inst, redisBin, {
			workers: opts.executions,
			concurrency: 1,
			// n8n 2.x pins the hidden accessTokenUrl to the credential type's default; overwrites
			// (how an admin points it elsewhere) reach main and workers.
			extraEnv: {
				CREDENTIALS_OVERWRITE_DATA: JSON.stringify({
					[CREDENTIAL_TYPE]: { accessTokenUrl: `${sandbox.url}/oauth/token` },
				}),
			},
		});
		/** Executions each worker started, read from its log. */
		const started = queue.workers.map(() => 0);
		queue.workers.forEach((w, i) => {
			const count = (/** @type {Buffer} */ b) =>
				(started[i] += (b.toString().match(/Worker started execution/g) ?? []).length);
			/** @type {any} */ (w).child.stdout.on('data', count);
			/** @type {any} */ (w).child.stderr.on('data', count);
		});
		const results = [];
		try {
			log(
				`n8n ${line.n8n} on ${installed.node.version}: main + ${opts.executions} workers (concurrency 1), Redis; ${opts.runs} runs`,
			);
			for (const r of runs) {
				sandbox.reset();
				sandbox.expireToken(DEFAULTS.oauthAccessToken);
				sandbox.addHook(async (/** @type {any} */ hook) => {
					if (hook.path === '/oauth/token' && opts.tokenLatencyMs > 0)
						await new Promise((resolve) => setTimeout(resolve, opts.tokenLatencyMs));
					return false;
				});
				const url = `${queue.main.url}/webhook/${webhookPath(r)}`;
				const first = Date.UTC(2027, 9, 1, 6) + r * 1000 * HOUR;
				const before = [...started];
				const racing = await Promise.all(
					Array.from({ length: opts.executions }, (_, e) =>
						execute(url, first + e * opts.items * HOUR, opts.items),
					),
				);
				const workersUsed = started.filter((n, i) => n > before[i]).length;
				const refreshesInRace = sandbox.requests.filter(
					(/** @type {any} */ q) => q.path === '/oauth/token',
				);
				const starts = [...sandbox.store.appointments.values()].map((a) => a.startTime);
				const third = await execute(url, first + opts.executions * opts.items * HOUR, 1);
				const refreshes = sandbox.requests.filter(
					(/** @type {any} */ q) => q.path === '/oauth/token',
				);
				const failed = racing.flatMap((e) => e.failed);
				const missing = racing.reduce((n, e) => n + Math.max(0, opts.items - e.answered), 0);
				const result = {
					run: r,
					executions: opts.executions,
					workersUsed,
					renewed: refreshesInRace.filter((/** @type {any} */ q) => q.status === 200).length,
					refused: refreshesInRace.filter((/** @type {any} */ q) => q.status === 400).length,
					failed,
					missing,
					stored: starts.length,
					duplicates: starts.length - new Set(starts).size,
					thirdWorks: third.failed.length === 0 && third.answered === 1,
					thirdFailed: third.failed,
					refreshesAfter: refreshes.length - refreshesInRace.length,
				};
				results.push(result);
				const messages = [...new Set(failed)].map(
					(m) => `${failed.filter((f) => f === m).length}x "${m}"`,
				);
				console.log(
					`  run ${r}: ${opts.executions} executions on ${workersUsed} workers; refreshes ${result.renewed} renewed / ${result.refused} refused; ` +
						`items failed ${failed.length + missing} of ${opts.executions * opts.items}${messages.length ? ` (${messages.join('; ')})` : ''}; ` +
						`bookings stored ${result.stored}, duplicates ${result.duplicates}; ` +
						`next execution ${result.thirdWorks ? 'works' : `FAILS (${third.failed.join('; ')})`} (${result.refreshesAfter} refreshes)`,
				);
			}
		} finally {
			await queue.stop();
		}
		return { line, results };
	} finally {
		await sandbox.close();
		if (!opts.keep) fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

/**
 * A line's runs in one line, and whether they pass: each execution on a worker of its own, no item
 * failed, no booking stored twice, the credential working after every run.
 * @param {Array<Record<string, any>>} results
 */
function summarize(results) {
	const sum = (/** @type {(r: any) => number} */ f) => results.reduce((n, r) => n + f(r), 0);
	const failedItems = sum((r) => r.failed.length + r.missing);
	const duplicates = sum((r) => r.duplicates);
	const broken = results.filter((r) => !r.thirdWorks).length;
	// A run whose executions shared a worker raced nothing across processes: it proves nothing.
	const shared = results.filter((r) => r.workersUsed < r.executions).length;
	return {
		ok: results.length > 0 && failedItems === 0 && duplicates === 0 && broken === 0 && shared === 0,
		detail:
			`${results.length} runs${shared ? ` (${shared} with executions sharing a worker)` : ''}; refreshes ${sum((r) => r.renewed)} renewed / ${sum((r) => r.refused)} refused; ` +
			`${failedItems} items failed; ${duplicates} duplicates; credential broken after ${broken} runs`,
	};
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const redisBin = ensureRedis(log);
	if (opts.build) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-refresh-pack-'));
	const tarball = packPackage(packDir).file;
	const summaries = [];
	const t0 = Date.now();
	try {
		for (const lineId of opts.lines) {
			const l0 = Date.now();
			const summary = await checkLine(lineId, tarball, redisBin, opts);
			summaries.push({ ...summary, seconds: (Date.now() - l0) / 1000 });
		}
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
	console.log(
		`\nSummary (${opts.executions} executions x ${opts.items} bookings at once per run, token endpoint latency ${opts.tokenLatencyMs} ms, ${os.cpus().length} cores)`,
	);
	let ok = true;
	for (const { line, results, seconds } of summaries) {
		const summary = summarize(results);
		ok &&= summary.ok;
		console.log(`  n8n ${line.n8n}: ${summary.detail}; ${seconds.toFixed(0)} s`);
	}
	console.log(`  ${ok ? 'PASS' : 'FAIL'}: ${(Date.now() - t0) / 1000} s in all`);
	if (!ok) process.exitCode = 1;
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}

module.exports = { parseArgs, checkLine, summarize };

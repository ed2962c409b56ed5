// @ts-check
/**
 * n8n in queue mode, as users run it when they outgrow one process: Redis, a main (`n8n start`,
 * which takes the webhooks) and workers (`n8n worker`, which run the executions), all on one user
 * folder and encryption key, so they share one database and one set of credentials. Used by
 * scripts/bench-queue.js and scripts/check-refresh.js.
 */
'use strict';

const fs = require('node:fs');
const { spawn, execFileSync } = require('node:child_process');

const { n8nEnv } = require('../e2e/lines');
const { freePort, startServer, stopProcess } = require('../e2e/n8n');

/**
 * Debian's redis-server, installed with apt-get when it is missing.
 * @param {(msg: string) => void} log
 */
function ensureRedis(log) {
	const found = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) =>
		fs.existsSync(p),
	);
	if (found) return found;
	log('redis-server is missing: apt-get install redis-server');
	const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
	const apt = (/** @type {string[]} */ args) =>
		execFileSync(
			asRoot.length ? 'sudo' : 'apt-get',
			[...(asRoot.length ? ['apt-get'] : []), ...args],
			{
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			},
		);
	try {
		apt(['install', '-y', '--no-install-recommends', 'redis-server']);
	} catch {
		apt(['update']);
		apt(['install', '-y', '--no-install-recommends', 'redis-server']);
	}
	return '/usr/bin/redis-server';
}

/**
 * A child process whose output is kept (the last 20 kB) and that resolves `ready` once a line
 * matches.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, ready: RegExp, name: string, timeoutMs?: number }} o
 */
function startProcess(cmd, args, o) {
	const child = spawn(cmd, args, { env: o.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	let exited = false;
	const ready = new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`${o.name} not ready in time:\n${output.slice(-3000)}`)),
			o.timeoutMs ?? 120_000,
		);
		const onData = (/** @type {Buffer} */ b) => {
			output = (output + b.toString()).slice(-20_000);
			if (o.ready.test(output)) {
				clearTimeout(timer);
				resolve(undefined);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => {
			exited = true;
			clearTimeout(timer);
			reject(new Error(`${o.name} exited with ${code}:\n${output.slice(-3000)}`));
		});
	});
	ready.catch(() => undefined);
	return {
		child,
		ready,
		output: () => output,
		stop: () => stopProcess(child, () => exited),
	};
}

/**
 * @typedef {object} Queue
 * @property {{ url: string, output: () => string }} main
 * @property {Array<{ output: () => string }>} workers
 * @property {() => Promise<void>} stop stops workers, main and Redis (in that order)
 */

/**
 * Starts Redis, the main and `workers` workers (each with its own task-broker and health-check
 * port) and waits until all are ready.
 * @param {any} inst the n8n install: `line`, `bin`, `nodeBin`, `userFolder`, `brokerPort`
 * @param {string} redisBin
 * @param {{ workers: number, concurrency?: number, extraEnv?: NodeJS.ProcessEnv, mainLogLevel?: string, workerLogLevel?: string, log?: (msg: string) => void }} o
 * @returns {Promise<Queue>}
 */
async function startQueue(inst, redisBin, o) {
	const redisPort = await freePort();
	const redis = startProcess(
		redisBin,
		['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ name: 'redis', ready: /Ready to accept connections/ },
	);
	/** @type {Array<{ stop: () => Promise<unknown> }>} */
	const processes = [redis];
	const stop = async () => {
		for (const p of processes.reverse()) await p.stop();
	};
	try {
		await redis.ready;
		const queueEnv = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			N8N_LOG_LEVEL: 'warn',
			...(o.extraEnv ?? {}),
		};
		const main = await startServer(inst, {
			extraEnv: { ...queueEnv, N8N_LOG_LEVEL: o.mainLogLevel ?? 'info' },
			timeoutMs: 180_000,
		});
		processes.push(main);
		const workers = [];
		for (let w = 0; w < o.workers; w++) {
			const env = n8nEnv(inst.line, {
				userFolder: inst.userFolder,
				brokerPort: await freePort(),
				extra: {
					...queueEnv,
					N8N_LOG_LEVEL: o.workerLogLevel ?? 'info',
					QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
				},
			});
			const worker = startProcess(
				inst.nodeBin,
				[inst.bin, 'worker', `--concurrency=${o.concurrency ?? 10}`],
				{
					env,
					cwd: inst.userFolder,
					name: `worker ${w + 1}`,
					ready: /n8n worker is now ready/,
					timeoutMs: 180_000,
				},
			);
			processes.push(worker);
			workers.push(worker);
		}
		await Promise.all(workers.map((w) => w.ready));
		return { main, workers, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { ensureRedis, startProcess, startQueue };

#!/usr/bin/env node
// @ts-check
/**
 * `npm run dev`: build, watch, and run a real n8n on http://127.0.0.1:5678 with this package
 * loaded, the way n8n's own node CLI (`n8n-node dev`) does it:
 *   - the build output is symlinked into `<user folder>/.n8n/custom/node_modules/<package>`
 *     (n8n-node links the whole project folder; n8n then globs every *.node.js below it, which
 *     here would include node_modules/ and the n8n installs in .n8n-cache/, so only dist/ is linked),
 *   - `tsc --watch` rebuilds dist/ on every change,
 *   - n8n runs with N8N_DEV_RELOAD=true, so it reloads the node when dist/ changes (refresh the
 *     browser tab to see it).
 *
 * Which n8n: `--n8n <path to bin/n8n>` or $N8N_BIN, else an `n8n` on PATH, else the pinned line
 * (`--line 2.x`, the default, or `--line 1.x`) installed once into .n8n-cache/ (git-ignored),
 * with the Node.js it needs (Node 24 for 2.x, from the npm registry if this one is not 24).
 * Your own n8n runs on the Node its package.json `engines` asks for: this script's Node if it fits
 * (checked with n8n's own `semver`, as n8n's bin/n8n checks it), else `--node <path>`, else the
 * Node of a pinned line that fits (Node 24 for n8n 2.36 and later), from the npm registry once.
 *
 * Exit code: 0 when you stop it (Ctrl+C); when n8n ends by itself (it failed to start, or crashed),
 * n8n's exit code, and 1 if that was 0 or a signal. A failed build or sandbox import exits 1.
 *
 * Options:
 *   --port N            editor port (default 5678)
 *   --user-folder DIR   n8n state (default .n8n-cache/dev-user; delete it to start over)
 *   --sandbox           also start the local HighLevel sandbox and add credentials of both
 *                       types pointing at it ("HighLevel sandbox (...)")
 *   --no-owner          leave the owner sign-up screen to you instead of creating the local owner
 *   --node PATH         the Node.js that runs your own n8n (default: see above)
 *   --no-build          skip the first `npm run build` (tsc --watch still rebuilds)
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawn, execFileSync, spawnSync } = require('node:child_process');
const { createRequire } = require('node:module');

const { LINES, getLine, ensureN8n, ensureNode, n8nEnv, ROOT, CACHE } = require('./e2e/lines');
const { PACKAGE_NAME, OWNER, cli, restClient, ensureOwnerLogin, freePort } = require('./e2e/n8n');
const { sandboxCredentials } = require('./e2e/credentials');

function parseArgs(argv) {
	const o = {
		line: '2.x',
		n8n: process.env.N8N_BIN ?? '',
		port: 5678,
		userFolder: path.join(CACHE, 'dev-user'),
		sandbox: false,
		owner: true,
		node: process.env.N8N_NODE ?? '',
		build: true,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
		if (a.startsWith('--line')) o.line = value();
		else if (a.startsWith('--n8n')) o.n8n = value();
		else if (a.startsWith('--port')) o.port = Number(value());
		else if (a.startsWith('--user-folder')) o.userFolder = path.resolve(value());
		else if (a === '--sandbox') o.sandbox = true;
		else if (a === '--no-owner') o.owner = false;
		else if (a === '--no-build') o.build = false;
		else if (a.startsWith('--node')) o.node = path.resolve(value());
		else throw new Error(`Unknown option ${a}`);
	}
	return o;
}

const log = (/** @type {string} */ m) => console.log(`[dev] ${m}`);

/** An n8n the developer already has: --n8n/$N8N_BIN, or `n8n` on PATH. */
function existingN8n(/** @type {string} */ explicit) {
	if (explicit) return fs.realpathSync(explicit);
	const found = spawnSync('sh', ['-c', 'command -v n8n'], { encoding: 'utf8' });
	const bin = found.status === 0 ? found.stdout.trim() : '';
	return bin ? fs.realpathSync(bin) : '';
}

/**
 * Which Node runs an n8n whose package.json asks for `range` (its `engines.node`): this one if it
 * fits, else the first pinned line (newest Node first) whose Node version fits, else none.
 * @param {string} range
 * @param {string} current  this script's Node version (without the v)
 * @param {(version: string, range: string) => boolean} satisfies  n8n's own semver check
 * @param {readonly import('./e2e/lines').Line[]} lines
 * @returns {{ current: true } | { current: false, line: import('./e2e/lines').Line } | undefined}
 */
function chooseNode(range, current, satisfies, lines = LINES) {
	if (!range || satisfies(current, range)) return { current: true };
	const line = [...lines]
		.sort((a, b) => b.nodeMajor - a.nodeMajor)
		.find((l) => satisfies(l.nodePin, range));
	return line ? { current: false, line } : undefined;
}

/**
 * The Node.js for the developer's own n8n (see the header). Throws, naming the range, when none fits.
 * @param {string} bin  path of n8n's bin/n8n
 * @param {string} explicit  --node / $N8N_NODE
 */
async function nodeForExistingN8n(bin, explicit) {
	const pkgFile = path.join(path.dirname(bin), '..', 'package.json');
	/** @type {{ version?: string, engines?: { node?: string } }} */
	const pkg = fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, 'utf8')) : {};
	const range = pkg.engines?.node ?? '';
	const about = `n8n ${pkg.version ?? '(unknown version)'}${range ? ` (Node ${range})` : ''}`;
	if (explicit) return { bin: explicit, about };
	/** @type {(version: string, range: string) => boolean} */
	let satisfies;
	try {
		satisfies = createRequire(pkgFile)('semver/functions/satisfies');
	} catch {
		return { bin: process.execPath, about };
	}
	const choice = chooseNode(range, process.versions.node, satisfies);
	if (!choice)
		throw new Error(
			`${about} runs on none of the Node.js versions this script can provide (${process.version}, ${LINES.map((l) => l.nodePin).join(', ')}): pass --node <path to a fitting node>`,
		);
	if (choice.current) return { bin: process.execPath, about };
	const node = await ensureNode(choice.line, log);
	return { bin: node.bin, about };
}

/**
 * The exit code of `npm run dev` once n8n has ended: 0 only when the developer stopped it. n8n ending
 * by itself means the editor is gone (a failed start, a crash), so it never reads as a success.
 * @param {{ stoppedByUser: boolean, code: number | null }} ended
 */
function devExitCode({ stoppedByUser, code }) {
	if (stoppedByUser) return 0;
	return code ? code : 1;
}

/** Prefixes each line of a child's output. */
function pipe(
	/** @type {import('node:child_process').ChildProcess} */ child,
	/** @type {string} */ prefix,
	onLine = (/** @type {string} */ _l) => {},
) {
	for (const stream of [child.stdout, child.stderr]) {
		let buf = '';
		stream?.on('data', (b) => {
			buf += b;
			const lines = buf.split('\n');
			buf = lines.pop() ?? '';
			for (const l of lines) {
				process.stdout.write(`${prefix}${l}\n`);
				onLine(l);
			}
		});
	}
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const line = getLine(o.line);

	if (o.build) {
		log('building (npm run build)');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	}

	// Which n8n, on which Node.
	let bin = existingN8n(o.n8n);
	let nodeBin = process.execPath;
	if (bin) {
		const node = await nodeForExistingN8n(bin, o.node);
		nodeBin = node.bin;
		const version = execFileSync(nodeBin, ['--version']).toString().trim();
		log(`using your ${node.about}: ${bin} on Node ${version}`);
	} else {
		const installed = await ensureN8n(line, log);
		bin = installed.bin;
		nodeBin = installed.node.bin;
		log(
			`using n8n ${line.n8n} from ${path.relative(ROOT, installed.dir)} on Node ${installed.node.version}`,
		);
	}

	// The package, linked the way `n8n-node dev` links it.
	const customModules = path.join(o.userFolder, '.n8n', 'custom', 'node_modules');
	fs.mkdirSync(customModules, { recursive: true });
	const link = path.join(customModules, PACKAGE_NAME);
	fs.rmSync(link, { recursive: true, force: true });
	fs.symlinkSync(path.join(ROOT, 'dist'), link, 'dir');
	log(`linked ${path.relative(ROOT, link) || link} -> dist/`);

	const brokerPort = await freePort();
	/** @type {Record<string,string>} */
	const extra = { N8N_DEV_RELOAD: 'true' };
	/** @type {any} */
	let sandbox;
	if (o.sandbox) {
		const { startSandbox } = require(path.join(ROOT, 'sandbox', 'server.js'));
		sandbox = await startSandbox({ port: 0, host: '127.0.0.1' });
		log(`sandbox on ${sandbox.url}`);
		const credsFile = path.join(o.userFolder, 'sandbox-credentials.json');
		fs.writeFileSync(credsFile, JSON.stringify(sandboxCredentials(sandbox.url), null, 2));
		// The sandbox port changes per run: (re)import so both credentials point at this one.
		const r = await cli({ line, bin, nodeBin, userFolder: o.userFolder, brokerPort }, [
			'import:credentials',
			`--input=${credsFile}`,
		]);
		if (r.code !== 0)
			throw new Error(`importing the sandbox credentials failed:\n${r.stderr || r.stdout}`);
		// n8n 2.x ignores a stored value of the OAuth2 credential's hidden accessTokenUrl; credential
		// overwrites (read by `n8n start`) are how an admin sets it.
		extra.CREDENTIALS_OVERWRITE_DATA = JSON.stringify({
			highLevelCalendarsOAuth2Api: { accessTokenUrl: `${sandbox.url}/oauth/token` },
		});
		log(
			'credentials "HighLevel sandbox (Private Integration Token)" and "HighLevel sandbox (OAuth2)" point at it',
		);
	}

	const tscBin = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
	const tsc = spawn(
		process.execPath,
		[tscBin, '--watch', '--preserveWatchOutput', '-p', 'tsconfig.json'],
		{
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	pipe(tsc, '[tsc] ');

	const env = n8nEnv(line, { userFolder: o.userFolder, port: o.port, brokerPort, extra });
	const n8n = spawn(nodeBin, [bin, 'start'], {
		cwd: o.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const url = `http://127.0.0.1:${o.port}`;
	let announced = false;
	pipe(n8n, '[n8n] ', (l) => {
		if (!announced && /Editor is now accessible/.test(l)) {
			announced = true;
			void ready();
		}
	});

	async function ready() {
		if (o.owner) {
			try {
				await ensureOwnerLogin(restClient(url));
				log(`owner account: ${OWNER.email} / ${OWNER.password} (local only)`);
			} catch (err) {
				log(
					`could not set up the owner (${err instanceof Error ? err.message : err}); sign up in the browser`,
				);
			}
		}
		log(
			`n8n is ready: ${url}  (the node is "HighLevel Calendars"; edits rebuild and reload, refresh the page)`,
		);
	}

	let stopping = false;
	let n8nExited = false;
	/** Stops tsc, n8n (if still running) and the sandbox, then exits with `code`. */
	const stop = (/** @type {number} */ code) => {
		if (stopping) return;
		stopping = true;
		tsc.kill('SIGTERM');
		const done = () => process.exit(code);
		const closeSandbox = () => (sandbox ? sandbox.close().then(done, done) : done());
		if (n8nExited) return closeSandbox();
		n8n.once('exit', closeSandbox);
		n8n.kill('SIGTERM');
		setTimeout(() => {
			n8n.kill('SIGKILL');
			done();
		}, 15_000);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	n8n.on('exit', (code, signal) => {
		n8nExited = true;
		if (stopping) return;
		const exitCode = devExitCode({ stoppedByUser: false, code });
		log(
			`n8n exited (${signal ? `signal ${signal}` : `code ${code}`}) before you stopped it: exiting with ${exitCode}`,
		);
		stop(exitCode);
	});
}

module.exports = { chooseNode, devExitCode };

if (require.main === module) {
	main().catch((err) => {
		console.error(`[dev] ${err instanceof Error ? err.message : err}`);
		process.exit(1);
	});
}

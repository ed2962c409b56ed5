/**
 * `npm run dev` (scripts/dev.js) with an n8n of the developer's own: which Node runs it, and the exit
 * code when n8n ends. The process tests run the script for real with a stand-in n8n (a bin/n8n next to
 * a package.json, as an npm install lays it out) that reports the Node it runs on, then exits or waits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

type Satisfies = (version: string, range: string) => boolean;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the semver n8n itself checks engines with (dev tooling here, no types)
const satisfies: Satisfies = require('semver/functions/satisfies');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, loaded as n8n's dev tooling loads it
const { chooseNode, devExitCode } = require('../../scripts/dev.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const { LINES } = require('../../scripts/e2e/lines.js');

const ROOT = path.resolve(__dirname, '..', '..');

describe('chooseNode: the Node.js for your own n8n', () => {
	it('keeps this Node when it fits the range of n8n 1.x (>=20.19 <= 24.x)', () => {
		expect(chooseNode('>=20.19 <= 24.x', '20.20.2', satisfies)).toEqual({ current: true });
	});

	it('picks Node 24 of the 2.x line for n8n 2.41 (>=24.0.0) when this Node is 20', () => {
		const choice = chooseNode('>=24.0.0', '20.20.2', satisfies);
		expect(choice).toEqual({ current: false, line: LINES.find((l: any) => l.id === '2.x') });
		expect(choice.line.nodeMajor).toBe(24);
	});

	it('picks the newest pinned Node that fits, for the 2.10 to 2.35 range (>=22.16) as well', () => {
		expect(chooseNode('>=22.16', '20.20.2', satisfies).line.nodeMajor).toBe(24);
	});

	it('finds none for a range no pinned Node meets', () => {
		expect(chooseNode('>=26', '20.20.2', satisfies)).toBeUndefined();
	});

	it('keeps this Node when n8n names no range', () => {
		expect(chooseNode('', '20.20.2', satisfies)).toEqual({ current: true });
	});
});

describe('devExitCode', () => {
	it('is 0 only when you stopped it', () => {
		expect(devExitCode({ stoppedByUser: true, code: null })).toBe(0);
		expect(devExitCode({ stoppedByUser: true, code: 130 })).toBe(0);
	});

	it("is n8n's own code when n8n failed, and 1 when n8n ended with 0 or by a signal", () => {
		expect(devExitCode({ stoppedByUser: false, code: 3 })).toBe(3);
		expect(devExitCode({ stoppedByUser: false, code: 0 })).toBe(1);
		expect(devExitCode({ stoppedByUser: false, code: null })).toBe(1);
	});
});

describe('npm run dev with your own n8n (the real script, a stand-in n8n)', () => {
	let dir: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-dev-test-'));
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	/** bin/n8n of a stand-in n8n: prints the Node it runs on, then runs `body`. */
	function fakeN8n(engines: string, body: string) {
		const pkgDir = path.join(dir, 'node_modules', 'n8n');
		fs.mkdirSync(path.join(pkgDir, 'bin'), { recursive: true });
		fs.writeFileSync(
			path.join(pkgDir, 'package.json'),
			JSON.stringify({ name: 'n8n', version: '2.41.1', engines: { node: engines } }),
		);
		const bin = path.join(pkgDir, 'bin', 'n8n');
		fs.writeFileSync(
			bin,
			`console.log('fake n8n on ' + (process.env.VIA_WRAPPER ? 'the wrapper' : process.execPath) + ' ' + process.argv.slice(2).join(' '));\n${body}\n`,
		);
		return bin;
	}

	function dev(bin: string, extra: string[] = []) {
		const child = spawn(
			process.execPath,
			[
				path.join(ROOT, 'scripts', 'dev.js'),
				'--no-build',
				'--no-owner',
				'--n8n',
				bin,
				'--port',
				'1',
				'--user-folder',
				path.join(dir, 'user'),
				...extra,
			],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let output = '';
		child.stdout.on('data', (b) => (output += b));
		child.stderr.on('data', (b) => (output += b));
		const exited = new Promise<number | null>((resolve) =>
			child.on('exit', (code) => resolve(code)),
		);
		return { child, exited, output: () => output };
	}

	async function waitFor(child: ChildProcess, output: () => string, pattern: RegExp) {
		for (let i = 0; i < 200 && !pattern.test(output()); i++)
			await new Promise((r) => setTimeout(r, 50));
		expect(child.exitCode).toBeNull();
		expect(output()).toMatch(pattern);
	}

	it("exits with n8n's code when n8n fails to start", async () => {
		const run = dev(fakeN8n('>=20', 'process.exit(3);'));
		expect(await run.exited).toBe(3);
		expect(run.output()).toContain(`fake n8n on ${process.execPath} start`);
		expect(run.output()).toContain('n8n exited (code 3) before you stopped it: exiting with 3');
	});

	it('exits with 1 when n8n ends by itself with 0', async () => {
		const run = dev(fakeN8n('>=20', 'process.exit(0);'));
		expect(await run.exited).toBe(1);
	});

	it('exits with 0 when you stop it, after stopping n8n', async () => {
		const run = dev(
			fakeN8n('>=20', "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000);"),
		);
		await waitFor(run.child, run.output, /fake n8n on/);
		run.child.kill('SIGINT');
		expect(await run.exited).toBe(0);
	});

	it('runs n8n on the Node given with --node when n8n asks for another', async () => {
		// a Node of its own: a wrapper that marks the processes it runs
		const node = path.join(dir, 'node');
		fs.writeFileSync(node, `#!/bin/sh\nVIA_WRAPPER=yes exec "${process.execPath}" "$@"\n`, {
			mode: 0o755,
		});
		const run = dev(fakeN8n('>=99', 'process.exit(4);'), ['--node', node]);
		expect(await run.exited).toBe(4);
		expect(run.output()).toMatch(/using your n8n 2\.41\.1 \(Node >=99\): .* on Node v\d+/);
		expect(run.output()).toContain('fake n8n on the wrapper start');
	});
});

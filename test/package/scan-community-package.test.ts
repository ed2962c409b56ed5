/**
 * n8n's own gate for community packages, `@n8n/scan-community-package`, run on this package the
 * way it runs on a published one: its ESLint analysis of the source (nodes/, credentials/,
 * package.json) and of the packed tarball. Zero errors in both is required.
 *
 * The scanner is an ES module with its own ESLint, so it runs in a child process
 * (scripts/e2e/scan-package.mjs); `npm test` builds dist/ before jest, which `npm pack` needs.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface LegResult {
	passed: boolean;
	message?: string;
	details?: string;
}

function scan(): Promise<{ source: LegResult; tarball: LegResult & { file: string } }> {
	// Not jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base then lints as in its own rule tests
	// (fake file names, trigger-node rules), which is not what n8n's scanner does.
	const env = { ...process.env };
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	return new Promise((resolve, reject) => {
		execFile(
			process.execPath,
			[path.join(ROOT, 'scripts', 'e2e', 'scan-package.mjs'), '--json'],
			{ cwd: ROOT, env, maxBuffer: 20 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const line = stdout.trim().split('\n').pop() ?? '';
				try {
					resolve(JSON.parse(line));
				} catch {
					reject(new Error(`scanner did not answer with JSON (${error?.message ?? 'no error'}):\n${stderr}\n${stdout}`));
				}
			},
		);
	});
}

describe('@n8n/scan-community-package', () => {
	let result: Awaited<ReturnType<typeof scan>>;

	beforeAll(async () => {
		if (!existsSync(path.join(ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
		result = await scan();
	}, 180_000);

	it('finds no errors in the source (nodes/, credentials/, package.json)', () => {
		expect(result.source.details ?? '').toBe('');
		expect(result.source.passed).toBe(true);
	});

	it('finds no errors in the packed tarball', () => {
		expect(result.tarball.file).toMatch(/^n8n-nodes-highlevel-calendars-.*\.tgz$/);
		expect(result.tarball.details ?? '').toBe('');
		expect(result.tarball.passed).toBe(true);
	});
});

/**
 * n8n's own gate for community packages, `@n8n/scan-community-package`, run on this package the
 * way it runs on a published one: its ESLint analysis of the source (nodes/, credentials/,
 * package.json) and of the packed tarball. Zero errors in both is required.
 *
 * The scanner is an ES module with its own ESLint, so it runs in a child process
 * (scripts/e2e/scan-package.mjs). `npm pack` needs dist/: `npm test` builds it before jest; when it
 * is missing or older than the sources, a fresh build of a copy is scanned (see packageUnderTest).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

import type { PackageUnderTest } from './packageUnderTest';
import { packageUnderTest } from './packageUnderTest';

interface LegResult {
	passed: boolean;
	message?: string;
	details?: string;
}

function scan(root: string): Promise<{ source: LegResult; tarball: LegResult & { file: string } }> {
	// Not jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base then lints as in its own rule tests
	// (fake file names, trigger-node rules), which is not what n8n's scanner does.
	const env = { ...process.env };
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	return new Promise((resolve, reject) => {
		execFile(
			process.execPath,
			[path.join(root, 'scripts', 'e2e', 'scan-package.mjs'), '--json'],
			{ cwd: root, env, maxBuffer: 20 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const line = stdout.trim().split('\n').pop() ?? '';
				try {
					resolve(JSON.parse(line));
				} catch {
					reject(
						new Error(
							`scanner did not answer with JSON (${error?.message ?? 'no error'}):\n${stderr}\n${stdout}`,
						),
					);
				}
			},
		);
	});
}

describe('@n8n/scan-community-package', () => {
	let result: Awaited<ReturnType<typeof scan>>;
	let pkg: PackageUnderTest;

	beforeAll(async () => {
		pkg = await packageUnderTest();
		result = await scan(pkg.root);
	}, 480_000);
	afterAll(() => pkg?.cleanup());

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

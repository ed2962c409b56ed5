import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { PackageUnderTest } from './packageUnderTest';
import { ROOT, packageUnderTest } from './packageUnderTest';

/**
 * What `npm pack` publishes: the built node with its icons and codex, both credentials, and no
 * runtime dependency (n8n's rules for community packages forbid them). Packs this checkout when its
 * dist/ is current (`npm test` builds it first), else a fresh build of a copy (see packageUnderTest).
 */
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function packedFiles(root: string): string[] {
	const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	return (JSON.parse(output) as Array<{ files: Array<{ path: string }> }>)[0].files.map(
		(file) => file.path,
	);
}

describe('the published package', () => {
	let pkg: PackageUnderTest;
	let files: string[] = [];
	beforeAll(async () => {
		pkg = await packageUnderTest();
		files = packedFiles(pkg.root);
	}, 300_000);
	afterAll(() => pkg?.cleanup());

	it('holds the node, its icons and codex, and both credentials listed under "n8n"', () => {
		for (const file of [
			...manifest.n8n.nodes,
			...manifest.n8n.credentials,
			'dist/nodes/HighLevelCalendars/HighLevelCalendars.node.json',
			'dist/nodes/HighLevelCalendars/highLevelCalendars.svg',
			'dist/nodes/HighLevelCalendars/highLevelCalendars.dark.svg',
			'package.json',
			'README.md',
			'LICENSE',
		]) {
			expect(files).toContain(file);
		}
	});

	it('ships only the build (and the main index.js), never sources, tests, the sandbox or tooling', () => {
		const outside = files.filter(
			(file) =>
				!file.startsWith('dist/') &&
				!['package.json', 'README.md', 'LICENSE', 'index.js'].includes(file),
		);
		expect(outside).toEqual([]);
	});

	it('has no runtime dependencies and takes n8n-workflow from n8n', () => {
		expect(manifest.dependencies).toBeUndefined();
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.license).toBe('MIT');
		expect(manifest.files).toEqual(['dist']);
	});
});

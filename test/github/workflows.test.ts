/**
 * The GitHub Actions workflows (.github/workflows/): CI runs the same `bash .ci/run` as a local run,
 * and a version tag publishes with npm provenance (n8n verifies only packages published from GitHub
 * Actions with provenance). Parsed with js-yaml, which eslint brings along as dev tooling.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-yaml comes with eslint (@eslint/eslintrc), untyped here; no dependency is added for it
const yaml: { load: (text: string) => unknown } = require('js-yaml');

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, { branches?: string[]; tags?: string[] } | null>;
	permissions: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

function workflow(file: string): Workflow {
	return yaml.load(
		fs.readFileSync(path.join(ROOT, '.github', 'workflows', file), 'utf8'),
	) as Workflow;
}

/** The steps of the workflow's only job. */
function steps(wf: Workflow): Step[] {
	const jobs = Object.values(wf.jobs);
	expect(jobs).toHaveLength(1);
	expect(jobs[0]['runs-on']).toBe('ubuntu-latest');
	return jobs[0].steps;
}

const setupNode = (s: Step[]) => s.find((step) => step.uses?.startsWith('actions/setup-node@'));
const runIndex = (s: Step[], command: string) =>
	s.findIndex((step) => step.run?.trim() === command);

/** GitHub's filter pattern (`*`, `+`, `[0-9]`, literal `.`) as a regular expression. */
function githubPattern(pattern: string): RegExp {
	let source = '';
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '[') {
			const end = pattern.indexOf(']', i);
			source += pattern.slice(i, end + 1);
			i = end;
		} else if (c === '*') source += pattern[i + 1] === '*' ? (i++, '.*') : '[^/]*';
		else if (c === '+' || c === '?') source += c;
		else source += c.replace(/[.\\^$(){}|]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}

describe('.github/workflows/ci.yml', () => {
	const wf = workflow('ci.yml');

	it('runs on pushes to main and on pull requests, reading the repository only', () => {
		expect(wf.on).toHaveProperty('pull_request');
		expect(wf.on.push?.branches).toEqual(['main']);
		expect(wf.permissions).toEqual({ contents: 'read' });
	});

	it('checks out, sets up Node 20 and runs bash .ci/run', () => {
		const s = steps(wf);
		expect(s[0].uses).toMatch(/^actions\/checkout@v\d+$/);
		expect(String(setupNode(s)?.with?.['node-version'])).toBe('20');
		expect(runIndex(s, 'bash .ci/run')).toBe(s.length - 1);
	});

	it('uses a Node the package and its scripts accept (engines >=20.15)', () => {
		expect(pkg.engines.node).toBe('>=20.15');
	});
});

describe('.github/workflows/publish.yml', () => {
	const wf = workflow('publish.yml');
	const s = steps(wf);

	it('runs for a version tag and nothing else', () => {
		expect(Object.keys(wf.on)).toEqual(['push']);
		const tags = (wf.on.push?.tags ?? []).map(githubPattern);
		expect(tags).toHaveLength(1);
		for (const tag of ['v0.1.0', 'v1.12.3', 'v2.0.0-beta.1']) expect(tags[0].test(tag)).toBe(true);
		for (const tag of ['0.1.0', 'v1', 'v1.2', 'latest', 'main'])
			expect(tags[0].test(tag)).toBe(false);
		expect(wf.on.push?.branches).toBeUndefined();
	});

	it('may ask GitHub for the OIDC token provenance is signed with, and reads the repository only', () => {
		expect(wf.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
	});

	it('sets up Node 20 with the npm registry, so npm finds the token', () => {
		const node = setupNode(s);
		expect(String(node?.with?.['node-version'])).toBe('20');
		expect(node?.with?.['registry-url']).toBe('https://registry.npmjs.org');
	});

	it('stops when the tag is not the version in package.json', () => {
		const check = s.findIndex((step) => step.run?.includes('$GITHUB_REF_NAME'));
		expect(s[check].run).toContain(`require('./package.json').version`);
		expect(check).toBeLessThan(runIndex(s, 'bash .ci/run'));
	});

	it('builds and tests with bash .ci/run, then publishes with provenance, publicly', () => {
		const tested = runIndex(s, 'bash .ci/run');
		const published = runIndex(s, 'npm publish --provenance --access public');
		expect(tested).toBeGreaterThan(0);
		expect(published).toBe(s.length - 1);
		expect(tested).toBeLessThan(published);
		expect(s[published].env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
	});

	it('publishes what package.json says: dist only, through prepublishOnly’s build and lint', () => {
		expect(pkg.files).toEqual(['dist']);
		expect(pkg.scripts.prepublishOnly).toBe('npm run build && npm run lint');
		expect(pkg.private).toBeUndefined();
	});
});

describe('.ci/run', () => {
	it('is the clean install, npm test and npm run e2e', () => {
		const commands = fs
			.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')
			.split('\n')
			.filter((line) => /^npm /.test(line));
		expect(commands).toEqual([
			'npm --version',
			'npm ci --no-audit --no-fund',
			'npm test',
			'npm run e2e -- --no-build',
		]);
	});
});

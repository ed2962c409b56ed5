import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';

/**
 * The package to pack and scan: this checkout when its dist/ is the build of the current sources
 * (`npm test` builds before jest), else a copy of the checkout, built with `npm run build` in a
 * temporary folder. The copy keeps a stale or missing dist/ from being tested, and never rebuilds
 * the checkout's dist/, which other test files and people may be reading at the same time.
 */
export const ROOT = path.resolve(__dirname, '..', '..');

export interface PackageUnderTest {
	/** The folder to run `npm pack` and the scanner in. */
	root: string;
	/** Why a copy was built, or undefined when the checkout's own dist/ is used. */
	rebuiltBecause?: string;
	/** Removes the copy, if one was made. */
	cleanup(): void;
}

function walk(folder: string): string[] {
	if (!fs.existsSync(folder)) return [];
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

const isAsset = (file: string) => /\.(png|svg)$/.test(file) || file.endsWith('.node.json');

/**
 * Why dist/ under `root` is not the build of the sources there (undefined when it is): what
 * `npm run build` emits (a .js per .ts of nodes/ and credentials/, their icons and codex) must
 * exist and be no older than its source, and every built .js must still have a source.
 */
export function distStaleness(root: string): string | undefined {
	const dist = path.join(root, 'dist');
	if (!fs.existsSync(dist)) return 'dist/ is missing';
	const mtime = (file: string) => fs.statSync(file).mtimeMs;
	for (const source of [
		...walk(path.join(root, 'nodes')),
		...walk(path.join(root, 'credentials')),
	]) {
		const relative = path.relative(root, source);
		let built: string;
		if (source.endsWith('.ts') && !source.endsWith('.d.ts'))
			built = path.join(dist, relative.replace(/\.ts$/, '.js'));
		else if (isAsset(source)) built = path.join(dist, relative);
		else continue;
		if (!fs.existsSync(built)) return `dist/${relative.replace(/\.ts$/, '.js')} is missing`;
		if (mtime(built) < mtime(source)) return `${relative} is newer than its build`;
	}
	for (const built of [
		...walk(path.join(dist, 'nodes')),
		...walk(path.join(dist, 'credentials')),
	]) {
		if (!built.endsWith('.js')) continue;
		const source = path.join(root, path.relative(dist, built).replace(/\.js$/, '.ts'));
		if (!fs.existsSync(source)) return `${path.relative(root, built)} has no source any more`;
	}
	return undefined;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		execFile(command, args, { cwd, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error)
				reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`));
			else resolve();
		});
	});
}

const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'coverage', '.n8n-cache', '.tmp']);

/** Call in beforeAll (building a copy takes a while: give it a few minutes). */
export async function packageUnderTest(): Promise<PackageUnderTest> {
	const stale = distStaleness(ROOT);
	if (stale === undefined) return { root: ROOT, cleanup: () => {} };

	const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-package-'));
	const cleanup = () => fs.rmSync(copy, { recursive: true, force: true });
	try {
		fs.cpSync(ROOT, copy, {
			recursive: true,
			filter: (source) => {
				const relative = path.relative(ROOT, source);
				return !NOT_COPIED.has(relative.split(path.sep)[0]) && !relative.endsWith('.tgz');
			},
		});
		fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
		await run('npm', ['run', 'build', '--silent'], copy);
	} catch (error) {
		cleanup();
		throw error;
	}
	process.stderr.write(
		`test/package: ${stale}, so the package under test is a fresh build in ${copy}\n`,
	);
	return { root: copy, rebuiltBecause: stale, cleanup };
}

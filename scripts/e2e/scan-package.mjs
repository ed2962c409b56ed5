#!/usr/bin/env node
// @ts-check
/**
 * Runs n8n's own community-package scanner (`@n8n/scan-community-package`, the gate n8n applies
 * before a package can be verified) on this package, offline.
 *
 * Its CLI only takes a published package name: it downloads the tarball from the registry and
 * the source from the GitHub commit named in the npm provenance attestation, then lints both
 * with ESLint and n8n's rule sets. We do the same two legs locally with its exported
 * `analyzePackage`:
 *   1. source leg: the repository itself, with the scanner's own `SOURCE_FILE_PATTERNS`
 *      (`package.json`, `{nodes,credentials}/**` .ts/.js/.json);
 *   2. tarball leg: the output of `npm pack` (what users install), unpacked, with the same
 *      patterns the scanner uses for a downloaded tarball (`**` /*.js and package.json).
 * Needs `dist/` (run `npm run build` first): the tarball is packed from it.
 *
 * Usage: node scripts/e2e/scan-package.mjs [--json]
 * Exit code 0 when both legs have zero errors, 1 otherwise.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @typedef {{ passed: boolean, message?: string, details?: string }} LegResult
 * @returns {Promise<{ source: LegResult, tarball: LegResult & { file: string } }>}
 */
export async function scanPackage() {
	if (!fs.existsSync(path.join(ROOT, 'dist'))) {
		throw new Error('dist/ is missing: run `npm run build` before scanning the packed package');
	}
	// The scanner module makes a temp folder when it is loaded; importing it lazily keeps that
	// out of processes that only import this file.
	const scanner = await import('@n8n/scan-community-package/scanner/scanner.mjs');

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-scan-'));
	try {
		// `npm pack --json` prints the tarball's file name; npm runs no lifecycle script here
		// (there is no prepack/prepare), so this packs exactly what `npm publish` would.
		const packed = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'pipe'],
				env: { ...process.env, npm_config_loglevel: 'error' },
			}).toString(),
		);
		const tarball = path.join(work, packed[0].filename);
		const unpacked = path.join(work, 'package');
		fs.mkdirSync(unpacked);
		execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);

		const source = await scanner.analyzePackage(ROOT, scanner.SOURCE_FILE_PATTERNS);
		const dist = await scanner.analyzePackage(unpacked, ['**/*.js', 'package.json']);
		return { source, tarball: { ...dist, file: packed[0].filename } };
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const json = process.argv.includes('--json');
	try {
		const result = await scanPackage();
		if (json) {
			process.stdout.write(JSON.stringify(result) + '\n');
		} else {
			for (const [leg, r] of Object.entries(result)) {
				const what =
					leg === 'source'
						? 'source (nodes/, credentials/, package.json)'
						: `packed tarball ${result.tarball.file}`;
				console.log(
					`${r.passed ? '✅' : '❌'} @n8n/scan-community-package, ${what}: ${r.passed ? 'no errors' : r.message}`,
				);
				if (r.details) console.log(r.details);
			}
		}
		process.exitCode = result.source.passed && result.tarball.passed ? 0 : 1;
	} catch (err) {
		console.error(err instanceof Error ? err.stack : err);
		process.exitCode = 1;
	}
}

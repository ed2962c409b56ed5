import * as fs from 'fs';
import * as path from 'path';

const TEST_ROOT = path.join(__dirname, '..');

/**
 * The export `name` of `test/<resource>/<file>.ts` for every resource folder that has that file, in
 * folder order. How the routing table and the contract test gather what each resource declares.
 */
export function fromEachResource<T>(file: string, name: string): T[] {
	return fs
		.readdirSync(TEST_ROOT)
		.filter((dir) => dir !== 'helpers' && fs.existsSync(path.join(TEST_ROOT, dir, `${file}.ts`)))
		.sort()
		.map(
			// eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are found in the tree at run time
			(dir) => (require(path.join(TEST_ROOT, dir, file)) as Record<string, T>)[name],
		);
}

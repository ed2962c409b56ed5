import { SPEC_FILES, loadSpec } from '../../sandbox/spec';

export const spec = loadSpec();

/** The loaded spec document whose file name is `name` (e.g. `calendars.json`). */
export function specDocument(name = 'calendars.json'): any {
	return spec.documents[(SPEC_FILES as string[]).find((file) => file.endsWith(`/${name}`))!];
}

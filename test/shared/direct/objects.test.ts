import type { IDataObject } from 'n8n-workflow';

import { mergeInto, setPath } from '../../../nodes/HighLevelCalendars/shared/direct/objects';

/* eslint-disable @typescript-eslint/no-require-imports -- lodash (n8n-core's, which RoutingNode uses) ships no types here */
const merge = require('lodash/merge') as <T>(destination: T, source: unknown) => T;
const set = require('lodash/set') as (target: object, path: string, value: unknown) => object;
/* eslint-enable @typescript-eslint/no-require-imports */

// RoutingNode merges and sets with lodash; the custom operation must give the same objects.
describe('mergeInto and setPath do what lodash does to request options', () => {
	const cases: Array<[string, IDataObject, IDataObject]> = [
		['nested objects', { body: { a: 1, nested: { x: 1 } } }, { body: { b: 2, nested: { y: 2 } } }],
		[
			'an undefined over a value is skipped',
			{ qs: { a: 1 } },
			{ qs: { a: undefined, b: undefined } },
		],
		['arrays by index', { body: { list: [1, 2, 3] } }, { body: { list: [9] } }],
		[
			'a value over an object',
			{ headers: { Version: { x: 1 } } },
			{ headers: { Version: '2021-04-15' } },
		],
		['an object over a value', { body: { a: 'text' } }, { body: { a: { b: 1 } } }],
	];
	it.each(cases)('%s', (_name, destination, source) => {
		expect(mergeInto(structuredClone(destination), structuredClone(source))).toEqual(
			merge(structuredClone(destination), structuredClone(source)),
		);
	});

	it('copies what it merges in, so that a later hook changing it leaves the definition alone', () => {
		const source = { headers: { Version: 'v' } };
		const merged = mergeInto({}, source);
		(merged.headers as IDataObject).Version = 'changed';
		expect(source.headers.Version).toBe('v');
	});

	it.each(['startTime', 'a.b.c', 'list[1].name'])('sets %s', (path) => {
		const ours: IDataObject = { existing: true };
		const theirs: IDataObject = { existing: true };
		setPath(ours, path, 'value');
		set(theirs, path, 'value');
		expect(ours).toEqual(theirs);
	});
});

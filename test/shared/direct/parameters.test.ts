import type { INodeProperties } from 'n8n-workflow';

import {
	cacheableParameters,
	splitPath,
} from '../../../nodes/HighLevelCalendars/shared/direct/parameters';

describe('the parameter reader', () => {
	it.each([
		['startTime', ['startTime']],
		['appointmentCreateFields.title', ['appointmentCreateFields', 'title']],
		['recurrence.rule[0].count', ['recurrence', 'rule', '0', 'count']],
	])('splits %s as lodash reads it', (path, parts) => {
		expect(splitPath(path)).toEqual(parts);
	});

	it('answers from the evaluated value only where getNodeParameter does nothing more', () => {
		const properties = [
			{ displayName: 'A', name: 'a', type: 'string', default: '' },
			{ displayName: 'B', name: 'b', type: 'string', default: '', validateType: 'number' },
			{
				displayName: 'C',
				name: 'c',
				type: 'collection',
				default: {},
				options: [{ displayName: 'D', name: 'd', type: 'filter', default: {} }],
			},
			{ displayName: 'E', name: 'e', type: 'resourceMapper', default: {} },
		] as INodeProperties[];
		expect([...cacheableParameters(properties)]).toEqual(['a']);
	});
});

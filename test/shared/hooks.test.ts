import type { INodeProperties } from 'n8n-workflow';

import { ownerFilters } from '../../nodes/HighLevelCalendars/shared/hooks';

describe('ownerFilters', () => {
	const filters: INodeProperties = {
		displayName: 'Filters',
		name: 'appointmentGetAllFilters',
		type: 'collection',
		default: {},
		options: [
			{ displayName: 'Calendar', name: 'calendarId', type: 'string', default: '' },
			{ displayName: 'User', name: 'userId', type: 'string', default: '' },
		],
	};

	it('keeps the set filters, named by their labels when wrong', () => {
		expect(
			ownerFilters(
				{ calendarId: { __rl: true, mode: 'list', value: 'c1' }, userId: '' },
				filters,
				'appointments',
			),
		).toEqual({ calendarId: 'c1' });
		expect(() => ownerFilters({ userId: 'a b' }, filters, 'appointments')).toThrow(
			'Filters → User: "a b" is not an ID',
		);
		expect(() => ownerFilters({}, filters, 'appointments')).toThrow(
			/^Filters: name no calendar, user or group/,
		);
	});
});

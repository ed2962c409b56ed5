import type { INodeProperties } from 'n8n-workflow';

import { ownerFilters, shapeQueryLists } from '../../nodes/HighLevelCalendars/shared/hooks';

describe('shapeQueryLists', () => {
	it('splits comma-separated lists and leaves out what is empty', () => {
		const config = { lists: ['userIds'], optional: ['userId'] };
		expect(shapeQueryLists({ userIds: 'u1, u2', userId: '' }, config)).toEqual({
			userIds: ['u1', 'u2'],
		});
		expect(shapeQueryLists({ userIds: [], userId: 'u3' }, config)).toEqual({ userId: 'u3' });
	});
});

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

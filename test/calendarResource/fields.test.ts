import type { INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../../nodes/HighLevelCalendars/endpoints';
import { resourceTypeParameter } from '../../nodes/HighLevelCalendars/resources/calendarResource/fields';
import { checkCalendarIds } from '../../nodes/HighLevelCalendars/resources/calendarResource/hooks';
import { specDocument } from '../helpers/spec';

describe('Calendar Resource: fields', () => {
	it("offers exactly the Resource Types of the path's enum, on every endpoint", () => {
		const offered = (resourceTypeParameter.options as INodePropertyOptions[]).map((o) => o.value);
		const endpoints = [
			ENDPOINTS.createCalendarResource,
			ENDPOINTS.getCalendarResources,
			ENDPOINTS.getCalendarResource,
			ENDPOINTS.updateCalendarResource,
			ENDPOINTS.deleteCalendarResource,
		];
		for (const endpoint of endpoints) {
			const operation = specDocument().paths[endpoint.path][endpoint.method.toLowerCase()];
			const parameter = operation.parameters.find(
				(p: { name: string; in: string }) => p.name === 'resourceType' && p.in === 'path',
			);
			expect([...offered].sort()).toEqual([...parameter.schema.enum].sort());
		}
	});

	it('checkCalendarIds: IDs, a comma-separated text split, at most one for an equipment', () => {
		expect(checkCalendarIds({ calendarIds: ['a1b', ' c2d '] }, 'rooms', 'Calendars')).toEqual({
			calendarIds: ['a1b', 'c2d'],
		});
		expect(checkCalendarIds({ calendarIds: 'a1b, c2d' }, 'rooms', 'Calendars')).toEqual({
			calendarIds: ['a1b', 'c2d'],
		});
		expect(checkCalendarIds({ name: 'x' }, 'rooms', 'Calendars')).toEqual({ name: 'x' });
		expect(() =>
			checkCalendarIds({ calendarIds: ['a1b', 'c2d'] }, 'equipments', 'Calendars'),
		).toThrow(
			'Calendars: has 2 calendars; an equipment can be mapped to one service calendar only',
		);
		expect(() => checkCalendarIds({ calendarIds: ['a b'] }, 'rooms', 'Calendars')).toThrow(
			'Calendars: "a b" is not an ID',
		);
		const many = Array.from({ length: 101 }, (_, i) => `cal${i}`);
		expect(() => checkCalendarIds({ calendarIds: many }, 'rooms', 'Calendars')).toThrow(
			'Calendars: has 101 calendars; at most 100',
		);
	});
});

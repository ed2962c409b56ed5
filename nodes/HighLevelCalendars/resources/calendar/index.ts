import type { INodeProperties } from 'n8n-workflow';

import {
	addLocationIdToBody,
	addLocationIdToQuery,
	applyLimit,
	checkBody,
	fillPathParameters,
	requireSomethingToUpdate,
	shapeCalendarSettings,
	unwrap,
	windowInQuery,
} from '../../shared/hooks';
import { route } from '../../shared/routing';
import { calendarCreateCheckedFields, calendarCreateDescription } from './create';
import { calendarGetAllDescription } from './getAll';
import { calendarGetFreeSlotsDescription } from './getFreeSlots';
import { calendarIdParameter } from './parameters';
import { calendarUpdateCheckedFields, calendarUpdateDescription } from './update';

export const calendarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['calendar'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a calendar',
				description: 'Create a booking calendar in the sub-account',
				routing: route('POST', '/calendars/', {
					preSend: [addLocationIdToBody, checkBody(calendarCreateCheckedFields), shapeCalendarSettings],
					postReceive: [unwrap('calendar')],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a calendar',
				description: 'Delete a calendar',
				routing: route('DELETE', '/calendars/{calendarId}', { preSend: [fillPathParameters] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a calendar',
				description: 'Get a calendar with its settings, team members and meeting locations',
				routing: route('GET', '/calendars/{calendarId}', {
					preSend: [fillPathParameters],
					postReceive: [unwrap('calendar')],
				}),
			},
			{
				name: 'Get Free Slots',
				value: 'getFreeSlots',
				action: 'Get free slots of a calendar',
				description: 'List the bookable start times of a calendar between two dates',
				routing: route('GET', '/calendars/{calendarId}/free-slots', {
					preSend: [
						fillPathParameters,
						windowInQuery({
							from: ['startDate', 'Start Date'],
							to: ['endDate', 'End Date'],
							zoneParameter: 'timeZone',
							startKey: 'startDate',
							endKey: 'endDate',
							timezoneKey: 'timezone',
						}),
					],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many calendars',
				description: 'List the calendars of the sub-account',
				routing: route('GET', '/calendars/', {
					preSend: [addLocationIdToQuery],
					postReceive: [unwrap('calendars'), applyLimit],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a calendar',
				description: 'Change only the settings you set on a calendar',
				routing: route('PUT', '/calendars/{calendarId}', {
					preSend: [
						fillPathParameters,
						checkBody(calendarUpdateCheckedFields),
						shapeCalendarSettings,
						requireSomethingToUpdate('Update Fields'),
					],
					postReceive: [unwrap('calendar')],
				}),
			},
		],
		default: 'create',
	},
	calendarIdParameter,
	...calendarCreateDescription,
	...calendarUpdateDescription,
	...calendarGetAllDescription,
	...calendarGetFreeSlotsDescription,
];

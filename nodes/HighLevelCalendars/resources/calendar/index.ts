import type { INodeProperties } from 'n8n-workflow';

import { addLocationIdToBody, checkBody, shapeCalendarSettings, unwrapCalendar } from '../../shared/hooks';
import { route } from '../../shared/routing';
import { calendarCreateCheckedFields, calendarCreateDescription } from './create';

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
					postReceive: [unwrapCalendar],
				}),
			},
		],
		default: 'create',
	},
	...calendarCreateDescription,
];

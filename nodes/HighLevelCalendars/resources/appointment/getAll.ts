import type { INodeProperties } from 'n8n-workflow';

import {
	TIME_FORMAT_HINT,
	TIME_ZONE_DESCRIPTION,
	calendarLocator,
	returnAllAndLimit,
	timeZoneLocator,
	userLocator,
} from '../../shared/descriptions';
import { showFor } from '../../shared/routing';

/**
 * Appointment: Get Many (GET /calendars/events). The API wants a calendar, user or group and a window
 * in epoch milliseconds; long windows are fetched in 31-day requests (transport.ts).
 */
const showOnlyForAppointmentGetAll = showFor('appointment', ['getAll']);

export const appointmentGetAllDescription: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Start of the window: appointments starting from then. ${TIME_FORMAT_HINT}.`,
		displayOptions: showOnlyForAppointmentGetAll,
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		required: true,
		default: '',
		description: `End of the window. A date alone (2026-03-31) means through the end of that day. ${TIME_FORMAT_HINT}.`,
		displayOptions: showOnlyForAppointmentGetAll,
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'HighLevel lists the appointments of a calendar, a user or a calendar group: set one',
		displayOptions: showOnlyForAppointmentGetAll,
		options: [
			calendarLocator({ displayName: 'Calendar', name: 'calendarId', description: 'Appointments of this calendar' }),
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				description: 'Appointments of the calendars in this calendar group',
			},
			userLocator({ displayName: 'User', name: 'userId', description: 'Appointments assigned to this user' }),
		],
	},
	...returnAllAndLimit(showOnlyForAppointmentGetAll.show),
	{
		displayName: 'Options',
		name: 'getAllOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showOnlyForAppointmentGetAll,
		options: [timeZoneLocator({ displayName: 'Time Zone', name: 'timeZone', description: TIME_ZONE_DESCRIPTION })],
	},
];

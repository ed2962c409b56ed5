import type { INodeProperties } from 'n8n-workflow';

import { TIME_FORMAT_HINT, TIME_ZONE_DESCRIPTION, timeZoneLocator } from '../../shared/descriptions';
import { showFor } from '../../shared/routing';

/**
 * Appointment: Reschedule (PUT /calendars/events/appointments/{eventId} with startTime and endTime).
 * Also shown: Appointment ID and Start Time (parameters.ts). Without a new end the appointment keeps
 * its length (hook keepDuration reads the current one).
 */
export const appointmentRescheduleDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'rescheduleOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('appointment', ['reschedule']),
		options: [
			{
				displayName: 'End Time',
				name: 'endTime',
				type: 'dateTime',
				default: '',
				description: `New end. ${TIME_FORMAT_HINT}. Leave out to keep the appointment's length.`,
				routing: { send: { type: 'body', property: 'endTime' } },
			},
			{
				displayName: 'Notify',
				name: 'toNotify',
				type: 'boolean',
				default: true,
				description: 'Whether HighLevel runs its automations (such as the reschedule email)',
				routing: { send: { type: 'body', property: 'toNotify' } },
			},
			timeZoneLocator({ displayName: 'Time Zone', name: 'timeZone', description: TIME_ZONE_DESCRIPTION }),
		],
	},
];

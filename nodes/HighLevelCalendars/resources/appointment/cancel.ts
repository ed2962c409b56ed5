import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/routing';

/**
 * Appointment: Cancel (PUT /calendars/events/appointments/{eventId} with appointmentStatus cancelled,
 * nothing else). Also shown: Appointment ID (parameters.ts).
 */
export const appointmentCancelDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'cancelOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('appointment', ['cancel']),
		options: [
			{
				displayName: 'Notify',
				name: 'toNotify',
				type: 'boolean',
				default: true,
				description: 'Whether HighLevel runs its automations (such as the cancellation email)',
				routing: { send: { type: 'body', property: 'toNotify' } },
			},
		],
	},
];

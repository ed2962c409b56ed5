import type { INodeProperties } from 'n8n-workflow';

import {
	addIdsToBody,
	addLocationIdToBody,
	applyRecurrenceRule,
	checkBody,
	fillPathParameters,
	normalizeAppointmentTimes,
	requireSomethingToUpdate,
} from '../../shared/hooks';
import { route } from '../../shared/routing';
import { appointmentCreateCheckedFields, appointmentCreateDescription } from './create';
import { appointmentUpdateCheckedFields, appointmentUpdateDescription } from './update';

export const appointmentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['appointment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Book an appointment',
				description: 'Book an appointment for a contact in a calendar',
				routing: route('POST', '/calendars/events/appointments', {
					preSend: [
						addLocationIdToBody,
						addIdsToBody('calendarId', 'contactId'),
						normalizeAppointmentTimes('additionalFields'),
						applyRecurrenceRule,
						checkBody(appointmentCreateCheckedFields),
					],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an appointment',
				description: 'Change only the fields you set on an existing appointment',
				routing: route('PUT', '/calendars/events/appointments/{eventId}', {
					preSend: [
						fillPathParameters,
						normalizeAppointmentTimes('updateFields'),
						applyRecurrenceRule,
						checkBody(appointmentUpdateCheckedFields),
						requireSomethingToUpdate('Update Fields'),
					],
				}),
			},
		],
		default: 'create',
	},
	...appointmentCreateDescription,
	...appointmentUpdateDescription,
];

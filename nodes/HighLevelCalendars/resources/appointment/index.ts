import type { INodeProperties } from 'n8n-workflow';

import {
	addEventFilters,
	addIdsToBody,
	addLocationIdToBody,
	addLocationIdToQuery,
	applyRecurrence,
	checkBody,
	fillPathParameters,
	keepDuration,
	markCancelled,
	normalizeAppointmentTimes,
	requireSomethingToUpdate,
	unwrap,
	windowInQuery,
} from '../../shared/hooks';
import { route } from '../../shared/routing';
import { appointmentCancelDescription } from './cancel';
import { appointmentCreateCheckedFields, appointmentCreateDescription } from './create';
import { appointmentGetAllDescription } from './getAll';
import { eventIdParameter } from './parameters';
import { appointmentRescheduleDescription } from './reschedule';
import { appointmentUpdateCheckedFields, appointmentUpdateDescription } from './update';

const APPOINTMENT_PATH = '/calendars/events/appointments/{eventId}';

export const appointmentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['appointment'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an appointment',
				description: 'Set an appointment’s status to cancelled, changing nothing else',
				routing: route('PUT', APPOINTMENT_PATH, { preSend: [fillPathParameters, markCancelled] }),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Book an appointment',
				description: 'Book an appointment for a contact in a calendar at a given start time',
				routing: route('POST', '/calendars/events/appointments', {
					preSend: [
						addLocationIdToBody,
						addIdsToBody('calendarId', 'contactId'),
						normalizeAppointmentTimes('additionalFields.timeZone', { startRequired: true }),
						applyRecurrence('additionalFields.timeZone'),
						checkBody(appointmentCreateCheckedFields),
					],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an appointment',
				description: 'Delete an appointment for good (to keep a record, use Cancel)',
				routing: route('DELETE', '/calendars/events/{eventId}', { preSend: [fillPathParameters] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an appointment',
				description: 'Get one appointment by its ID',
				routing: route('GET', APPOINTMENT_PATH, {
					preSend: [fillPathParameters],
					postReceive: [unwrap('event')],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many appointments',
				description: 'List the appointments of a calendar, user or group between two times',
				routing: route('GET', '/calendars/events', {
					preSend: [
						addLocationIdToQuery,
						addEventFilters,
						windowInQuery({
							from: ['from', 'From'],
							to: ['to', 'To'],
							zoneParameter: 'getAllOptions.timeZone',
							startKey: 'startTime',
							endKey: 'endTime',
						}),
					],
				}),
			},
			{
				name: 'Reschedule',
				value: 'reschedule',
				action: 'Reschedule an appointment',
				description: 'Move an appointment to a new start time, keeping its length unless a new end is given',
				routing: route('PUT', APPOINTMENT_PATH, {
					preSend: [
						fillPathParameters,
						normalizeAppointmentTimes('rescheduleOptions.timeZone', { startRequired: true }),
						keepDuration('rescheduleOptions.timeZone'),
					],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an appointment',
				description: 'Change only the fields you set on an existing appointment',
				routing: route('PUT', APPOINTMENT_PATH, {
					preSend: [
						fillPathParameters,
						normalizeAppointmentTimes('updateFields.timeZone'),
						applyRecurrence('updateFields.timeZone'),
						checkBody(appointmentUpdateCheckedFields),
						requireSomethingToUpdate('Update Fields'),
					],
				}),
			},
		],
		default: 'create',
	},
	eventIdParameter,
	...appointmentCreateDescription,
	...appointmentUpdateDescription,
	...appointmentRescheduleDescription,
	...appointmentCancelDescription,
	...appointmentGetAllDescription,
];

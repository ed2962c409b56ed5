import type { INodeProperties } from 'n8n-workflow';

import { timeZoneLocator } from '../../HighLevelCalendars/shared/descriptions';
import { APPOINTMENT_EVENTS } from './events';

/** Parameters both triggers show, defined once. */

export function eventsProperty(withDeleted: boolean): INodeProperties {
	return {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Appointment Booked',
				value: APPOINTMENT_EVENTS.booked,
				description: 'A new appointment was booked',
			},
			{
				name: 'Appointment Cancelled',
				value: APPOINTMENT_EVENTS.cancelled,
				description:
					'Its status became cancelled (reported as this event only, not also as Updated)',
			},
			...(withDeleted
				? [
						{
							name: 'Appointment Deleted',
							value: APPOINTMENT_EVENTS.deleted,
							description: 'The appointment was deleted',
						},
					]
				: []),
			{
				name: 'Appointment Updated',
				value: APPOINTMENT_EVENTS.updated,
				description: 'Rescheduled, or its details or status changed',
			},
		],
		default: [APPOINTMENT_EVENTS.booked],
	};
}

// The statuses AppointmentCreateSchema and AppointmentEditSchema list (apps/calendars.json).
const STATUSES = [
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Confirmed', value: 'confirmed' },
	{ name: 'Invalid', value: 'invalid' },
	{ name: 'New', value: 'new' },
	{ name: 'No Show', value: 'noshow' },
	{ name: 'Showed', value: 'showed' },
];

export const calendarIdsProperty: INodeProperties = {
	displayName: 'Calendar Names or IDs',
	name: 'calendarIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getCalendars' },
	default: [],
	description:
		'Only appointments of these calendars. Leave empty for every calendar of the sub-account. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const statusesProperty: INodeProperties = {
	displayName: 'Statuses',
	name: 'statuses',
	type: 'multiOptions',
	options: STATUSES,
	default: [],
	description:
		'Only appointments whose status (after the change) is one of these. Leave empty for any status.',
};

export const timeZoneProperty: INodeProperties = timeZoneLocator({
	displayName: 'Output Time Zone',
	name: 'timeZone',
	description:
		"Time zone in which the output's startTime and endTime are given (the appointment keeps HighLevel's own times as well). Leave empty for the workflow time zone.",
});

export const includePayloadOption: INodeProperties = {
	displayName: 'Include Raw Payload',
	name: 'includePayload',
	type: 'boolean',
	default: false,
	description: 'Whether to add what HighLevel sent, unchanged, under "payload"',
};

import type { INodeProperties } from 'n8n-workflow';

import {
	TIME_FORMAT_HINT,
	calendarLocator,
	contactLocator,
	userLocator,
} from '../../shared/descriptions';
import {
	AGENT_TIME,
	agentId,
	fieldForTool,
	locatorForTool,
	withToolVariant,
} from '../../shared/agent';
import { recurrenceBuilder } from './recurrence';

/**
 * Appointment parameters used by several operations, each defined once (the operations declare which
 * they show), and the fields shared by Create (AppointmentCreateSchema) and Update
 * (AppointmentEditSchema), whose `name` is the body property each sends.
 */

export const eventIdParameter: INodeProperties = withToolVariant(
	{
		displayName: 'Appointment ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ocQHyuzHvysMo5N5VsXc',
		description:
			'ID of the appointment (the ID returned when it was booked). For one occurrence of a recurring series use its instance ID, such as ocQHyuzHvysMo5N5VsXc_1729821600000_1800; the series ID changes the whole series.',
	},
	fieldForTool(
		'Appointment ID',
		`${agentId('appointment', 'the id a booking or a list of appointments returned')}. For one occurrence of a recurring series its instance ID (series ID, _, epoch milliseconds, _, minutes)`,
	),
);

/**
 * The contact an appointment is booked for (Create) or whose appointments are listed. Hidden while
 * Create finds the contact by email or phone (Contact By; Get Many for Contact has none, so shows it).
 */
export const contactIdParameter: INodeProperties = withToolVariant(
	{
		...contactLocator({
			displayName: 'Contact',
			name: 'contactId',
			required: true,
			description: 'Contact the appointments are for',
		}),
		displayOptions: { hide: { contactBy: ['emailOrPhone'] } },
	},
	locatorForTool('Contact ID', agentId('contact', 'ask the user or look the contact up first')),
);

export const startTimeParameter: INodeProperties = withToolVariant(
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: `When the appointment starts. ${TIME_FORMAT_HINT}.`,
		routing: { send: { type: 'body', property: 'startTime' } },
	},
	fieldForTool('Start Time', `When the appointment starts: ${AGENT_TIME}`),
);

/** Notify (toNotify): whether HighLevel runs its automations for a change. */
export function toNotifyField(what: string): INodeProperties {
	return {
		displayName: 'Notify',
		name: 'toNotify',
		type: 'boolean',
		default: true,
		description: `Whether HighLevel runs its automations (${what})`,
	};
}

export const appointmentStatuses = [
	{ name: 'New', value: 'new' },
	{ name: 'Confirmed', value: 'confirmed' },
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Showed', value: 'showed' },
	{ name: 'No Show', value: 'noshow' },
	{ name: 'Invalid', value: 'invalid' },
];

export function appointmentFields({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			description:
				'Meeting address or link for this appointment. When set, the meeting location type defaults to Custom.',
		},
		userLocator({
			displayName: 'Assigned User',
			name: 'assignedUserId',
			description: 'Team member who takes the appointment',
		}),
		...(forUpdate
			? ([
					calendarLocator({
						displayName: 'Calendar',
						name: 'calendarId',
						description: 'Move the appointment to this calendar',
					}),
				] satisfies INodeProperties[])
			: []),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			description: `When the appointment ends. ${TIME_FORMAT_HINT}. Leave out to use the calendar's slot duration.`,
		},
		{
			displayName: 'Ignore Date Range',
			name: 'ignoreDateRange',
			type: 'boolean',
			default: false,
			description: "Whether to ignore the calendar's minimum scheduling notice and booking window",
		},
		{
			displayName: 'Ignore Free Slot Validation',
			name: 'ignoreFreeSlotValidation',
			type: 'boolean',
			default: false,
			description:
				'Whether to book even if the slot is not free (also ignores the date range). Set automatically when a Recurrence Rule is given, because HighLevel applies the rule only then.',
		},
		{
			displayName: 'Meeting Location Name or ID',
			name: 'meetingLocationId',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getMeetingLocations',
				loadOptionsDependsOn: ['calendarId', 'eventId', 'appointmentUpdateFields.calendarId'],
			},
			// The spec's default (AppointmentCreateSchema, AppointmentEditSchema), always in the list.
			default: 'default',
			description:
				'One of the meeting locations configured on the calendar (its meetingId). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Meeting Location Type',
			name: 'meetingLocationType',
			type: 'options',
			options: [
				{ name: 'Address', value: 'address' },
				{ name: 'Custom', value: 'custom' },
				{ name: 'Google', value: 'google' },
				{ name: 'Google Meet', value: 'gmeet' },
				{ name: 'Microsoft Teams', value: 'ms_teams' },
				{ name: 'Phone', value: 'phone' },
				{ name: 'Zoom', value: 'zoom' },
			],
			default: 'custom',
			description: 'Kind of meeting location, when not using a configured Meeting Location ID',
		},
		toNotifyField('confirmations, workflows'),
		{
			displayName: 'Override Location Config',
			name: 'overrideLocationConfig',
			type: 'boolean',
			default: false,
			description:
				"Whether the meeting location given here replaces the calendar's configuration: true when only a Meeting Location Type is given, false when only a Meeting Location ID is",
		},
		recurrenceBuilder,
		{
			displayName: 'Recurrence Rule (RRULE)',
			name: 'rrule',
			type: 'string',
			default: '',
			placeholder: 'RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4',
			description:
				'For experts: an RFC 5545 rule without DTSTART (the series starts at Start Time); use either this or Recurrence. HighLevel applies a rule only with free-slot validation off, so the node turns Ignore Free Slot Validation on for you.',
		},
		...(forUpdate
			? ([
					{
						displayName: 'Start Time',
						name: 'startTime',
						type: 'dateTime',
						default: '',
						description: `New start of the appointment. ${TIME_FORMAT_HINT}.`,
					},
				] satisfies INodeProperties[])
			: []),
		{
			displayName: 'Status',
			name: 'appointmentStatus',
			type: 'options',
			options: appointmentStatuses,
			default: 'confirmed',
			description: 'Status of the appointment',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
		},
	];
	return fields;
}

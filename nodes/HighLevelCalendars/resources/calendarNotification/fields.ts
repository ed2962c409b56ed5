import type { INodeProperties } from 'n8n-workflow';

import { calendarNotificationLocator } from '../../shared/descriptions';

/**
 * Calendar notification parameters shown by several operations, and the settings shared by Create
 * (each entry of the Notifications builder: CreateCalendarNotificationDTO) and Update (Update Fields:
 * UpdateCalendarNotificationsDTO). Each setting's `name` is the property it sends; hooks.ts shapes them.
 * The enums are the spec's, value for value.
 */

export const notificationIdParameter = calendarNotificationLocator({
	displayName: 'Notification',
	name: 'notificationId',
	required: true,
	description: "The notification to work on; the list shows the chosen calendar's",
});

export const receiverTypes = [
	{ name: 'Assigned User', value: 'assignedUser' },
	{ name: 'Business', value: 'business' },
	{ name: 'Contact', value: 'contact' },
	{ name: 'Email Addresses', value: 'emails', description: 'The Additional Emails' },
	{ name: 'Guest', value: 'guest' },
	{ name: 'Phone Numbers', value: 'phoneNumbers', description: 'The Additional Phone Numbers' },
];

export const channels = [
	{ name: 'Email', value: 'email' },
	{ name: 'In-App', value: 'inApp' },
	{ name: 'SMS', value: 'sms' },
	{ name: 'WhatsApp', value: 'whatsapp' },
];

export const notificationTypes = [
	{ name: 'Booked', value: 'booked' },
	{ name: 'Cancellation', value: 'cancellation' },
	{ name: 'Confirmation', value: 'confirmation' },
	{ name: 'Follow-Up', value: 'followup', description: 'Sent after the appointment (Send After)' },
	{ name: 'Reminder', value: 'reminder', description: 'Sent before the appointment (Send Before)' },
	{ name: 'Reschedule', value: 'reschedule' },
];

/**
 * SchedulesDTO.unit is a string without an enum, and the one value the spec shows (every example of
 * afterTime and beforeTime) is `hours`; no official document (shared/highlevel-api) names another
 * unit, so Hours is the only one offered and an expression giving another is refused before sending.
 */
export const scheduleUnits = [{ name: 'Hours', value: 'hours' }];

/** A builder of SchedulesDTO entries (afterTime, beforeTime): each a time offset and its unit. */
function schedules(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Time',
		default: {},
		description,
		options: [
			{
				displayName: 'Time',
				name: 'time',
				values: [
					{
						displayName: 'Time Offset',
						name: 'timeOffset',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 1,
						description: 'How many hours',
					},
					{
						displayName: 'Unit',
						name: 'unit',
						type: 'options',
						options: scheduleUnits,
						default: 'hours',
						description: 'The only unit the spec documents',
					},
				],
			},
		],
	};
}

/** The settings of one notification; Create requires the first three, Update adds Deleted. */
export function notificationFields({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	const required = !forUpdate;
	const fields: INodeProperties[] = [
		{
			displayName: 'Receiver Type',
			name: 'receiverType',
			type: 'options',
			required,
			options: receiverTypes,
			default: 'contact',
			description: 'Who gets the notification',
		},
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'options',
			required,
			options: channels,
			default: 'email',
			description: 'How the notification is sent',
		},
		{
			displayName: 'Notification Type',
			name: 'notificationType',
			type: 'options',
			required,
			options: notificationTypes,
			default: 'confirmation',
			description: 'Which moment of the booking the notification is for',
		},
		{
			displayName: 'Additional Emails',
			name: 'additionalEmailIds',
			type: 'string',
			default: '',
			placeholder: 'front-desk@example.com, owner@example.com',
			description: 'Further email addresses that receive it, separated by commas',
		},
		{
			displayName: 'Additional Phone Numbers',
			name: 'additionalPhoneNumbers',
			type: 'string',
			default: '',
			placeholder: '+14155550100, +14155550101',
			description: 'Further phone numbers that receive it, separated by commas',
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Message of an email or SMS notification; not needed for in-app ones',
		},
		{
			displayName: 'From Address',
			name: 'fromAddress',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Sender address of an email notification',
		},
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			description: 'Sender name of an email or SMS notification',
		},
		{
			displayName: 'From Number',
			name: 'fromNumber',
			type: 'string',
			default: '',
			placeholder: '+14155550100',
			description: 'Sender number of an SMS notification',
		},
		{
			displayName: 'Is Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description: 'Whether the notification is sent',
		},
		{
			displayName: 'Selected User Names or IDs',
			name: 'selectedUsers',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getNotificationUsers' },
			default: [],
			description:
				'Users who get in-app and business email notifications, or Sub-Account Admins. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		schedules(
			'Send After',
			'afterTime',
			'When a follow-up is sent after the appointment; for Follow-Up notifications only',
		),
		schedules(
			'Send Before',
			'beforeTime',
			'When a reminder is sent before the appointment; for Reminder notifications only',
		),
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			description: 'Subject of an email notification; not needed for in-app ones',
		},
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			description: 'ID of the HighLevel email template to send; not needed for in-app ones',
		},
	];
	if (!forUpdate) return fields;
	return [
		...fields,
		{
			displayName: 'Deleted',
			name: 'deleted',
			type: 'boolean',
			default: false,
			description: 'Whether to mark the notification deleted (a soft delete: HighLevel keeps it)',
		},
	];
}

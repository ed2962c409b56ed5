import type { INodeProperties } from 'n8n-workflow';

import {
	customAvailabilityField,
	locationConfigurationsField,
	lookBusyField,
	openHoursField,
	recurringField,
	teamMembersField,
} from './builders';
import { calendarLocator, groupLocator, withoutIdCheck } from '../../shared/descriptions';
import { agentId, locatorForTool, withToolVariant } from '../../shared/agent';
import { timeUnits } from './options';
import { bookingPageSettings } from './page';

/**
 * The Calendar parameter of the calendar resource, shown by every operation that declares it.
 * (Appointment: Create has its own: displayOptions cannot say "calendar:get or appointment:create".)
 */
export const calendarIdParameter = withToolVariant(
	calendarLocator({
		displayName: 'Calendar',
		name: 'calendarId',
		required: true,
		description: 'The calendar to work on',
	}),
	locatorForTool('Calendar ID', agentId('calendar', 'ask the user or list the calendars first')),
);

/**
 * Calendar settings shared by Create (CalendarCreateDTO) and Update (CalendarUpdateDTO). Each option's
 * `name` is the body property it sends (the booking page's in page.ts); the shapers in body.ts turn the builders (open
 * hours, team members, ...) into the nested shapes the API wants.
 * Left out on purpose: `notifications` (deprecated in the spec in favour of the Calendar Notifications
 * API) and `meetingLocation` / `teamMembers[].meetingLocationType|meetingLocation` (deprecated, readOnly).
 */

function duration(name: string, displayName: string, description: string): INodeProperties[] {
	return [
		{
			displayName,
			name,
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description,
		},
		{
			displayName: `${displayName} Unit`,
			name: `${name}Unit`,
			type: 'options',
			options: timeUnits,
			default: 'mins',
			description: `Unit of ${displayName}`,
		},
	];
}

export function calendarSettings({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	const rules: INodeProperties[] = [
		{
			displayName: 'Allow Booking After',
			name: 'allowBookingAfter',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Minimum scheduling notice: how far ahead a booking must be made',
		},
		{
			displayName: 'Allow Booking After Unit',
			name: 'allowBookingAfterUnit',
			type: 'options',
			options: [
				{ name: 'Hours', value: 'hours' },
				{ name: 'Days', value: 'days' },
				{ name: 'Weeks', value: 'weeks' },
				{ name: 'Months', value: 'months' },
			],
			default: 'hours',
			description: 'Unit of Allow Booking After',
		},
		{
			displayName: 'Allow Booking For',
			name: 'allowBookingFor',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description: 'Booking window: how far into the future bookings are accepted',
		},
		{
			displayName: 'Allow Booking For Unit',
			name: 'allowBookingForUnit',
			type: 'options',
			options: [
				{ name: 'Days', value: 'days' },
				{ name: 'Weeks', value: 'weeks' },
				{ name: 'Months', value: 'months' },
			],
			default: 'days',
			description: 'Unit of Allow Booking For',
		},
		{
			displayName: 'Allow Cancellation',
			name: 'allowCancellation',
			type: 'boolean',
			default: true,
			description: 'Whether invitees may cancel from the confirmation email',
		},
		{
			displayName: 'Allow Reschedule',
			name: 'allowReschedule',
			type: 'boolean',
			default: true,
			description: 'Whether invitees may reschedule from the confirmation email',
		},
		{
			// Spelled this way in the spec (CalendarCreateDTO.appoinmentPerDay).
			displayName: 'Appointments Per Day',
			name: 'appoinmentPerDay',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Maximum number of appointments that can be booked on one day',
		},
		{
			// Spelled this way in the spec (CalendarCreateDTO.appoinmentPerSlot).
			displayName: 'Appointments Per Slot',
			name: 'appoinmentPerSlot',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Maximum bookings per slot and user; seats per slot on a class booking calendar',
		},
		{
			displayName: 'Auto Confirm',
			name: 'autoConfirm',
			type: 'boolean',
			default: true,
			description: 'Whether new bookings are confirmed automatically',
		},
		{
			displayName: 'Availability Type',
			name: 'availabilityType',
			type: 'options',
			options: [
				{ name: 'Open Hours Only', value: 0 },
				{ name: 'Custom Availability Only', value: 1 },
			],
			default: 0,
			description:
				'Which availability HighLevel uses. Leave this out to use both open hours and custom availability.',
		},
		customAvailabilityField({ forUpdate }),
		...duration(
			'slotBuffer',
			'Buffer After',
			'Time kept free after each appointment to wrap up (slotBuffer)',
		),
		...duration(
			'preBuffer',
			'Buffer Before',
			'Time kept free before each appointment to get ready (preBuffer)',
		),
		{
			displayName: 'Enable Recurring',
			name: 'enableRecurring',
			type: 'boolean',
			default: false,
			description:
				'Whether appointments on this calendar can recur. The calendar must have exactly one team member.',
		},
		groupLocator({
			displayName: 'Calendar Group',
			name: 'groupId',
			description: 'The calendar group this calendar belongs to',
		}),
		{
			displayName: 'Is Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description: 'Whether the calendar is live (true) or a draft (false)',
		},
		lookBusyField,
		locationConfigurationsField,
		openHoursField,
		recurringField,
		{
			displayName: 'Round Robin Mode',
			name: 'eventType',
			type: 'options',
			options: [
				{ name: 'Optimize for Availability', value: 'RoundRobin_OptimizeForAvailability' },
				{
					name: 'Optimize for Equal Distribution',
					value: 'RoundRobin_OptimizeForEqualDistribution',
				},
			],
			default: 'RoundRobin_OptimizeForAvailability',
			description: 'How a round robin calendar picks the team member',
		},
		{
			displayName: 'Send Alert Emails to Assigned Member',
			name: 'shouldSendAlertEmailsToAssignedMember',
			type: 'boolean',
			default: false,
			description: 'Whether the assigned team member gets the booking alerts',
		},
		{
			displayName: 'Assign Contact to Team Member',
			name: 'shouldAssignContactToTeamMember',
			type: 'boolean',
			default: false,
			description:
				'Whether the booking contact is assigned to the team member who takes the appointment',
		},
		{
			displayName: 'Skip Assigning Existing Contacts',
			name: 'shouldSkipAssigningContactForExisting',
			type: 'boolean',
			default: false,
			description: 'Whether contacts that already have an owner keep them',
		},
		...duration('slotDuration', 'Slot Duration', 'Length of each appointment'),
		...duration(
			'slotInterval',
			'Slot Interval',
			'Time between the start of one bookable slot and the next',
		),
		{
			displayName: 'Sticky Contact',
			name: 'stickyContact',
			type: 'boolean',
			default: false,
			description: 'Whether returning contacts are booked with the same team member',
		},
		teamMembersField,
	];
	// One alphabetical "Add Field" list, as before the settings were split by theme.
	return [...rules, ...bookingPageSettings].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	);
}

/**
 * Calendar settings in the groups of HighLevel's own calendar settings, each group one "Add Setting"
 * list (n8n lists a collection's options alphabetically, so each value and its Unit stand together).
 * Every setting is in exactly one group (test/calendar/fields.test.ts); the body on the wire is the
 * same as from one list, since each setting still sends its own body property.
 */
export const CALENDAR_SETTING_GROUPS = [
	{
		key: 'Availability',
		displayName: 'Availability',
		settings: [
			'availabilityType',
			'openHours',
			'availabilities',
			'slotDuration',
			'slotDurationUnit',
			'slotInterval',
			'slotIntervalUnit',
			'slotBuffer',
			'slotBufferUnit',
			'preBuffer',
			'preBufferUnit',
			'lookBusyConfig',
		],
	},
	{
		key: 'BookingRules',
		displayName: 'Booking Rules',
		settings: [
			'isActive',
			'groupId',
			'allowBookingAfter',
			'allowBookingAfterUnit',
			'allowBookingFor',
			'allowBookingForUnit',
			'appoinmentPerDay',
			'appoinmentPerSlot',
			'allowCancellation',
			'allowReschedule',
			'autoConfirm',
			'enableRecurring',
			'recurring',
			'guestType',
		],
	},
	{
		key: 'Team',
		displayName: 'Team and Round Robin',
		settings: [
			'teamMembers',
			'eventType',
			'shouldAssignContactToTeamMember',
			'shouldSkipAssigningContactForExisting',
			'shouldSendAlertEmailsToAssignedMember',
			'stickyContact',
		],
	},
	{
		key: 'MeetingLocations',
		displayName: 'Meeting Locations',
		settings: ['locationConfigurations'],
	},
	{
		key: 'NotificationsAndForms',
		displayName: 'Notifications and Forms',
		settings: [
			'alertEmail',
			'googleInvitationEmails',
			'formId',
			'formSubmitType',
			'formSubmitRedirectURL',
			'formSubmitThanksMessage',
			'consentLabel',
			'isLivePaymentMode',
			'pixelId',
			'notes',
		],
	},
	{
		key: 'Appearance',
		displayName: 'Appearance',
		settings: [
			'name',
			'description',
			'eventTitle',
			'eventColor',
			'calendarCoverImage',
			'slug',
			'widgetSlug',
			'widgetType',
		],
	},
] as const;

/**
 * The settings of Calendar: Create or Update as one collection per group, named
 * `calendar<Operation><Group>` (calendarCreateAvailability, calendarUpdateTeam …).
 */
export function calendarSettingCollections(
	operation: 'create' | 'update',
	settings: INodeProperties[],
): INodeProperties[] {
	const placed = new Set<string>(CALENDAR_SETTING_GROUPS.flatMap((group) => group.settings));
	const unplaced = settings.filter((setting) => !placed.has(setting.name));
	if (unplaced.length) {
		throw new Error(`Calendar settings in no group: ${unplaced.map((s) => s.name).join(', ')}`);
	}
	return CALENDAR_SETTING_GROUPS.map(({ key, displayName, settings: names }) => ({
		displayName,
		name: `calendar${operation === 'create' ? 'Create' : 'Update'}${key}`,
		type: 'collection' as const,
		placeholder: 'Add Setting',
		default: {},
		...(operation === 'update'
			? { description: 'Only the settings added here are sent; everything else stays as it is' }
			: {}),
		options: settings
			.filter((setting) => (names as readonly string[]).includes(setting.name))
			.map(withoutIdCheck),
	})).filter((group) => group.options.length > 0);
}

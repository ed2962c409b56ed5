import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	calendarLocator,
	scheduleLocator,
	timeZoneLocator,
	userLocator,
} from '../../shared/descriptions';

/**
 * Fields of the availability schedule resource shared by its operations. The schedule's availability
 * (ScheduleRuleDTO) is one builder, `rules`, shaped into the spec's rules by body.ts, which names its
 * errors after the labels here.
 */

/**
 * The Schedule parameter of every operation on one schedule. The spec names the path parameter `{id}`;
 * the parameter is `scheduleId` so it cannot be mistaken for the calendar's or another resource's ID
 * (scheduleIdPath fills `{id}` from it).
 */
export const scheduleIdParameter = scheduleLocator({
	displayName: 'Schedule',
	name: 'scheduleId',
	required: true,
	description: 'The availability schedule to work on',
});

/** route()'s `path` for `/calendars/schedules/{id}`. */
export const scheduleIdPath = { id: scheduleIdParameter };

/** The schedule's user: required by Create (body) and Get Many (query), as the spec says. */
export const userIdParameter = userLocator({
	displayName: 'User',
	name: 'userId',
	required: true,
	description: 'The user the schedule belongs to',
});

const ZONE_DESCRIPTION =
	"Time zone the schedule's hours are in (IANA name such as America/New_York). HighLevel accepts only names of the form Area/City here.";

export function scheduleTimeZoneField({ required }: { required: boolean }): INodeProperties {
	return timeZoneLocator({
		displayName: 'Time Zone',
		name: 'timezone',
		required,
		description: ZONE_DESCRIPTION,
	});
}

export const scheduleNameField = ({ required }: { required: boolean }): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'Business Hours',
	description: 'Name of the schedule',
});

// ScheduleRuleDTO.day; in week order, as the editor's users read a week.
export const scheduleDays: INodePropertyOptions[] = [
	{ name: 'Sunday', value: 'sunday' },
	{ name: 'Monday', value: 'monday' },
	{ name: 'Tuesday', value: 'tuesday' },
	{ name: 'Wednesday', value: 'wednesday' },
	{ name: 'Thursday', value: 'thursday' },
	{ name: 'Friday', value: 'friday' },
	{ name: 'Saturday', value: 'saturday' },
];

function interval(): INodeProperties[] {
	return [
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '09:00',
			placeholder: '09:00',
			description: 'When availability starts, as HH:mm in the 24-hour clock',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '17:00',
			placeholder: '17:00',
			description: 'When availability ends, as HH:mm in the 24-hour clock (24:00 is not allowed)',
		},
	];
}

/** ScheduleRuleDTO[]: weekly hours (type wday) and date overrides (type date). */
export const rulesField: INodeProperties = {
	displayName: 'Availability',
	name: 'rules',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Hours',
	default: {},
	description:
		"When the schedule is available, in its time zone. Entries for the same day or date are combined into one rule with several ranges. Sent as the schedule's rules: on Update they replace all rules.",
	options: [
		{
			displayName: 'Weekly Hours',
			name: 'weekly',
			values: [
				{
					displayName: 'Day',
					name: 'day',
					type: 'options',
					options: scheduleDays,
					default: 'monday',
					description: 'Day of the week these hours apply to, every week',
				},
				...interval(),
			],
		},
		{
			displayName: 'Date Override',
			name: 'override',
			values: [
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description:
						"The calendar date; only the date part is used. A date-time with an offset is read in the schedule's Time Zone (on Update without a Time Zone, in the workflow's).",
				},
				{
					displayName: 'Unavailable All Day',
					name: 'unavailable',
					type: 'boolean',
					default: false,
					description: 'Whether the date has no hours at all (From and To are then ignored)',
				},
				...interval(),
			],
		},
	],
};

/** The picker of each entry of Calendars (its URL mode is read by body.ts). */
export const calendarIdsPicker = calendarLocator({
	displayName: 'Calendar',
	name: 'calendarId',
	description: 'A calendar of the sub-account',
});

/** CreateScheduleDTO.calendarIds, each from the calendar picker. */
export const calendarIdsField: INodeProperties = {
	displayName: 'Calendars',
	name: 'calendarIds',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Calendar',
	default: {},
	description: 'Calendars that use this schedule from the start (Add Calendar adds more later)',
	options: [
		{
			displayName: 'Calendar',
			name: 'calendar',
			values: [calendarIdsPicker],
		},
	],
};

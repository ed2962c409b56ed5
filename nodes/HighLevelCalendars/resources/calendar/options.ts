import type { INodePropertyOptions } from 'n8n-workflow';

/** Option lists of the calendar fields, also read by the meeting-location picker. */

export const timeUnits: INodePropertyOptions[] = [
	{ name: 'Minutes', value: 'mins' },
	{ name: 'Hours', value: 'hours' },
];

export const meetingLocationKinds: INodePropertyOptions[] = [
	{ name: 'Booker (Invitee Chooses)', value: 'booker' },
	{ name: 'Custom', value: 'custom' },
	{ name: 'Google Meet', value: 'google_conference' },
	{ name: 'Inbound Call', value: 'inbound_call' },
	{ name: 'Microsoft Teams', value: 'ms_teams_conference' },
	{ name: 'Outbound Call', value: 'outbound_call' },
	{ name: 'Physical Address', value: 'physical' },
	{ name: 'Zoom', value: 'zoom_conference' },
];

export const weekdays: INodePropertyOptions[] = [
	// daysOfTheWeek counts from Sunday = 0, like JavaScript's Date#getDay.
	{ name: 'Sunday', value: 0 },
	{ name: 'Monday', value: 1 },
	{ name: 'Tuesday', value: 2 },
	{ name: 'Wednesday', value: 3 },
	{ name: 'Thursday', value: 4 },
	{ name: 'Friday', value: 5 },
	{ name: 'Saturday', value: 6 },
];

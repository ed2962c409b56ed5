import type { INodeProperties } from 'n8n-workflow';

/** The recurrence builder; shared/recurrence.ts turns it into an RRULE (sent as `rrule`). */
export const recurrenceBuilder: INodeProperties = {
	displayName: 'Recurrence',
	name: 'recurrence',
	type: 'fixedCollection',
	placeholder: 'Add Recurrence',
	default: {},
	description:
		'Repeat the appointment. Builds an RFC 5545 rule; HighLevel applies it only with free-slot validation off, so the node turns Ignore Free Slot Validation on for you.',
	options: [
		{
			displayName: 'Rule',
			name: 'rule',
			// Alphabetical, as n8n's package scanner requires (it ignores eslint-disable comments).
			values: [
				{
					displayName: 'Ends',
					name: 'ends',
					type: 'options',
					options: [
						{ name: 'After a Number of Occurrences', value: 'count' },
						{ name: 'On a Date', value: 'until' },
					],
					default: 'count',
				},
				{
					displayName: 'Every',
					name: 'interval',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 1,
					description: 'Repeat every N days, weeks, months or years',
				},
				{
					displayName: 'Frequency',
					name: 'frequency',
					type: 'options',
					options: [
						{ name: 'Daily', value: 'DAILY' },
						{ name: 'Weekly', value: 'WEEKLY' },
						{ name: 'Monthly', value: 'MONTHLY' },
						{ name: 'Yearly', value: 'YEARLY' },
					],
					default: 'WEEKLY',
				},
				{
					displayName: 'Occurrences',
					name: 'count',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 4,
					displayOptions: { show: { ends: ['count'] } },
					description: 'How many appointments the series has, the first included',
				},
				{
					displayName: 'On Weekdays',
					name: 'weekdays',
					type: 'multiOptions',
					options: [
						{ name: 'Friday', value: 'FR' },
						{ name: 'Monday', value: 'MO' },
						{ name: 'Saturday', value: 'SA' },
						{ name: 'Sunday', value: 'SU' },
						{ name: 'Thursday', value: 'TH' },
						{ name: 'Tuesday', value: 'TU' },
						{ name: 'Wednesday', value: 'WE' },
					],
					default: [],
					description:
						'Days the appointment repeats on (BYDAY); leave empty for the weekday of the start',
				},
				{
					displayName: 'Until',
					name: 'until',
					type: 'dateTime',
					default: '',
					displayOptions: { show: { ends: ['until'] } },
					description: 'Last moment an occurrence may start, in the Time Zone option',
				},
			],
		},
	],
};

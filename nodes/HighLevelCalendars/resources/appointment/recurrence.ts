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
			// The fields read as a sentence ("every 2 weeks on Monday, ends after 4"), so they keep that order.
			// eslint-disable-next-line n8n-nodes-base/node-param-fixed-collection-type-unsorted-items
			values: [
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
					displayName: 'Every',
					name: 'interval',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 1,
					description: 'Repeat every N days, weeks, months or years',
				},
				{
					displayName: 'On Weekdays',
					name: 'weekdays',
					type: 'multiOptions',
					// Calendar order, not alphabetical: nobody looks for Friday before Monday.
					// eslint-disable-next-line n8n-nodes-base/node-param-multi-options-type-unsorted-items
					options: [
						{ name: 'Monday', value: 'MO' },
						{ name: 'Tuesday', value: 'TU' },
						{ name: 'Wednesday', value: 'WE' },
						{ name: 'Thursday', value: 'TH' },
						{ name: 'Friday', value: 'FR' },
						{ name: 'Saturday', value: 'SA' },
						{ name: 'Sunday', value: 'SU' },
					],
					default: [],
					description: 'Days the appointment repeats on (BYDAY); leave empty for the weekday of the start',
				},
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
					displayName: 'Occurrences',
					name: 'count',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 4,
					displayOptions: { show: { ends: ['count'] } },
					description: 'How many appointments the series has, the first included',
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

import type { INodeProperties } from 'n8n-workflow';

import { meetingLocationKinds, weekdays } from './options';

/**
 * The calendar builders: fixed collections the editor shows as nested forms, turned into the nested
 * shapes of CalendarCreateDTO / CalendarUpdateDTO by body.ts, which names errors after these labels.
 */

export function meetingLocations(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'locationConfigurations',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Meeting Location',
		default: {},
		description,
		options: [
			{
				displayName: 'Location',
				name: 'location',
				values: [
					{
						displayName: 'Kind',
						name: 'kind',
						type: 'options',
						options: meetingLocationKinds,
						default: 'custom',
						description:
							'Where the meeting happens. Zoom, Google Meet and Microsoft Teams are not available on event calendars.',
					},
					{
						displayName: 'Location',
						name: 'location',
						type: 'string',
						default: '',
						placeholder: '+14455550132 or https://meet.example.com/room',
						description:
							'Address, phone number or link. Not used for Zoom, Google Meet and Microsoft Teams.',
					},
				],
			},
		],
	};
}

function hoursRange(): INodeProperties[] {
	return [
		{
			displayName: 'Open Time',
			name: 'openTime',
			type: 'string',
			default: '09:00',
			placeholder: '09:00',
			description: 'When availability starts, as HH:mm in the 24-hour clock',
		},
		{
			displayName: 'Close Time',
			name: 'closeTime',
			type: 'string',
			default: '17:00',
			placeholder: '17:00',
			description: 'When availability ends, as HH:mm in the 24-hour clock',
		},
	];
}

export function customAvailabilityField({ forUpdate }: { forUpdate: boolean }): INodeProperties {
	return {
		displayName: 'Custom Availability',
		name: 'availabilities',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Date',
		default: {},
		description:
			'Hours for specific dates, overriding the open hours. Several ranges on the same date are combined.',
		options: [
			{
				displayName: 'Date',
				name: 'date',
				values: [
					{
						displayName: 'Date',
						name: 'date',
						type: 'dateTime',
						default: '',
						description:
							"The calendar date (only the date part is used, in the calendar's time zone)",
					},
					...hoursRange(),
					...(forUpdate
						? ([
								{
									displayName: 'Existing Entry ID',
									name: 'id',
									type: 'string',
									default: '',
									description:
										'ID of a custom availability already on the calendar, to change or delete it',
								},
								{
									displayName: 'Delete',
									name: 'deleted',
									type: 'boolean',
									default: false,
									description: 'Whether to remove this custom availability',
								},
							] satisfies INodeProperties[])
						: []),
				],
			},
		],
	};
}

export const lookBusyField: INodeProperties = {
	displayName: 'Look Busy',
	name: 'lookBusyConfig',
	type: 'fixedCollection',
	placeholder: 'Add Look Busy Settings',
	default: {},
	description: 'Hide a share of the free slots so the calendar looks busier',
	options: [
		{
			displayName: 'Settings',
			name: 'settings',
			values: [
				{
					displayName: 'Enabled',
					name: 'enabled',
					type: 'boolean',
					default: true,
					description: 'Whether Look Busy is on',
				},
				{
					// Capital L on the wire: LookBusyConfiguration.LookBusyPercentage.
					displayName: 'Percentage of Slots to Hide',
					name: 'LookBusyPercentage',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 100 },
					default: 20,
				},
			],
		},
	],
};

export const locationConfigurationsField: INodeProperties = meetingLocations(
	'Meeting Locations',
	'Where meetings take place (locationConfigurations). Per-member locations are set under Team Members.',
);

export const openHoursField: INodeProperties = {
	displayName: 'Open Hours',
	name: 'openHours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Opening Hours',
	default: {},
	description:
		"Weekly availability. Each entry is a set of days and one time range; add several entries for split days. Times are in the calendar's time zone.",
	options: [
		{
			displayName: 'Hours',
			name: 'hours',
			values: [
				{
					displayName: 'Days',
					name: 'daysOfTheWeek',
					type: 'multiOptions',
					options: weekdays,
					default: [1, 2, 3, 4, 5],
					description: 'Days these hours apply to',
				},
				...hoursRange(),
			],
		},
	],
};

export const recurringField: INodeProperties = {
	displayName: 'Recurring Settings',
	name: 'recurring',
	type: 'fixedCollection',
	placeholder: 'Add Recurring Settings',
	default: {},
	description: 'How recurring bookings behave; needs Enable Recurring',
	options: [
		{
			displayName: 'Settings',
			name: 'settings',
			values: [
				{
					displayName: 'Frequency',
					name: 'freq',
					type: 'options',
					options: [
						{ name: 'Daily', value: 'DAILY' },
						{ name: 'Weekly', value: 'WEEKLY' },
						{ name: 'Monthly', value: 'MONTHLY' },
					],
					default: 'WEEKLY',
				},
				{
					displayName: 'Count',
					name: 'count',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 24 },
					default: 4,
					description: 'Number of recurrences (at most 24)',
				},
				{
					displayName: 'When a Slot Is Taken',
					name: 'bookingOption',
					type: 'options',
					options: [
						{ name: 'Skip It', value: 'skip' },
						{ name: 'Book It Anyway', value: 'continue' },
						{ name: 'Book the Next Free Slot', value: 'book_next' },
					],
					default: 'skip',
					description: 'What to do when one of the recurring slots is not available',
				},
				{
					displayName: 'Status of Overlapping Bookings',
					name: 'bookingOverlapDefaultStatus',
					type: 'options',
					options: [
						{ name: 'Confirmed', value: 'confirmed' },
						{ name: 'New', value: 'new' },
					],
					default: 'confirmed',
					description: 'Status given to a recurring booking that overlaps another',
				},
			],
		},
	],
};

export const teamMembersField: INodeProperties = {
	displayName: 'Team Members',
	name: 'teamMembers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Team Member',
	default: {},
	description:
		'Users who take appointments. Required for round robin, collective, class and service calendars; a personal calendar has exactly one.',
	options: [
		{
			displayName: 'Member',
			name: 'member',
			values: [
				{
					displayName: 'User Name or ID',
					name: 'userId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					default: '',
					description:
						'A user of this sub-account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: [
						{ name: 'Low (0)', value: 0 },
						{ name: 'Medium (0.5)', value: 0.5 },
						{ name: 'High (1)', value: 1 },
					],
					default: 0.5,
					description: 'How often round robin picks this member',
				},
				{
					displayName: 'Primary',
					name: 'isPrimary',
					type: 'boolean',
					default: false,
					description: 'Whether this is the primary member. Collective calendars need exactly one.',
				},
				meetingLocations(
					'Meeting Locations',
					"This member's meeting locations. Several are allowed only when the calendar has one member.",
				),
			],
		},
	],
};

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * Calendar settings shared by Create (CalendarCreateDTO) and Update (CalendarUpdateDTO). Each option's
 * `name` is the body property it sends; the shapers in shared/calendarBody.ts turn the builders (open
 * hours, team members, ...) into the nested shapes the API wants.
 * Left out on purpose: `notifications` (deprecated in the spec in favour of the Calendar Notifications
 * API) and `meetingLocation` / `teamMembers[].meetingLocationType|meetingLocation` (deprecated, readOnly).
 */

const timeUnits: INodePropertyOptions[] = [
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

function meetingLocations(displayName: string, description: string): INodeProperties {
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

export function calendarSettings({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	const settings: INodeProperties[] = [
		{
			displayName: 'Alert Email',
			name: 'alertEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Email address that receives booking alerts',
		},
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
		{
			displayName: 'Calendar Cover Image',
			name: 'calendarCoverImage',
			type: 'string',
			default: '',
			description: 'URL of the image shown on the booking page',
		},
		{
			displayName: 'Consent Label',
			name: 'consentLabel',
			type: 'string',
			default: '',
			description: 'Text of the consent checkbox on the booking form',
		},
		{
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
							description: "The calendar date (only the date part is used, in the calendar's time zone)",
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
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Shown to invitees on the booking page',
		},
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
		{
			displayName: 'Event Color',
			name: 'eventColor',
			type: 'color',
			default: '#039be5',
			description: 'Colour of the appointments in the calendar view',
		},
		{
			displayName: 'Event Title',
			name: 'eventTitle',
			type: 'string',
			default: '{{contact.name}}',
			description: 'Title template of booked appointments; HighLevel fills {{contact.name}} and similar placeholders',
		},
		{
			displayName: 'Form ID',
			name: 'formId',
			type: 'string',
			default: '',
			description: 'ID of the HighLevel form shown on the booking page',
		},
		{
			displayName: 'Form Submit Redirect URL',
			name: 'formSubmitRedirectURL',
			type: 'string',
			default: '',
			description: 'Where invitees go after booking, when Form Submit Type is Redirect URL',
		},
		{
			displayName: 'Form Submit Thanks Message',
			name: 'formSubmitThanksMessage',
			type: 'string',
			default: '',
			description: 'Message shown after booking, when Form Submit Type is Thank You Message',
		},
		{
			displayName: 'Form Submit Type',
			name: 'formSubmitType',
			type: 'options',
			options: [
				{ name: 'Redirect URL', value: 'RedirectURL' },
				{ name: 'Thank You Message', value: 'ThankYouMessage' },
			],
			default: 'ThankYouMessage',
			description: 'What invitees see after booking',
		},
		{
			displayName: 'Google Invitation Emails',
			name: 'googleInvitationEmails',
			type: 'boolean',
			default: false,
			description: 'Whether Google Calendar sends its own invitation emails',
		},
		{
			displayName: 'Group ID',
			name: 'groupId',
			type: 'string',
			default: '',
			description: 'ID of the calendar group this calendar belongs to',
		},
		{
			displayName: 'Guest Type',
			name: 'guestType',
			type: 'options',
			options: [
				{ name: 'Count Only', value: 'count_only' },
				{ name: 'Collect Details', value: 'collect_detail' },
			],
			default: 'count_only',
			description: 'Whether invitees only give the number of guests or their details',
		},
		{
			displayName: 'Is Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description: 'Whether the calendar is live (true) or a draft (false)',
		},
		{
			displayName: 'Live Payment Mode',
			name: 'isLivePaymentMode',
			type: 'boolean',
			default: false,
			description: 'Whether payments on the booking page are live rather than test',
		},
		{
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
		},
		meetingLocations(
			'Meeting Locations',
			'Where meetings take place (locationConfigurations). Per-member locations are set under Team Members.',
		),
		{
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes added to each booked appointment',
		},
		{
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
		},
		{
			displayName: 'Pixel ID',
			name: 'pixelId',
			type: 'string',
			default: '',
			description: 'Facebook pixel ID for the booking page',
		},
		{
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
		},
		{
			displayName: 'Round Robin Mode',
			name: 'eventType',
			type: 'options',
			options: [
				{ name: 'Optimize for Availability', value: 'RoundRobin_OptimizeForAvailability' },
				{ name: 'Optimize for Equal Distribution', value: 'RoundRobin_OptimizeForEqualDistribution' },
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
			description: 'Whether the booking contact is assigned to the team member who takes the appointment',
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
			displayName: 'Slug',
			name: 'slug',
			type: 'string',
			default: '',
			placeholder: 'intro-call',
			description: 'Part of the booking page URL',
		},
		{
			displayName: 'Sticky Contact',
			name: 'stickyContact',
			type: 'boolean',
			default: false,
			description: 'Whether returning contacts are booked with the same team member',
		},
		{
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
							description:
								'Whether this is the primary member. Collective calendars need exactly one.',
						},
						meetingLocations(
							'Meeting Locations',
							"This member's meeting locations. Several are allowed only when the calendar has one member.",
						),
					],
				},
			],
		},
		{
			displayName: 'Widget Slug',
			name: 'widgetSlug',
			type: 'string',
			default: '',
			description: 'Slug of the booking widget',
		},
		{
			displayName: 'Widget Type',
			name: 'widgetType',
			type: 'options',
			options: [
				{ name: 'Neo', value: 'default' },
				{ name: 'Classic', value: 'classic' },
			],
			default: 'classic',
			description: 'Layout of the booking widget',
		},
	];
	return settings;
}

import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { fieldForTool, withToolVariant } from './agent';

/** Resource locators used in several places: pickers instead of pasted IDs. */

// HighLevel IDs are 20-odd letters and digits; recurring instances add _<epoch ms>_<minutes>.
const ID_PATTERN = '^[A-Za-z0-9_-]{3,}$';

// Modes are not parameters: `as const` keeps n8n-nodes-base's default-missing rule from taking them for one.
export const idMode = (placeholder: string, what: string): INodePropertyMode => ({
	displayName: 'By ID',
	name: 'id',
	type: 'string' as const,
	placeholder,
	validation: [
		{
			type: 'regex',
			properties: {
				regex: ID_PATTERN,
				errorMessage: `Not a ${what} ID (letters and digits, no spaces): to choose one by name, use From List`,
			},
		},
	],
});

export type LocatorOptions = Pick<
	INodeProperties,
	'displayName' | 'name' | 'description' | 'required' | 'displayOptions'
>;

interface UrlMode {
	placeholder: string;
	/** The URL path part that precedes the ID, such as /widget/booking/. */
	before: string;
	errorMessage: string;
}

/** A picker: a searchable list, optionally a URL HighLevel keeps stable, and the raw ID. */
export function locator(
	options: LocatorOptions,
	{
		search,
		listPlaceholder,
		url,
		byId,
	}: {
		search: string;
		listPlaceholder: string;
		url?: UrlMode & { displayName: string };
		byId: INodePropertyMode;
	},
): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...options,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: listPlaceholder,
				typeOptions: { searchListMethod: search, searchable: true },
			},
			...(url
				? [
						{
							displayName: url.displayName,
							name: 'url',
							type: 'string' as const,
							placeholder: url.placeholder,
							extractValue: { type: 'regex' as const, regex: `${url.before}([A-Za-z0-9_-]+)` },
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `^https?://.+${url.before}[A-Za-z0-9_-]+`,
										errorMessage: url.errorMessage,
									},
								},
							],
						},
					]
				: []),
			byId,
		],
	};
}

export function calendarLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchCalendars',
		listPlaceholder: 'Select a calendar...',
		// The booking link is the one stable URL of a calendar, on any white-label domain.
		url: {
			displayName: 'By Booking URL',
			placeholder: 'https://api.leadconnectorhq.com/widget/booking/ocQHyuzHvysMo5N5VsXc',
			before: '/widget/booking/',
			errorMessage: 'Not a HighLevel booking URL (…/widget/booking/<calendar ID>)',
		},
		byId: idMode('ocQHyuzHvysMo5N5VsXc', 'calendar'),
	});
}

export function contactLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchContacts',
		listPlaceholder: 'Search by name, email or phone...',
		url: {
			displayName: 'By URL',
			placeholder: 'https://app.gohighlevel.com/v2/location/…/contacts/detail/9NkT25Vor1v4aQatFsv2',
			before: '/contacts/detail/',
			errorMessage: 'Not a HighLevel contact URL (…/contacts/detail/<contact ID>)',
		},
		byId: idMode('9NkT25Vor1v4aQatFsv2', 'contact'),
	});
}

export function userLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchUsers',
		listPlaceholder: 'Select a user...',
		byId: idMode('082goXVW3lIExEQPOnd3', 'user'),
	});
}

export function scheduleLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchSchedules',
		listPlaceholder: 'Select a schedule...',
		byId: idMode('IkqiJlXJ7o9h61tCHHod', 'schedule'),
	});
}

export function blockSlotLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchBlockSlots',
		listPlaceholder: 'Select a block slot of the next 90 days...',
		byId: idMode('0TkCdp9PfvLeWKYRRvIz', 'block slot'),
	});
}

export function groupLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchCalendarGroups',
		listPlaceholder: 'Select a calendar group...',
		byId: idMode('ocQHyuzHvysMo5N5VsXc', 'calendar group'),
	});
}

/** A room or equipment; the list shows those of the operation's Resource Type. */
export function calendarResourceLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchCalendarResources',
		listPlaceholder: 'Select a room or equipment...',
		byId: idMode('Jsj0xnlDDjw0SuvX1J13', 'calendar resource'),
	});
}

/** A calendar's notification; the list shows those of the operation's Calendar. */
export function calendarNotificationLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchCalendarNotifications',
		listPlaceholder: 'Select a notification...',
		byId: idMode('66f1a2b3c4d5e6f708192a3b', 'notification'),
	});
}

export function timeZoneLocator(options: LocatorOptions): INodeProperties {
	return locator(options, {
		search: 'searchTimeZones',
		listPlaceholder: 'Select a time zone...',
		// Not `id`: n8n's editor labels a mode named `id` "By ID", whatever its displayName.
		byId: {
			displayName: 'By Name',
			name: 'name',
			type: 'string' as const,
			placeholder: 'America/New_York',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$|^UTC$',
						errorMessage: 'Not an IANA time zone name such as America/New_York',
					},
				},
			],
		},
	});
}

export const TIME_FORMAT_HINT =
	'ISO 8601 such as 2026-03-09T14:30:00 (read in the Time Zone option, by default the workflow time zone) or with an offset such as 2026-03-09T14:30:00-04:00; epoch milliseconds and Luxon DateTimes work too';

const TIME_ZONE_DESCRIPTION =
	'Time zone in which times without an offset are read (IANA name such as America/New_York). Leave empty for the workflow time zone. Times are sent with the offset in force on that date there, so daylight saving is handled.';

/** The Time Zone option, in the Options of every operation that reads or writes times. */
export function timeZoneOption(extra = ''): INodeProperties {
	return timeZoneLocator({
		displayName: 'Time Zone',
		name: 'timeZone',
		description: extra ? `${TIME_ZONE_DESCRIPTION} ${extra}` : TIME_ZONE_DESCRIPTION,
	});
}

/**
 * Name of what Create makes (a calendar, a calendar group): one definition, since the routing engine
 * evaluates a parameter once per definition of its name for every item.
 */
export const nameParameter: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'Name, as HighLevel shows it',
	routing: { send: { type: 'body', property: 'name' } },
};

/** Return All of every Get Many: one definition, shown for every operation that declares it. */
export const returnAllParameter: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
	// Contact: Find pages only by text (by email or phone there is at most one contact); elsewhere Find
	// By is absent, which counts as its default (Text): shown.
	displayOptions: { hide: { findBy: ['email', 'phone'] } },
};

/** Limit of every Get Many, shown while Return All is off. */
export const limitParameter: INodeProperties = withToolVariant(
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] }, hide: { findBy: ['email', 'phone'] } },
	},
	fieldForTool('Limit', 'Max number of results to return, a whole number of 1 or more', 'number'),
);

export type CollectionKind = 'Fields' | 'UpdateFields' | 'Filters' | 'Options';

const COLLECTIONS: Record<
	CollectionKind,
	Pick<INodeProperties, 'displayName' | 'placeholder' | 'description'>
> = {
	Fields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	UpdateFields: {
		displayName: 'Update Fields',
		placeholder: 'Add Field',
		description: 'Only the fields added here are sent; everything else stays as it is',
	},
	Filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	Options: { displayName: 'Options', placeholder: 'Add Option' },
};

/**
 * An operation's collection, named `<resource><Operation><Fields|Filters|Options>`
 * (appointmentCreateFields, appointmentUpdateFields, calendarGetFreeSlotsOptions): the same pattern everywhere, and one definition per name, since the
 * routing engine evaluates a parameter once per definition of its name for every item.
 */
export function collection(
	resource: string,
	operation: string,
	kind: CollectionKind,
	options: INodeProperties[],
	description?: string,
): INodeProperties {
	const { description: kindDescription, ...labels } = COLLECTIONS[kind];
	return {
		...labels,
		name: `${resource}${operation[0].toUpperCase()}${operation.slice(1)}${kind === 'UpdateFields' ? 'Fields' : kind}`,
		type: 'collection',
		default: {},
		...((description ?? kindDescription) ? { description: description ?? kindDescription } : {}),
		options: options.map(withoutIdCheck),
	};
}

/**
 * A picker inside a collection without the editor's check of its By ID mode. n8n checks a collection's
 * pickers against the top-level value of the same name, shown or not (n8n-workflow's
 * getParameterIssues passes no path to a collection's options), so a name typed in Calendar → By ID
 * was reported once per collection that also has a Calendar. The node checks nested IDs itself
 * before any request (extractLocatorId, requireId), naming the field.
 */
export function withoutIdCheck(option: INodeProperties): INodeProperties {
	if (option.type !== 'resourceLocator' || !option.modes) return option;
	return {
		...option,
		modes: option.modes.map((mode) => {
			if (mode.name !== 'id') return mode;
			const unchecked = { ...mode };
			delete unchecked.validation;
			return unchecked;
		}),
	};
}

/**
 * Gives each field that has no routing of its own `send: body.<name>`: the fields' names are the API's
 * property names, so the body mirrors what the user filled in.
 */
export function sentAsBodyProperties(fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) =>
		field.routing ? field : { ...field, routing: { send: { type: 'body', property: field.name } } },
	);
}

/**
 * Email and Phone of a contact, for Contact: Find (by email, by phone) and Appointment: Create (the
 * contact found or created by email or phone), each shown by its operation's own mode parameter. Two
 * definitions of each name: displayOptions cannot say "contactBy is emailOrPhone, or findBy is email"
 * (a parameter absent from an operation counts with its default there), at two more evaluations per
 * item each (N8N-NOTES.md).
 */
export function contactEmailParameter(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address of the contact (matched regardless of case)',
		displayOptions: { show },
	};
}

export function contactPhoneParameter(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		placeholder: '+14155550123',
		default: '',
		description:
			'Phone number of the contact in international format: + and the country code (spaces, dashes, dots and brackets are ignored)',
		displayOptions: { show },
	};
}

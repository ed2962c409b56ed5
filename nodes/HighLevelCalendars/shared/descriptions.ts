import type { INodeProperties } from 'n8n-workflow';

/** Resource locators used in several places: pickers instead of pasted IDs. */

// HighLevel IDs are 20-odd letters and digits; recurring instances add _<epoch ms>_<minutes>.
const ID_PATTERN = '^[A-Za-z0-9_-]{3,}$';

const idMode = (placeholder: string, what: string) => ({
	displayName: 'By ID',
	name: 'id',
	type: 'string' as const,
	placeholder,
	validation: [
		{
			type: 'regex' as const,
			properties: { regex: ID_PATTERN, errorMessage: `Not a valid ${what} ID` },
		},
	],
});

type LocatorOptions = Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'required' | 'displayOptions'>;

export function calendarLocator(options: LocatorOptions): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...options,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a calendar...',
				typeOptions: { searchListMethod: 'searchCalendars', searchable: true },
			},
			{
				// The booking link is the one stable URL of a calendar, on any white-label domain.
				displayName: 'By Booking URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://api.leadconnectorhq.com/widget/booking/ocQHyuzHvysMo5N5VsXc',
				extractValue: { type: 'regex', regex: '/widget/booking/([A-Za-z0-9_-]+)' },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^https?://.+/widget/booking/[A-Za-z0-9_-]+',
							errorMessage: 'Not a HighLevel booking URL (…/widget/booking/<calendar ID>)',
						},
					},
				],
			},
			idMode('ocQHyuzHvysMo5N5VsXc', 'calendar'),
		],
	};
}

export function contactLocator(options: LocatorOptions): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...options,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Search by name, email or phone...',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://app.gohighlevel.com/v2/location/…/contacts/detail/9NkT25Vor1v4aQatFsv2',
				extractValue: { type: 'regex', regex: '/contacts/detail/([A-Za-z0-9_-]+)' },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^https?://.+/contacts/detail/[A-Za-z0-9_-]+',
							errorMessage: 'Not a HighLevel contact URL (…/contacts/detail/<contact ID>)',
						},
					},
				],
			},
			idMode('9NkT25Vor1v4aQatFsv2', 'contact'),
		],
	};
}

export function userLocator(options: LocatorOptions): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...options,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a user...',
				typeOptions: { searchListMethod: 'searchUsers', searchable: true },
			},
			idMode('082goXVW3lIExEQPOnd3', 'user'),
		],
	};
}

export function timeZoneLocator(options: LocatorOptions): INodeProperties {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...options,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a time zone...',
				typeOptions: { searchListMethod: 'searchTimeZones', searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'id',
				type: 'string',
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
		],
	};
}

export const TIME_FORMAT_HINT =
	'ISO 8601 such as 2026-03-09T14:30:00 (read in the Time Zone option, by default the workflow time zone) or with an offset such as 2026-03-09T14:30:00-04:00; epoch milliseconds and Luxon DateTimes work too';

export const TIME_ZONE_DESCRIPTION =
	'Time zone in which times without an offset are read (IANA name such as America/New_York). Leave empty for the workflow time zone. Times are sent with the offset in force on that date there, so daylight saving is handled.';

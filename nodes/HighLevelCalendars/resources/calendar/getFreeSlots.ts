import type { INodeProperties } from 'n8n-workflow';

import {
	TIME_FORMAT_HINT,
	TIME_ZONE_DESCRIPTION,
	timeZoneLocator,
	userLocator,
} from '../../shared/descriptions';
import { showFor } from '../../shared/routing';

/**
 * Calendar: Get Free Slots (GET /calendars/{calendarId}/free-slots). Also shown: Calendar
 * (parameters.ts). The API takes epoch milliseconds and at most 31 days; the node takes dates in a
 * time zone and splits longer ranges (transport.ts).
 */
const showOnlyForFreeSlots = showFor('calendar', ['getFreeSlots']);

export const calendarGetFreeSlotsDescription: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Look for free slots from this moment. ${TIME_FORMAT_HINT}.`,
		displayOptions: showOnlyForFreeSlots,
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Look until this moment; a date alone (2026-03-31) means through that day. Ranges over 31 days are fetched in parts. ${TIME_FORMAT_HINT}.`,
		displayOptions: showOnlyForFreeSlots,
	},
	timeZoneLocator({
		displayName: 'Time Zone',
		name: 'timeZone',
		description: `${TIME_ZONE_DESCRIPTION} Slots are returned in this zone too.`,
		displayOptions: showOnlyForFreeSlots,
	}),
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'One Item per Slot', value: 'slots', description: 'Items with start, end, date and time zone' },
			{ name: 'Raw', value: 'raw', description: "HighLevel's object keyed by date" },
		],
		default: 'slots',
		displayOptions: showOnlyForFreeSlots,
	},
	{
		displayName: 'Options',
		name: 'freeSlotOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showOnlyForFreeSlots,
		options: [
			{
				...userLocator({
					displayName: 'User',
					name: 'userId',
					description: 'Only slots in which this team member is free',
				}),
				routing: { send: { type: 'query', property: 'userId' } },
			},
			{
				displayName: 'User Names or IDs',
				name: 'userIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: [],
				description:
					'Only slots in which these team members are free. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'query', property: 'userIds' } },
			},
		],
	},
];

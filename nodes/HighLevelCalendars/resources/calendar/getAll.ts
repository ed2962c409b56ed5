import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/routing';

/** Calendar: Get Many (GET /calendars/?locationId=&groupId=&showDrafted=); the API returns all at once. */
const showOnlyForCalendarGetAll = showFor('calendar', ['getAll']);

export const calendarGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showOnlyForCalendarGetAll,
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { ...showOnlyForCalendarGetAll.show, returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'calendarFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showOnlyForCalendarGetAll,
		options: [
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				description: 'Only calendars of this calendar group',
				routing: { send: { type: 'query', property: 'groupId' } },
			},
			{
				displayName: 'Include Drafts',
				name: 'showDrafted',
				type: 'boolean',
				default: true,
				description: 'Whether draft (inactive) calendars are listed too',
				routing: { send: { type: 'query', property: 'showDrafted' } },
			},
		],
	},
];

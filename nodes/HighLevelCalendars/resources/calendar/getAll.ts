import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { showFor } from '../../shared/routing';

/** Calendar: Get Many (GET /calendars/?locationId=&groupId=&showDrafted=); the API returns all at once. */
const showOnlyForCalendarGetAll = showFor('calendar', ['getAll']);

export const calendarGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(showOnlyForCalendarGetAll.show),
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

import { ENDPOINTS } from '../../endpoints';
import {
	collection,
	groupLocator,
	limitParameter,
	returnAllParameter,
} from '../../shared/descriptions';
import { addLocationIdToQuery, applyLimit, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';

/** Calendar: Get Many (GET /calendars/?locationId=&groupId=&showDrafted=); the API returns all at once. */
const filters = collection('calendar', 'getAll', 'Filters', [
	{
		...groupLocator({
			displayName: 'Calendar Group',
			name: 'groupId',
			description: 'Only calendars of this calendar group',
		}),
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
]);

export const calendarGetAll: Operation = {
	resource: 'calendar',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many calendars',
		description: 'List the calendars of the sub-account',
		routing: route(ENDPOINTS.getCalendars, {
			preSend: [addLocationIdToQuery],
			postReceive: [unwrap('calendars'), applyLimit],
		}),
	},
	parameters: [returnAllParameter, limitParameter, filters],
};

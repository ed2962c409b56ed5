import { ENDPOINTS } from '../../endpoints';
import { limitParameter, returnAllParameter } from '../../shared/descriptions';
import { addLocationIdToQuery, applyLimit, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';

/** Calendar Group: Get Many (GET /calendars/groups?locationId=); the API returns all at once. */
export const calendarGroupGetAll: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many calendar groups',
		description: 'List the calendar groups of the sub-account',
		routing: route(ENDPOINTS.getCalendarGroups, {
			preSend: [addLocationIdToQuery],
			postReceive: [unwrap('groups'), applyLimit],
		}),
	},
	parameters: [returnAllParameter, limitParameter],
};

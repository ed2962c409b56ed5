import { ENDPOINTS } from '../../endpoints';
import { limitParameter, returnAllParameter } from '../../shared/descriptions';
import { addLocationIdToQuery } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { eachOfList, firstPage, pageBySkip } from '../../shared/pages';
import { route } from '../../shared/routing';
import { resourceTypeParameter } from './fields';

/**
 * Calendar Resource: Get Many (GET /calendars/resources/{resourceType}?locationId=&limit=&skip=). The
 * API pages with limit and skip (both required): Return All asks until a short page.
 */
export const calendarResourceGetAll: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many rooms or equipment',
		description: 'List the rooms or the equipment of the sub-account',
		routing: route(ENDPOINTS.getCalendarResources, {
			path: [resourceTypeParameter],
			preSend: [addLocationIdToQuery, firstPage],
			postReceive: [eachOfList],
			runner: pageBySkip,
		}),
	},
	parameters: [resourceTypeParameter, returnAllParameter, limitParameter],
};

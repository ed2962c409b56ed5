import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { resourceIdParameter, resourceTypeParameter } from './fields';

/** Calendar Resource: Get (GET /calendars/resources/{resourceType}/{id}). */
export const calendarResourceGet: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a room or equipment',
		description: 'Get a room or equipment with its calendars',
		routing: route(ENDPOINTS.getCalendarResource, {
			path: [resourceTypeParameter, resourceIdParameter],
		}),
	},
	parameters: [resourceTypeParameter, resourceIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { resourceIdParameter, resourceTypeParameter } from './fields';

/** Calendar Resource: Delete (DELETE /calendars/resources/{resourceType}/{id}). */
export const calendarResourceDelete: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a room or equipment',
		description: 'Delete a room or equipment',
		routing: route(ENDPOINTS.deleteCalendarResource, {
			path: [resourceTypeParameter, resourceIdParameter],
		}),
	},
	parameters: [resourceTypeParameter, resourceIdParameter],
};

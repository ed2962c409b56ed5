import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { groupIdParameter } from './fields';

/** Calendar Group: Delete (DELETE /calendars/groups/{groupId}). */
export const calendarGroupDelete: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a calendar group',
		description: 'Delete a calendar group',
		routing: route(ENDPOINTS.deleteCalendarGroup, { path: [groupIdParameter] }),
	},
	parameters: [groupIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from './fields';

/** Calendar: Delete (DELETE /calendars/{calendarId}). */
export const calendarDelete: Operation = {
	resource: 'calendar',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a calendar',
		description: 'Delete a calendar',
		routing: route(ENDPOINTS.deleteCalendar, {
			path: [calendarIdParameter],
		}),
	},
	parameters: [calendarIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import { fillPath } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/transport/route';
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
			preSend: [fillPath(ENDPOINTS.deleteCalendar, [calendarIdParameter])],
		}),
	},
	parameters: [calendarIdParameter],
};

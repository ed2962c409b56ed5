import { ENDPOINTS } from '../../endpoints';
import { unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from './fields';

/** Calendar: Get (GET /calendars/{calendarId}); the answer's `calendar` is the item. */
export const calendarGet: Operation = {
	resource: 'calendar',
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a calendar',
		description: 'Get a calendar with its settings, team members and meeting locations',
		routing: route(ENDPOINTS.getCalendar, {
			path: [calendarIdParameter],
			postReceive: [unwrap('calendar')],
		}),
	},
	parameters: [calendarIdParameter],
};

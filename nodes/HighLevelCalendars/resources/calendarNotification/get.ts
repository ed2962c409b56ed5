import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { notificationIdParameter } from './fields';

/** Calendar Notification: Get (GET /calendars/{calendarId}/notifications/{notificationId}). */
export const calendarNotificationGet: Operation = {
	resource: 'calendarNotification',
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a calendar notification',
		description: 'Get one notification of a calendar',
		routing: route(ENDPOINTS.getCalendarNotification, {
			path: [calendarIdParameter, notificationIdParameter],
		}),
	},
	parameters: [calendarIdParameter, notificationIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { notificationIdParameter } from './fields';

/** Calendar Notification: Delete (DELETE /calendars/{calendarId}/notifications/{notificationId}). */
export const calendarNotificationDelete: Operation = {
	resource: 'calendarNotification',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a calendar notification',
		description: 'Delete a notification of a calendar',
		routing: route(ENDPOINTS.deleteCalendarNotification, {
			path: [calendarIdParameter, notificationIdParameter],
		}),
	},
	parameters: [calendarIdParameter, notificationIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import { collection } from '../../shared/descriptions';
import { requireSomethingToUpdate } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { notificationFields, notificationIdParameter } from './fields';
import { sendNotificationUpdate } from './hooks';

/**
 * Calendar Notification: Update (PUT /calendars/{calendarId}/notifications/{notificationId},
 * UpdateCalendarNotificationsDTO). Only the fields added are sent; HighLevel answers `{ message }`.
 */
const fields = collection(
	'calendarNotification',
	'update',
	'UpdateFields',
	notificationFields({ forUpdate: true }).sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	),
);

export const calendarNotificationUpdate: Operation = {
	resource: 'calendarNotification',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a calendar notification',
		description: 'Change only the settings you set on a notification',
		routing: route(ENDPOINTS.updateCalendarNotification, {
			path: [calendarIdParameter, notificationIdParameter],
			preSend: [sendNotificationUpdate(fields), requireSomethingToUpdate(fields)],
		}),
	},
	parameters: [calendarIdParameter, notificationIdParameter, fields],
};

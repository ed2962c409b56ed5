import type { Resource } from '../../shared/operations';
import { calendarNotificationCreate } from './create';
import { calendarNotificationDelete } from './delete';
import { calendarNotificationGet } from './get';
import { calendarNotificationGetAll } from './getAll';
import { calendarNotificationUpdate } from './update';

/** The emails, texts and in-app messages a calendar sends (calendars.json, "Calendar Notifications"). */
export const calendarNotificationResource: Resource = {
	name: 'Calendar Notification',
	value: 'calendarNotification',
	defaultOperation: 'create',
	operations: [
		calendarNotificationCreate,
		calendarNotificationGet,
		calendarNotificationGetAll,
		calendarNotificationUpdate,
		calendarNotificationDelete,
	],
};

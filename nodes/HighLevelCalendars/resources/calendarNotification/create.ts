import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { eachOfList } from '../../shared/pages';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { notificationFields } from './fields';
import { sendNotifications } from './hooks';
import { recoverCalendarNotifications } from './recover';

/**
 * Calendar Notification: Create (POST /calendars/{calendarId}/notifications). The body is a JSON array
 * of CreateCalendarNotificationDTO, one per entry of the Notifications builder, all for one calendar.
 */
const settings = notificationFields({ forUpdate: false });

const notifications: INodeProperties = {
	displayName: 'Notifications',
	name: 'notifications',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	required: true,
	placeholder: 'Add Notification',
	default: {
		notification: [{ receiverType: 'contact', channel: 'email', notificationType: 'confirmation' }],
	},
	description: 'The notifications to add to the calendar, one entry each',
	options: [{ displayName: 'Notification', name: 'notification', values: settings }],
};

export const calendarNotificationCreate: Operation = {
	resource: 'calendarNotification',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create calendar notifications',
		description: 'Add one or more notifications (confirmations, reminders …) to a calendar',
		routing: route(ENDPOINTS.createCalendarNotifications, {
			recover: recoverCalendarNotifications,
			path: [calendarIdParameter],
			preSend: [sendNotifications(notifications, settings)],
			postReceive: [eachOfList],
		}),
	},
	parameters: [calendarIdParameter, notifications],
};

import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'calendarNotification',
	rows: [
		row('create', 'POST', '/calendars/{calendarId}/notifications'),
		row('delete', 'DELETE', '/calendars/{calendarId}/notifications/{notificationId}'),
		row('get', 'GET', '/calendars/{calendarId}/notifications/{notificationId}'),
		row('getAll', 'GET', '/calendars/{calendarId}/notifications', ['limit', 'skip']),
		row('update', 'PUT', '/calendars/{calendarId}/notifications/{notificationId}'),
	],
	async minimal(operation) {
		const calendarId = byId(DEFAULTS.calendarId);
		const notificationId = byId(DEFAULTS.notificationId);
		return (
			{
				create: {
					calendarId,
					notifications: {
						notification: [
							{ receiverType: 'contact', channel: 'email', notificationType: 'reminder' },
						],
					},
				},
				getAll: { calendarId },
				update: {
					calendarId,
					notificationId,
					calendarNotificationUpdateFields: { isActive: false },
				},
			}[operation] ?? { calendarId, notificationId }
		);
	},
};

import { DEFAULTS, apiCalls, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const update = (fields: Record<string, unknown>) =>
	run(ctx.sandbox, {
		resource: 'calendarNotification',
		operation: 'update',
		calendarId: fromList(DEFAULTS.calendarId),
		notificationId: fromList(DEFAULTS.notificationId),
		calendarNotificationUpdateFields: fields,
	});

describe('Calendar Notification: Update', () => {
	it('sends only the settings set, shaped like UpdateCalendarNotificationsDTO', async () => {
		const { json, error } = await update({
			notificationType: 'reminder',
			channel: 'whatsapp',
			receiverType: 'guest',
			beforeTime: { time: [{ timeOffset: 3, unit: 'hours' }] },
			additionalPhoneNumbers: '+14155550100',
			selectedUsers: ['sandbox-user-1'],
			deleted: false,
			isActive: true,
			subject: 'Soon',
			fromName: 'Desk',
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'PUT',
			`/calendars/${DEFAULTS.calendarId}/notifications/${DEFAULTS.notificationId}`,
			'2021-04-15',
			{},
		]);
		expect(request.body).toEqual({
			notificationType: 'reminder',
			channel: 'whatsapp',
			receiverType: 'guest',
			beforeTime: [{ timeOffset: 3, unit: 'hours' }],
			additionalPhoneNumbers: ['+14155550100'],
			selectedUsers: ['sandbox-user-1'],
			deleted: false,
			isActive: true,
			subject: 'Soon',
			fromName: 'Desk',
		});
		// HighLevel answers with a message (CalendarNotificationDeleteResponseDTO), not the notification
		expect(json).toEqual([{ message: 'Notification updated successfully' }]);
		expect(ctx.sandbox.store.notifications.get(DEFAULTS.notificationId)).toMatchObject({
			channel: 'whatsapp',
			beforeTime: [{ timeOffset: 3, unit: 'hours' }],
		});
	});

	it('marking a notification deleted keeps it, listed only under Deleted', async () => {
		await update({ deleted: true });
		expect(only(ctx.sandbox).body).toEqual({ deleted: true });
		expect(ctx.sandbox.store.notifications.get(DEFAULTS.notificationId)?.deleted).toBe(true);
	});

	it('refuses an empty update, and one of blank text only, before sending', async () => {
		expect((await update({})).error?.message).toBe(
			'Update Fields: is empty; add at least one field to change',
		);
		expect((await update({ body: '', additionalEmailIds: ' , ' })).error?.message).toBe(
			'Update Fields: is empty; add at least one field to change',
		);
		expect((await update({ notificationType: 'reminders' })).error?.message).toBe(
			'Notification Type: is "reminders"; expected one of booked, cancellation, confirmation, followup, reminder, reschedule',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { callAsClient } from '../../sandbox/client';
import { DEFAULTS, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const post = (body: unknown) =>
	callAsClient(ctx.sandbox.url, 'POST', `/calendars/${DEFAULTS.calendarId}/notifications`, body);

describe('sandbox: POST /calendars/{calendarId}/notifications', () => {
	it('validates the body as the spec says: an array of CreateCalendarNotificationDTO', async () => {
		await expect(
			post({ receiverType: 'contact', channel: 'email', notificationType: 'booked' }),
		).rejects.toThrow(/422/);
		await expect(post([{ receiverType: 'contact', channel: 'email' }])).rejects.toThrow(
			/422.*notificationType/,
		);
		await expect(
			post([{ receiverType: 'contact', channel: 'fax', notificationType: 'booked' }]),
		).rejects.toThrow(/422.*channel/);
		await expect(
			post([
				{ receiverType: 'contact', channel: 'email', notificationType: 'booked', calendarId: 'x' },
			]),
		).rejects.toThrow(/422.*calendarId/);
		expect(ctx.sandbox.store.notifications.size).toBe(1); // the seeded one only
	});

	it('answers one CalendarNotificationResponseDTO per entry, kept for the calendar', async () => {
		const answer = await post([
			{
				receiverType: 'contact',
				channel: 'sms',
				notificationType: 'reminder',
				fromNumber: '+1415',
			},
		]);
		expect(answer).toEqual([
			expect.objectContaining({ receiverType: 'contact', isActive: true, deleted: false }),
		]);
		expect(answer[0]).not.toHaveProperty('fromNumber'); // not in the response schema
		expect(ctx.sandbox.store.notifications.get(answer[0]._id)).toMatchObject({
			calendarId: DEFAULTS.calendarId,
			fromNumber: '+1415',
		});
	});
});

describe('sandbox: /calendars/{calendarId}/notifications/{notificationId}', () => {
	const call = (method: string, path: string, body?: unknown) =>
		callAsClient(ctx.sandbox.url, method, path, body);

	it("404 for an unknown calendar or notification, 403 for another location's calendar", async () => {
		await expect(call('GET', '/calendars/no-such-calendar/notifications')).rejects.toThrow(/404/);
		await expect(
			call('GET', `/calendars/${DEFAULTS.calendarId}/notifications/no-such-notification`),
		).rejects.toThrow(/404/);
		await expect(
			call('GET', `/calendars/${DEFAULTS.otherLocationCalendarId}/notifications`),
		).rejects.toThrow(/403/);
		await expect(
			call('PUT', `/calendars/${DEFAULTS.otherLocationCalendarId}/notifications/x`, {
				isActive: false,
			}),
		).rejects.toThrow(/403/);
	});

	it('validates the Update body against UpdateCalendarNotificationsDTO and answers a message', async () => {
		const path = `/calendars/${DEFAULTS.calendarId}/notifications/${DEFAULTS.notificationId}`;
		await expect(call('PUT', path, { calendarId: DEFAULTS.calendarId })).rejects.toThrow(
			/422.*calendarId/,
		);
		await expect(call('PUT', path, { channel: 'fax' })).rejects.toThrow(/422.*channel/);
		expect(await call('PUT', path, { deleted: true })).toEqual({
			message: 'Notification updated successfully',
		});
		// A soft-deleted notification is listed only when asked for.
		expect(await call('GET', `/calendars/${DEFAULTS.calendarId}/notifications`)).toEqual([]);
		expect(
			await call('GET', `/calendars/${DEFAULTS.calendarId}/notifications?deleted=true`),
		).toEqual([expect.objectContaining({ _id: DEFAULTS.notificationId, deleted: true })]);
	});
});

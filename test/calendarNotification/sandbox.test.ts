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

import { DEFAULTS, byId, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

describe('Calendar Notification: Delete', () => {
	it("deletes a notification and returns HighLevel's message", async () => {
		const { json, error } = await run(ctx.sandbox, {
			resource: 'calendarNotification',
			operation: 'delete',
			calendarId: byId(DEFAULTS.calendarId),
			notificationId: byId(DEFAULTS.notificationId),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'DELETE',
			`/calendars/${DEFAULTS.calendarId}/notifications/${DEFAULTS.notificationId}`,
			'2021-04-15',
		]);
		expect(json).toEqual([{ message: 'Notification deleted successfully' }]);
		expect(ctx.sandbox.store.notifications.has(DEFAULTS.notificationId)).toBe(false);
	});
});

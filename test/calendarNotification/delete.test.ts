import { DEFAULTS, apiCalls, byId, only, run, useSandbox } from '../helpers/node';

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
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'DELETE',
			`/calendars/${DEFAULTS.calendarId}/notifications/${DEFAULTS.notificationId}`,
			'2021-04-15',
			{},
		]);
		expect(request.body).toBeUndefined();
		expect(json).toEqual([{ message: 'Notification deleted successfully' }]);
		expect(ctx.sandbox.store.notifications.has(DEFAULTS.notificationId)).toBe(false);
	});

	it('a notification asked for under another calendar is not found (404) and is kept', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarNotification',
			operation: 'delete',
			calendarId: byId(DEFAULTS.roundRobinCalendarId),
			notificationId: byId(DEFAULTS.notificationId),
		});
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect(ctx.sandbox.store.notifications.has(DEFAULTS.notificationId)).toBe(true);
	});

	it('refuses an empty Calendar before sending', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarNotification',
			operation: 'delete',
			calendarId: byId(''),
			notificationId: byId(DEFAULTS.notificationId),
		});
		expect(error?.message).toBe('Calendar: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

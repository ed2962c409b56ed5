import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const get = (parameters: Record<string, unknown>) =>
	run(ctx.sandbox, { resource: 'calendarNotification', operation: 'get', ...parameters });

describe('Calendar Notification: Get', () => {
	it('gets one notification of the calendar, as HighLevel answers it', async () => {
		const { json, error } = await get({
			calendarId: fromList(DEFAULTS.calendarId),
			notificationId: fromList(DEFAULTS.notificationId),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'GET',
			`/calendars/${DEFAULTS.calendarId}/notifications/${DEFAULTS.notificationId}`,
			'2021-04-15',
			{},
		]);
		expect(json).toEqual([
			{
				_id: DEFAULTS.notificationId,
				receiverType: 'contact',
				channel: 'email',
				notificationType: 'confirmation',
				isActive: true,
				deleted: false,
				subject: 'Your appointment is confirmed',
				body: 'See you soon.',
			},
		]);
	});

	it('a notification asked for under another calendar is not found (404)', async () => {
		const { error } = await get({
			calendarId: byId(DEFAULTS.roundRobinCalendarId),
			notificationId: byId(DEFAULTS.notificationId),
		});
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});

	it('refuses an ID with a slash before sending', async () => {
		const { error } = await get({
			calendarId: byId(DEFAULTS.calendarId),
			notificationId: byId('a/b'),
		});
		expect(error?.message).toBe(
			'Notification: "a/b" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

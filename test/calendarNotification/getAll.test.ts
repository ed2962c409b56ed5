import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const getAll = (parameters: Record<string, unknown>) =>
	run(ctx.sandbox, {
		resource: 'calendarNotification',
		operation: 'getAll',
		calendarId: byId(DEFAULTS.calendarId),
		...parameters,
	});

/** Adds `count` reminders to sandbox-calendar-1, every third one inactive. */
function seedNotifications(count: number) {
	for (let i = 1; i <= count; i++) {
		const id = `bulk-notification-${String(i).padStart(3, '0')}`;
		ctx.sandbox.store.notifications.set(id, {
			_id: id,
			calendarId: DEFAULTS.calendarId,
			receiverType: 'contact',
			channel: 'sms',
			notificationType: 'reminder',
			isActive: i % 3 !== 0,
			deleted: false,
		});
	}
}

describe('Calendar Notification: Get Many', () => {
	it("lists the calendar's notifications, one item each", async () => {
		const { json, error } = await getAll({ returnAll: false, limit: 50 });
		expect(error).toBeUndefined();
		const [request, ...more] = apiCalls(ctx.sandbox);
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			`/calendars/${DEFAULTS.calendarId}/notifications`,
			'2021-04-15',
		]);
		expect(request.query).toEqual({ limit: '50', skip: '0' });
		expect(json.map((item) => item._id)).toEqual([DEFAULTS.notificationId]);
	});

	it('filters by Is Active and Deleted in the query', async () => {
		seedNotifications(6);
		const { json } = await getAll({
			returnAll: true,
			calendarNotificationGetAllFilters: { isActive: false, deleted: false },
		});
		expect(apiCalls(ctx.sandbox)[0].query).toEqual({
			isActive: 'false',
			deleted: 'false',
			limit: '100',
			skip: '0',
		});
		expect(json.map((item) => item._id)).toEqual([
			'bulk-notification-003',
			'bulk-notification-006',
		]);
	});

	it('Return All pages with skip until a short page', async () => {
		seedNotifications(250); // 251 with the seeded one
		const { json, error } = await getAll({ returnAll: true });
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).map((call) => [call.query.limit, call.query.skip])).toEqual([
			['100', '0'],
			['100', '100'],
			['100', '200'],
		]);
		expect(json).toHaveLength(251);
		expect(new Set(json.map((item) => item._id)).size).toBe(251);
	});

	it('refuses a Limit that is not a whole number, before sending', async () => {
		const { error } = await getAll({ returnAll: false, limit: 2.5 });
		expect(error?.message).toBe('Limit: is 2.5; expected a whole number');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { DEFAULTS, apiCalls, byId, fromList, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (
	calendarId: ReturnType<typeof byId>,
	options: Parameters<typeof listSearch>[2] = {},
) =>
	listSearch(ctx.sandbox, 'searchCalendarNotifications', {
		...options,
		parameters: { resource: 'calendarNotification', operation: 'get', calendarId },
	});

describe('listSearch: searchCalendarNotifications', () => {
	it('lists the notifications of the chosen calendar, each named by what it does', async () => {
		const { result, error } = await search(fromList(DEFAULTS.calendarId));
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			`/calendars/${DEFAULTS.calendarId}/notifications`,
			'2021-04-15',
		]);
		expect(request.query).toEqual({ limit: '100', skip: '0' });
		expect(result).toEqual({
			results: [
				{
					name: 'Confirmation by email to contact: Your appointment is confirmed',
					value: DEFAULTS.notificationId,
					description: 'Your appointment is confirmed',
				},
			],
			paginationToken: undefined,
		});
	});

	it("another calendar's list is its own; each named by its labels, times, subject and state", async () => {
		ctx.sandbox.store.notifications.set('n-2', {
			_id: 'n-2',
			calendarId: DEFAULTS.roundRobinCalendarId,
			receiverType: 'assignedUser',
			channel: 'inApp',
			notificationType: 'followup',
			afterTime: [{ timeOffset: 2, unit: 'hours' }],
			isActive: false,
			deleted: false,
		});
		ctx.sandbox.store.notifications.set('n-3', {
			_id: 'n-3',
			calendarId: DEFAULTS.roundRobinCalendarId,
			receiverType: 'contact',
			channel: 'sms',
			notificationType: 'reminder',
			beforeTime: [
				{ timeOffset: 24, unit: 'hours' },
				{ timeOffset: 1, unit: 'hours' },
			],
			isActive: true,
			deleted: false,
		});
		const { result } = await search(byId(DEFAULTS.roundRobinCalendarId));
		expect(result?.results).toEqual([
			{
				name: 'Follow-up by in-app to assigned user, 2 hours after (inactive)',
				value: 'n-2',
				description: 'inactive',
			},
			{
				name: 'Reminder by SMS to contact, 24 hours, 1 hour before',
				value: 'n-3',
				description: '',
			},
		]);
	});

	it('reads every page of the API, then filters for the editor', async () => {
		for (let i = 1; i <= 105; i++) {
			ctx.sandbox.store.notifications.set(`bulk-${i}`, {
				_id: `bulk-${i}`,
				calendarId: DEFAULTS.calendarId,
				receiverType: 'guest',
				channel: 'sms',
				notificationType: 'reminder',
				isActive: true,
				deleted: false,
			});
		}
		const { result } = await search(fromList(DEFAULTS.calendarId), { filter: 'confirmation' });
		expect(apiCalls(ctx.sandbox).map((call) => call.query.skip)).toEqual(['0', '100']);
		expect(result?.results.map((item) => item.value)).toEqual([DEFAULTS.notificationId]);
	});

	it('asks for a calendar first', async () => {
		const { error } = await search(fromList(''));
		expect(error?.message).toMatch(/Calendar: is empty/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { DEFAULTS, byId, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const calendar = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation, ...parameters }, options);

describe('Calendar: Delete', () => {
	it('deletes the calendar', async () => {
		const { json } = await calendar('delete', { calendarId: byId(DEFAULTS.draftCalendarId) });
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'DELETE',
			path: `/calendars/${DEFAULTS.draftCalendarId}`,
		});
		expect(json[0]).toEqual({ success: true });
		expect(ctx.sandbox.store.calendars.has(DEFAULTS.draftCalendarId)).toBe(false);
	});

	it('takes its notifications with it, and the schedules and rooms that listed it no longer do', async () => {
		const { store } = ctx.sandbox;
		expect(store.notifications.get(DEFAULTS.notificationId)?.calendarId).toBe(DEFAULTS.calendarId);
		expect(store.schedules.get(DEFAULTS.scheduleId)?.calendarIds).toContain(DEFAULTS.calendarId);
		expect(store.calendarResources.get(DEFAULTS.roomId)?.calendarIds).toContain(
			DEFAULTS.calendarId,
		);
		const { error } = await calendar('delete', { calendarId: byId(DEFAULTS.calendarId) });
		expect(error).toBeUndefined();
		expect(store.notifications.has(DEFAULTS.notificationId)).toBe(false);
		expect(store.schedules.get(DEFAULTS.scheduleId)?.calendarIds).not.toContain(
			DEFAULTS.calendarId,
		);
		expect(store.calendarResources.get(DEFAULTS.roomId)?.calendarIds).toEqual([
			DEFAULTS.roundRobinCalendarId,
		]);
	});
});

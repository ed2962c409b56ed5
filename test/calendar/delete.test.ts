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
});

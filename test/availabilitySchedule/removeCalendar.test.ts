import { DEFAULTS, apiCalls, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const removeCalendar = (scheduleId: string, calendarId: string) =>
	run(ctx.sandbox, {
		resource: 'availabilitySchedule',
		operation: 'removeCalendar',
		scheduleId: fromList(scheduleId),
		calendarId: fromList(calendarId),
	});

describe('Availability Schedule: Remove Calendar', () => {
	it("takes the calendar off the schedule's calendar list", async () => {
		const { json, error } = await removeCalendar(DEFAULTS.scheduleId, DEFAULTS.calendarId);
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.status]).toEqual([
			'DELETE',
			`/calendars/schedules/${DEFAULTS.scheduleId}/associations/${DEFAULTS.calendarId}`,
			'2021-04-15',
			200,
		]);
		expect([request.query, request.body]).toEqual([{}, undefined]);
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!.calendarIds).toEqual([]);
	});

	it('keeps the other calendars of the schedule', async () => {
		ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!.calendarIds = [
			DEFAULTS.calendarId,
			DEFAULTS.roundRobinCalendarId,
		];
		await removeCalendar(DEFAULTS.scheduleId, DEFAULTS.roundRobinCalendarId);
		expect(ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!.calendarIds).toEqual([
			DEFAULTS.calendarId,
		]);
	});

	it.each([
		['an unknown schedule', 'nope123', DEFAULTS.calendarId, '404'],
		[
			"another sub-account's schedule",
			DEFAULTS.otherLocationScheduleId,
			DEFAULTS.calendarId,
			'403',
		],
	])('passes on the refusal of %s', async (_, scheduleId, calendarId, httpCode) => {
		const { error } = await removeCalendar(scheduleId, calendarId);
		expect((error as { httpCode?: string }).httpCode).toBe(httpCode);
	});

	it('refuses a Schedule with spaces before sending anything', async () => {
		const { error } = await removeCalendar('two words', DEFAULTS.calendarId);
		expect(error?.message).toBe(
			'Schedule: "two words" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

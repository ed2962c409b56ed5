import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const addCalendar = (scheduleId: string, calendarId: string) =>
	run(ctx.sandbox, {
		resource: 'availabilitySchedule',
		operation: 'addCalendar',
		scheduleId: fromList(scheduleId),
		calendarId: fromList(calendarId),
	});

describe('Availability Schedule: Add Calendar', () => {
	it("puts the calendar on the schedule's calendar list", async () => {
		const { json, error } = await addCalendar(DEFAULTS.scheduleId, DEFAULTS.roundRobinCalendarId);
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.status]).toEqual([
			'PUT',
			`/calendars/schedules/${DEFAULTS.scheduleId}/associations/${DEFAULTS.roundRobinCalendarId}`,
			'2021-04-15',
			200,
		]);
		expect([request.query, request.body]).toEqual([{}, undefined]);
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!.calendarIds).toEqual([
			DEFAULTS.calendarId,
			DEFAULTS.roundRobinCalendarId,
		]);
	});

	it('adds a calendar once, however often it is added', async () => {
		await addCalendar(DEFAULTS.scheduleId, DEFAULTS.calendarId);
		expect(ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!.calendarIds).toEqual([
			DEFAULTS.calendarId,
		]);
	});

	it('takes the calendar from a booking URL', async () => {
		await run(ctx.sandbox, {
			resource: 'availabilitySchedule',
			operation: 'addCalendar',
			scheduleId: byId(DEFAULTS.scheduleId),
			calendarId: {
				__rl: true,
				mode: 'url',
				value: `https://api.leadconnectorhq.com/widget/booking/${DEFAULTS.draftCalendarId}`,
			},
		});
		expect(only(ctx.sandbox).path).toBe(
			`/calendars/schedules/${DEFAULTS.scheduleId}/associations/${DEFAULTS.draftCalendarId}`,
		);
	});

	it.each([
		['an unknown schedule', 'nope123', DEFAULTS.calendarId, '404'],
		['an unknown calendar', DEFAULTS.scheduleId, 'nope123', '404'],
		[
			'a calendar of another sub-account',
			DEFAULTS.scheduleId,
			DEFAULTS.otherLocationCalendarId,
			'400',
		],
		[
			"another sub-account's schedule",
			DEFAULTS.otherLocationScheduleId,
			DEFAULTS.calendarId,
			'403',
		],
	])('passes on the refusal of %s', async (_, scheduleId, calendarId, httpCode) => {
		const { error } = await addCalendar(scheduleId, calendarId);
		expect((error as { httpCode?: string }).httpCode).toBe(httpCode);
	});

	it('refuses an empty Calendar before sending anything', async () => {
		const { error } = await addCalendar(DEFAULTS.scheduleId, '');
		expect(error?.message).toBe('Calendar: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

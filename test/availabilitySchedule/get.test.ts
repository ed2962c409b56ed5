import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const schedule = (operation: string, parameters: Record<string, unknown> = {}) =>
	run(ctx.sandbox, { resource: 'availabilitySchedule', operation, ...parameters });

describe('Availability Schedule: Get', () => {
	it('gets one schedule by the picker value and returns the schedule itself', async () => {
		const { json, error } = await schedule('get', { scheduleId: fromList(DEFAULTS.scheduleId) });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'GET',
			`/calendars/schedules/${DEFAULTS.scheduleId}`,
			'2021-04-15',
			{},
		]);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id: DEFAULTS.scheduleId,
			locationId: DEFAULTS.locationId,
			timezone: 'America/New_York',
			calendarIds: [DEFAULTS.calendarId],
		});
		expect(json[0].rules).toHaveLength(5);
	});

	it('says what to check when the schedule is unknown', async () => {
		const { error } = await schedule('get', { scheduleId: byId('nope123') });
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect((error as { description?: string }).description).toMatch(/Check the ID/);
	});

	it("is refused another sub-account's schedule", async () => {
		const { error } = await schedule('get', { scheduleId: byId(DEFAULTS.otherLocationScheduleId) });
		expect((error as { httpCode?: string }).httpCode).toBe('403');
	});

	it('refuses an ID with a slash before sending anything', async () => {
		const { error } = await schedule('get', { scheduleId: byId('a/../b') });
		expect(error?.message).toBe(
			'Schedule: "a/../b" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import type { Sandbox } from '../helpers/node';
import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const getMany = (parameters: Record<string, unknown> = {}) =>
	run(ctx.sandbox, {
		resource: 'availabilitySchedule',
		operation: 'getAll',
		userId: fromList(DEFAULTS.userId),
		...parameters,
	});

/** Adds `count` schedules of sandbox-user-1, "Bulk 001" …, added in that order. */
function seedSchedules(sandbox: Sandbox, count: number) {
	const template = sandbox.store.schedules.get(DEFAULTS.scheduleId)!;
	for (let i = 1; i <= count; i++) {
		const n = String(i).padStart(3, '0');
		sandbox.store.schedules.set(`bulk-schedule-${n}`, {
			...structuredClone(template),
			id: `bulk-schedule-${n}`,
			name: `Bulk ${n}`,
			calendarIds: [],
			dateAdded: `2026-02-01T00:00:00.${n}Z`,
		});
	}
}

describe('Availability Schedule: Get Many', () => {
	it("lists the user's schedules of the credential's location, one item each", async () => {
		const { json, error } = await getMany();
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			'/calendars/schedules/search',
			'2021-04-15',
		]);
		expect(request.query).toEqual({
			locationId: DEFAULTS.locationId,
			userId: DEFAULTS.userId,
			skip: '0',
			limit: '50',
		});
		expect(json.map((schedule) => schedule.id)).toEqual([DEFAULTS.scheduleId]);
	});

	it('filters by calendar', async () => {
		const { json } = await getMany({
			availabilityScheduleGetAllFilters: { calendarId: fromList(DEFAULTS.roundRobinCalendarId) },
		});
		expect(only(ctx.sandbox).query).toMatchObject({ calendarId: DEFAULTS.roundRobinCalendarId });
		expect(json).toEqual([]);

		const used = await getMany({
			availabilityScheduleGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
		});
		expect(used.json.map((schedule) => schedule.id)).toEqual([DEFAULTS.scheduleId]);
	});

	it('filters by a calendar given by its booking URL', async () => {
		const { json, error } = await getMany({
			availabilityScheduleGetAllFilters: {
				calendarId: {
					__rl: true,
					mode: 'url',
					value: `https://api.leadconnectorhq.com/widget/booking/${DEFAULTS.calendarId}`,
				},
			},
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).query.calendarId).toBe(DEFAULTS.calendarId);
		expect(json.map((schedule) => schedule.id)).toEqual([DEFAULTS.scheduleId]);
	});

	it('pages with skip and limit until the limit is reached', async () => {
		seedSchedules(ctx.sandbox, 250);
		const { json } = await getMany({ limit: 130 });
		expect(json).toHaveLength(130);
		expect(apiCalls(ctx.sandbox).map((call) => [call.query.skip, call.query.limit])).toEqual([
			['0', '100'],
			['100', '30'],
		]);
		expect(json[0].id).toBe(DEFAULTS.scheduleId);
		expect(json[129].id).toBe('bulk-schedule-129');
	});

	it('with Return All, pages until a page comes back short', async () => {
		seedSchedules(ctx.sandbox, 250);
		const { json } = await getMany({ returnAll: true });
		expect(json).toHaveLength(251);
		expect(new Set(json.map((schedule) => schedule.id)).size).toBe(251);
		expect(apiCalls(ctx.sandbox).map((call) => call.query.skip)).toEqual(['0', '100', '200']);
	});

	it('stops when a page brings nothing new, should HighLevel ignore skip', async () => {
		seedSchedules(ctx.sandbox, 250);
		const firstPage = [...ctx.sandbox.store.schedules.values()]
			.filter((schedule) => schedule.locationId === DEFAULTS.locationId)
			.slice(0, 100);
		ctx.sandbox.addHook((hook) => {
			if (hook.path !== '/calendars/schedules/search') return false;
			hook.send(200, { schedules: firstPage });
			return true;
		});
		const { json } = await getMany({ returnAll: true });
		expect(json).toHaveLength(100);
		expect(ctx.sandbox.requests).toHaveLength(2);
	});

	it.each([
		[0, 'Limit: is 0; expected a number of at least 1'],
		['', 'Limit: is ""; expected a number'],
		[2.5, 'Limit: is 2.5; expected a whole number'],
	])('refuses a Limit of %j before sending anything', async (limit, message) => {
		const { error } = await getMany({ limit });
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('takes a Limit an expression gave as text', async () => {
		seedSchedules(ctx.sandbox, 5);
		const { json } = await getMany({ limit: '={{ "3" }}' });
		expect(json).toHaveLength(3);
		expect(only(ctx.sandbox).query.limit).toBe('3');
	});

	it('ignores the Limit with Return All', async () => {
		const { json, error } = await getMany({ returnAll: true, limit: 0 });
		expect(error).toBeUndefined();
		expect(json).toHaveLength(1);
	});

	it('refuses an empty User before sending anything', async () => {
		const { error } = await getMany({ userId: byId('') });
		expect(error?.message).toBe('User: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a Calendar filter that is no ID before sending anything', async () => {
		const { error } = await getMany({
			availabilityScheduleGetAllFilters: { calendarId: byId('a b') },
		});
		expect(error?.message).toBe(
			'Filters → Calendar: "a b" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { DEFAULTS, apiCalls, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchSchedules', options);

function addSchedule(id: string, name: string, userId: string, locationId = DEFAULTS.locationId) {
	const template = ctx.sandbox.store.schedules.get(DEFAULTS.scheduleId)!;
	ctx.sandbox.store.schedules.set(id, {
		...structuredClone(template),
		id,
		name,
		userId,
		locationId,
		timezone: 'Europe/Berlin',
	});
}

describe('listSearch: searchSchedules', () => {
	it("lists the schedules of every user of the credential's location, sorted by name", async () => {
		addSchedule('schedule-riley', 'Afternoons', 'sandbox-user-2');
		const { result, error } = await search();
		expect(error).toBeUndefined();

		const calls = apiCalls(ctx.sandbox);
		expect(calls[0]).toMatchObject({ method: 'GET', path: '/users/' });
		const searches = calls.slice(1);
		// the spec requires a user for the search: one look-up per user of the location
		expect(searches.map((call) => call.query.userId).sort()).toEqual(
			[1, 2, 3, 4, 5].map((n) => `sandbox-user-${n}`),
		);
		for (const call of searches) {
			expect(call.path).toBe('/calendars/schedules/search');
			expect(call.headers.version).toBe('2021-04-15');
			expect(call.query).toMatchObject({
				locationId: DEFAULTS.locationId,
				skip: '0',
				limit: '500',
			});
			expect(call.status).toBe(200);
		}

		// the schedule of sandbox-location-2 is not listed
		expect(result).toEqual({
			results: [
				{
					name: 'Afternoons (Riley Reyes)',
					value: 'schedule-riley',
					description: 'Riley Reyes · Europe/Berlin',
				},
				{
					name: 'Sandbox Business Hours (Sam Sandbox)',
					value: DEFAULTS.scheduleId,
					description: 'Sam Sandbox · America/New_York',
				},
			],
			paginationToken: undefined,
		});
	});

	it('filters by the search text in the name, the ID or the user', async () => {
		addSchedule('schedule-riley', 'Afternoons', 'sandbox-user-2');
		const byName = await search({ filter: 'business' });
		expect(byName.result?.results.map((item) => item.value)).toEqual([DEFAULTS.scheduleId]);
		const byUser = await search({ filter: 'riley' });
		expect(byUser.result?.results.map((item) => item.value)).toEqual(['schedule-riley']);
		const none = await search({ filter: 'no such schedule' });
		expect(none.result).toEqual({ results: [], paginationToken: undefined });
	});

	it('names each schedule with its user, since the editor shows only names', async () => {
		addSchedule('schedule-riley', 'Sandbox Business Hours', 'sandbox-user-2');
		const { result } = await search({ filter: 'business hours' });
		expect(result?.results.map((item) => [item.name, item.value])).toEqual([
			['Sandbox Business Hours (Riley Reyes)', 'schedule-riley'],
			['Sandbox Business Hours (Sam Sandbox)', DEFAULTS.scheduleId],
		]);
	});

	it("pages through a user's schedules 500 at a time", async () => {
		for (let i = 1; i <= 501; i++) addSchedule(`many-${i}`, `Many ${i}`, 'sandbox-user-4');
		const { result, error } = await search({ filter: 'many' });
		expect(error).toBeUndefined();
		const ofUser4 = apiCalls(ctx.sandbox).filter((call) => call.query.userId === 'sandbox-user-4');
		expect(ofUser4.map((call) => [call.query.skip, call.query.limit])).toEqual([
			['0', '500'],
			['500', '500'],
		]);
		expect(result?.results).toHaveLength(50);
	});

	it('stops asking when a page brings nothing new, should HighLevel ignore skip', async () => {
		for (let i = 1; i <= 500; i++) addSchedule(`many-${i}`, `Many ${i}`, 'sandbox-user-4');
		const fullPage = [...ctx.sandbox.store.schedules.values()].filter(
			(schedule) => schedule.userId === 'sandbox-user-4',
		);
		ctx.sandbox.addHook((hook) => {
			if (
				hook.path !== '/calendars/schedules/search' ||
				hook.record.query.userId !== 'sandbox-user-4'
			)
				return false;
			hook.send(200, { schedules: fullPage });
			return true;
		});
		const { error } = await search();
		expect(error).toBeUndefined();
		expect(
			ctx.sandbox.requests.filter((call) => call.query.userId === 'sandbox-user-4'),
		).toHaveLength(2);
	});

	it('hands the editor 50 schedules per page, as a string token', async () => {
		for (let i = 1; i <= 60; i++) {
			addSchedule(`bulk-${i}`, `Bulk ${String(i).padStart(2, '0')}`, 'sandbox-user-3');
		}
		const first = await search();
		expect(first.result?.results).toHaveLength(50);
		expect(typeof first.result?.paginationToken).toBe('string');
		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.result?.results).toHaveLength(11);
		expect(second.result?.paginationToken).toBeUndefined();
	});
});

import { DEFAULTS, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const calendar = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation, ...parameters }, options);

describe('Calendar: Get Many', () => {
	it('lists the location’s calendars, drafts included by default, up to the limit', async () => {
		const { json } = await calendar('getAll', { returnAll: false, limit: 2 });
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/calendars/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(json).toHaveLength(2);
	});

	it('filters by group and leaves drafts out when asked', async () => {
		const { json } = await calendar('getAll', {
			returnAll: true,
			calendarGetAllFilters: { groupId: DEFAULTS.groupId, showDrafted: false },
		});
		expect(only(ctx.sandbox).query).toEqual({
			locationId: DEFAULTS.locationId,
			groupId: DEFAULTS.groupId,
			showDrafted: 'false',
		});
		expect(json.map((c) => c.id)).toEqual([DEFAULTS.roundRobinCalendarId]);
	});

	it('takes the group from the group picker', async () => {
		await calendar('getAll', {
			returnAll: true,
			calendarGetAllFilters: { groupId: fromList(DEFAULTS.groupId) },
		});
		expect(only(ctx.sandbox).query).toEqual({
			locationId: DEFAULTS.locationId,
			groupId: DEFAULTS.groupId,
		});
	});
});

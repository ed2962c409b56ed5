import { loadOptions } from '../helpers/lookups';
import { DEFAULTS, apiCalls, byId, only, run, useSandbox } from '../helpers/node';
import { calendarSettings } from '../calendar/settings';

const ctx = useSandbox();

describe('loadOptions getUsers (team members, free-slot users)', () => {
	it("lists the sub-account's users by name with their email, sending the users API version", async () => {
		const { options, error } = await loadOptions(ctx.sandbox, 'getUsers');
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/users/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe('2021-07-28');
		expect(options).toHaveLength(5);
		expect(options!.map((option) => option.value)).toEqual(
			expect.arrayContaining(['sandbox-user-1', 'sandbox-user-5']),
		);
		const names = options!.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(options![0].description).toMatch(/@/);
	});

	it('a chosen team member reaches the calendar body as userId', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendar',
			operation: 'create',
			name: 'Picked',
			calendarType: 'personal',
			...calendarSettings('create', {
				teamMembers: { member: [{ userId: 'sandbox-user-4', priority: 1, isPrimary: true }] },
			}),
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toMatchObject({
			teamMembers: [{ userId: 'sandbox-user-4', priority: 1, isPrimary: true }],
		});
	});

	it('several users for free slots go in the query as userIds, repeated', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendar',
			operation: 'getFreeSlots',
			calendarId: byId(DEFAULTS.calendarId),
			startDate: '2027-01-04',
			endDate: '2027-01-04',
			calendarGetFreeSlotsOptions: { userIds: ['sandbox-user-1', 'sandbox-user-2'] },
		});
		expect(error).toBeUndefined();
		const request = apiCalls(ctx.sandbox).find((call) => call.path.endsWith('/free-slots'))!;
		expect(request.status).toBe(200);
		expect(request.query.userIds).toEqual(['sandbox-user-1', 'sandbox-user-2']);
	});
});

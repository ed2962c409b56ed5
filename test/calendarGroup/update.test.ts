import { DEFAULTS, apiCalls, byId, fromList } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Update', () => {
	it('sends all three fields it was given, without reading the group first', async () => {
		const { json, error } = await calendarGroup('update', {
			groupId: fromList(DEFAULTS.groupId),
			calendarGroupUpdateFields: { name: 'Team', description: 'New', slug: 'team' },
		});
		expect(error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'PUT',
			path: `/calendars/groups/${DEFAULTS.groupId}`,
			status: 200,
			body: { name: 'Team', description: 'New', slug: 'team' },
		});
		expect(json[0]).toMatchObject({ id: DEFAULTS.groupId, name: 'Team', slug: 'team' });
	});

	it('partial: the fields left out are sent as they are now (the API requires all three)', async () => {
		const { json, error } = await calendarGroup('update', {
			groupId: byId(DEFAULTS.groupId),
			calendarGroupUpdateFields: { name: 'Renamed' },
		});
		expect(error).toBeUndefined();
		const [read, write] = apiCalls(ctx.sandbox);
		expect(read).toMatchObject({ method: 'GET', path: '/calendars/groups' });
		expect(read.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(write.body).toEqual({
			name: 'Renamed',
			description: 'The round-robin team calendars',
			slug: 'sandbox-team',
		});
		expect(json[0]).toMatchObject({ name: 'Renamed', slug: 'sandbox-team', isActive: true });
	});

	it('gets the API’s refusal of a slug another group uses', async () => {
		const { error } = await calendarGroup('update', {
			groupId: byId(DEFAULTS.inactiveGroupId),
			calendarGroupUpdateFields: { slug: 'sandbox-team' },
		});
		expect(apiCalls(ctx.sandbox).at(-1)?.status).toBe(400);
		expect(error?.message).toContain('sandbox-team');
	});

	it('refuses an empty update before sending', async () => {
		const { error } = await calendarGroup('update', {
			groupId: byId(DEFAULTS.groupId),
			calendarGroupUpdateFields: {},
		});
		expect(error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('names the group when it is not one of the sub-account’s (no write sent)', async () => {
		const { error } = await calendarGroup('update', {
			groupId: byId('noSuchGroup1'),
			calendarGroupUpdateFields: { name: 'X' },
		});
		expect(error?.message).toBe(
			'Calendar Group: (noSuchGroup1) is not a calendar group of this sub-account',
		);
		expect(apiCalls(ctx.sandbox).map((call) => call.method)).toEqual(['GET']);
	});

	it('refuses a group ID that is not one', async () => {
		const { error } = await calendarGroup('update', {
			groupId: byId('not an id'),
			calendarGroupUpdateFields: { name: 'Renamed', description: '', slug: 'x' },
		});
		expect(error?.message).toMatch(/^Calendar Group/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

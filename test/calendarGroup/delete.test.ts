import { DEFAULTS, byId, only } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Delete', () => {
	it('deletes the group; its calendars stay, ungrouped', async () => {
		const { json, error } = await calendarGroup('delete', { groupId: byId(DEFAULTS.groupId) });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'DELETE',
			path: `/calendars/groups/${DEFAULTS.groupId}`,
			status: 200,
		});
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.groups.has(DEFAULTS.groupId)).toBe(false);
		expect(ctx.sandbox.store.calendars.get(DEFAULTS.roundRobinCalendarId)?.groupId).toBeUndefined();
	});

	it('answers 404 for an unknown group and 403 for another sub-account’s', async () => {
		const unknown = await calendarGroup('delete', { groupId: byId('noSuchGroup1') });
		expect((unknown.error as { httpCode?: string }).httpCode).toBe('404');
		const foreign = await calendarGroup('delete', { groupId: byId(DEFAULTS.otherLocationGroupId) });
		expect((foreign.error as { httpCode?: string }).httpCode).toBe('403');
		expect(ctx.sandbox.store.groups.has(DEFAULTS.otherLocationGroupId)).toBe(true);
	});
});

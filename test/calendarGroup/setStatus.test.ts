import { DEFAULTS, apiCalls, byId, only } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Enable or Disable', () => {
	it('disables a group', async () => {
		const { json, error } = await calendarGroup('setStatus', {
			groupId: byId(DEFAULTS.groupId),
			isActive: false,
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'PUT',
			path: `/calendars/groups/${DEFAULTS.groupId}/status`,
			body: { isActive: false },
			status: 200,
		});
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.groups.get(DEFAULTS.groupId)?.isActive).toBe(false);
	});

	it('enables one (the default)', async () => {
		await calendarGroup('setStatus', { groupId: byId(DEFAULTS.inactiveGroupId) });
		expect(only(ctx.sandbox).body).toEqual({ isActive: true });
		expect(ctx.sandbox.store.groups.get(DEFAULTS.inactiveGroupId)?.isActive).toBe(true);
	});

	it('refuses a status that is not a boolean before sending', async () => {
		const { error } = await calendarGroup('setStatus', {
			groupId: byId(DEFAULTS.groupId),
			isActive: 'maybe',
		});
		expect(error?.message).toMatch(/^Is Active/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

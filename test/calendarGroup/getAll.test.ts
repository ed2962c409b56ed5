import { DEFAULTS, only } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Get Many', () => {
	it('lists the sub-account’s groups, one item each, up to the limit', async () => {
		const { json, error } = await calendarGroup('getAll', { returnAll: false, limit: 1 });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'GET', path: '/calendars/groups' });
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe('2021-04-15');
		expect(json).toEqual([
			{
				id: DEFAULTS.groupId,
				locationId: DEFAULTS.locationId,
				name: 'Sandbox Team',
				description: 'The round-robin team calendars',
				slug: 'sandbox-team',
				isActive: true,
			},
		]);
	});

	it('returns all of them, not another sub-account’s', async () => {
		const { json } = await calendarGroup('getAll', { returnAll: true });
		expect(json.map((group) => group.id)).toEqual([DEFAULTS.groupId, DEFAULTS.inactiveGroupId]);
	});
});

import { DEFAULTS, byId, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

describe('Calendar Resource: Delete', () => {
	it('deletes an equipment and returns HighLevel’s answer', async () => {
		const { json, error } = await run(ctx.sandbox, {
			resource: 'calendarResource',
			operation: 'delete',
			resourceType: 'equipments',
			id: byId(DEFAULTS.equipmentId),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'DELETE',
			`/calendars/resources/equipments/${DEFAULTS.equipmentId}`,
			'2021-04-15',
		]);
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.calendarResources.has(DEFAULTS.equipmentId)).toBe(false);
	});
});

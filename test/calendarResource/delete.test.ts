import { DEFAULTS, apiCalls, byId, only, run, useSandbox } from '../helpers/node';

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
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'DELETE',
			`/calendars/resources/equipments/${DEFAULTS.equipmentId}`,
			'2021-04-15',
			{},
		]);
		expect(request.body).toBeUndefined();
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.calendarResources.has(DEFAULTS.equipmentId)).toBe(false);
	});

	it("an unknown resource is not found (404), another sub-account's is refused (403), and neither is deleted", async () => {
		const remove = (resourceType: string, id: string) =>
			run(ctx.sandbox, {
				resource: 'calendarResource',
				operation: 'delete',
				resourceType,
				id: byId(id),
			});
		expect(((await remove('rooms', 'no-such-room')).error as { httpCode?: string }).httpCode).toBe(
			'404',
		);
		expect(
			((await remove('rooms', DEFAULTS.otherLocationRoomId)).error as { httpCode?: string })
				.httpCode,
		).toBe('403');
		expect(ctx.sandbox.store.calendarResources.has(DEFAULTS.otherLocationRoomId)).toBe(true);
	});

	it('refuses an ID with a space before sending', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarResource',
			operation: 'delete',
			resourceType: 'rooms',
			id: byId('a b'),
		});
		expect(error?.message).toBe(
			'Calendar Resource: "a b" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

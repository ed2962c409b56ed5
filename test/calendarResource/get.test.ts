import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const resource = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendarResource', operation, ...parameters }, options);

describe('Calendar Resource: Get', () => {
	it('gets a room by the picker value and returns it as it came', async () => {
		const { json, error } = await resource('get', {
			resourceType: 'rooms',
			id: fromList(DEFAULTS.roomId),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'GET',
			`/calendars/resources/rooms/${DEFAULTS.roomId}`,
			'2021-04-15',
			{},
		]);
		expect(json).toEqual([
			expect.objectContaining({
				_id: DEFAULTS.roomId,
				name: 'Sandbox Yoga Room',
				resourceType: 'rooms',
				calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
			}),
		]);
	});

	it('a room asked for as an equipment is not found (404)', async () => {
		const { error } = await resource('get', {
			resourceType: 'equipments',
			id: byId(DEFAULTS.roomId),
		});
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});

	it("another sub-account's room is refused (403)", async () => {
		const { error } = await resource('get', {
			resourceType: 'rooms',
			id: byId(DEFAULTS.otherLocationRoomId),
		});
		expect((error as { httpCode?: string }).httpCode).toBe('403');
	});

	it('refuses an empty ID before sending', async () => {
		const { error } = await resource('get', { resourceType: 'rooms', id: byId('  ') });
		expect(error?.message).toBe('Calendar Resource: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { DEFAULTS, apiCalls, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const getAll = (parameters: Record<string, unknown>) =>
	run(ctx.sandbox, { resource: 'calendarResource', operation: 'getAll', ...parameters });

/** Adds `count` rooms to sandbox-location-1, named "Room 001" … */
function seedRooms(count: number) {
	for (let i = 1; i <= count; i++) {
		const id = `bulk-room-${String(i).padStart(3, '0')}`;
		ctx.sandbox.store.calendarResources.set(id, {
			_id: id,
			locationId: DEFAULTS.locationId,
			name: `Room ${String(i).padStart(3, '0')}`,
			resourceType: 'rooms',
			isActive: true,
			description: '',
			quantity: 1,
			outOfService: 0,
			capacity: 2,
			calendarIds: [],
		});
	}
}

describe('Calendar Resource: Get Many', () => {
	it("lists the location's rooms only, one item each", async () => {
		const { json, error } = await getAll({ resourceType: 'rooms', returnAll: false, limit: 50 });
		expect(error).toBeUndefined();
		const [request, ...more] = apiCalls(ctx.sandbox);
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			'/calendars/resources/rooms',
			'2021-04-15',
		]);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, limit: '50', skip: '0' });
		expect(json.map((item) => item._id)).toEqual([DEFAULTS.roomId]);
	});

	it('Return All pages with skip until a short page', async () => {
		seedRooms(230); // 231 rooms
		const { json, error } = await getAll({ resourceType: 'rooms', returnAll: true });
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).map((call) => [call.query.limit, call.query.skip])).toEqual([
			['100', '0'],
			['100', '100'],
			['100', '200'],
		]);
		expect(json).toHaveLength(231);
		expect(new Set(json.map((item) => item._id)).size).toBe(231);
	});

	it('Limit asks only for as many as wanted, over pages when over 100', async () => {
		seedRooms(230);
		const { json } = await getAll({ resourceType: 'rooms', returnAll: false, limit: 150 });
		expect(apiCalls(ctx.sandbox).map((call) => [call.query.limit, call.query.skip])).toEqual([
			['100', '0'],
			['50', '100'],
		]);
		expect(json).toHaveLength(150);
	});

	it('refuses a Limit that is not a whole number of at least 1, before sending', async () => {
		const { error } = await getAll({ resourceType: 'equipments', returnAll: false, limit: 0 });
		expect(error?.message).toBe('Limit: is 0; expected a number of at least 1');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

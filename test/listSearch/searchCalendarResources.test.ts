import { DEFAULTS, apiCalls, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (resourceType: string, options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchCalendarResources', {
		...options,
		parameters: { resource: 'calendarResource', operation: 'get', resourceType },
	});

describe('listSearch: searchCalendarResources', () => {
	it("lists the rooms of the credential's location when Resource Type is Room", async () => {
		const { result, error } = await search('rooms');
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			'/calendars/resources/rooms',
			'2021-04-15',
		]);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, limit: '100', skip: '0' });
		// the room of sandbox-location-2 is not listed
		expect(result).toEqual({
			results: [{ name: 'Sandbox Yoga Room', value: DEFAULTS.roomId, description: 'capacity 12' }],
			paginationToken: undefined,
		});
	});

	it('lists the equipment when Resource Type is Equipment', async () => {
		const { result } = await search('equipments');
		expect(only(ctx.sandbox).path).toBe('/calendars/resources/equipments');
		expect(result?.results).toEqual([
			{ name: 'Sandbox Projector', value: DEFAULTS.equipmentId, description: '' },
		]);
	});

	it('reads every page of the API, then filters and pages for the editor', async () => {
		for (let i = 1; i <= 120; i++) {
			const id = `bulk-room-${String(i).padStart(3, '0')}`;
			ctx.sandbox.store.calendarResources.set(id, {
				_id: id,
				locationId: DEFAULTS.locationId,
				name: `Room ${String(i).padStart(3, '0')}`,
				resourceType: 'rooms',
				isActive: i !== 7,
				description: '',
				quantity: 1,
				outOfService: 0,
				capacity: 2,
				calendarIds: [],
			});
		}
		const first = await search('rooms');
		expect(apiCalls(ctx.sandbox).map((call) => call.query.skip)).toEqual(['0', '100']);
		expect(first.result?.results).toHaveLength(50);
		expect(first.result?.results[6]).toEqual({
			name: 'Room 007 (inactive)',
			value: 'bulk-room-007',
			description: 'inactive · capacity 2',
		});
		expect(first.result?.paginationToken).toBe('50');

		const filtered = await search('rooms', { filter: 'yoga' });
		expect(filtered.result?.results.map((item) => item.value)).toEqual([DEFAULTS.roomId]);
	});
});

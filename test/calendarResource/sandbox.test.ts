import { callAsClient } from '../../sandbox/client';
import { DEFAULTS, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const call = (method: string, path: string, body?: unknown) =>
	callAsClient(ctx.sandbox.url, method, path, body);
const room = {
	locationId: DEFAULTS.locationId,
	name: 'Room',
	description: 'Ground floor',
	quantity: 1,
	outOfService: 0,
	capacity: 4,
	calendarIds: [DEFAULTS.calendarId],
};

describe('sandbox: /calendars/resources/{resourceType}', () => {
	it('validates the Create body as the spec says (every property required, none unknown) and the path type', async () => {
		const noDescription: Partial<typeof room> = { ...room };
		delete noDescription.description;
		await expect(call('POST', '/calendars/resources/rooms', noDescription)).rejects.toThrow(
			/422.*description/,
		);
		await expect(
			call('POST', '/calendars/resources/rooms', { ...room, isActive: true }),
		).rejects.toThrow(/422.*isActive/);
		await expect(call('POST', '/calendars/resources/room', room)).rejects.toThrow(
			/422.*resourceType/,
		);
		expect(ctx.sandbox.store.calendarResources.size).toBe(3); // the seeded ones only
	});

	it('refuses an equipment with two calendars, an unknown calendar and another location’s', async () => {
		await expect(
			call('POST', '/calendars/resources/equipments', {
				...room,
				calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
			}),
		).rejects.toThrow(/400.*One equipment can only be mapped with one service calendar/);
		await expect(
			call('POST', '/calendars/resources/rooms', { ...room, calendarIds: ['nope'] }),
		).rejects.toThrow(/400.*Calendar nope not found/);
		await expect(
			call('POST', '/calendars/resources/rooms', {
				...room,
				calendarIds: [DEFAULTS.otherLocationCalendarId],
			}),
		).rejects.toThrow(/403/);
		await expect(
			call(
				'GET',
				`/calendars/resources/rooms?locationId=${DEFAULTS.otherLocationId}&limit=10&skip=0`,
			),
		).rejects.toThrow(/403/);
		expect(ctx.sandbox.store.calendarResources.size).toBe(3);
	});

	it('answers Create (201) with the resource and its _id, Update without calendarIds, as the schemas say', async () => {
		const created = await call('POST', '/calendars/resources/rooms', room);
		expect(created).toEqual({
			...room,
			_id: expect.any(String),
			resourceType: 'rooms',
			isActive: true,
		});
		expect(ctx.sandbox.requests.at(-1)?.status).toBe(201);
		const updated = await call('PUT', `/calendars/resources/rooms/${created._id}`, {
			capacity: 6,
		});
		expect(updated).toEqual({
			_id: created._id,
			locationId: DEFAULTS.locationId,
			name: 'Room',
			resourceType: 'rooms',
			isActive: true,
			description: 'Ground floor',
			quantity: 1,
			outOfService: 0,
			capacity: 6,
		});
		await expect(call('GET', `/calendars/resources/equipments/${created._id}`)).rejects.toThrow(
			/404/,
		);
		expect(await call('DELETE', `/calendars/resources/rooms/${created._id}`)).toEqual({
			success: true,
		});
		await expect(call('GET', `/calendars/resources/rooms/${created._id}`)).rejects.toThrow(/404/);
	});
});

import { DEFAULTS, apiCalls, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const update = (parameters: Record<string, unknown>) =>
	run(ctx.sandbox, {
		resource: 'calendarResource',
		operation: 'update',
		resourceType: 'rooms',
		id: fromList(DEFAULTS.roomId),
		...parameters,
	});

describe('Calendar Resource: Update', () => {
	it('sends only the fields set, with the location, and returns the updated room', async () => {
		const { json, error } = await update({
			calendarResourceUpdateFields: {
				name: 'Big Yoga Room',
				description: 'Renovated',
				quantity: 1,
				outOfService: 0,
				capacity: 20,
				calendarIds: [DEFAULTS.calendarId],
				isActive: false,
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version, request.query]).toEqual([
			'PUT',
			`/calendars/resources/rooms/${DEFAULTS.roomId}`,
			'2021-04-15',
			{},
		]);
		expect(request.body).toEqual({
			name: 'Big Yoga Room',
			description: 'Renovated',
			quantity: 1,
			outOfService: 0,
			capacity: 20,
			calendarIds: [DEFAULTS.calendarId],
			isActive: false,
			locationId: DEFAULTS.locationId,
		});
		expect(json).toEqual([
			expect.objectContaining({ _id: DEFAULTS.roomId, name: 'Big Yoga Room', isActive: false }),
		]);
		expect(ctx.sandbox.store.calendarResources.get(DEFAULTS.roomId)?.calendarIds).toEqual([
			DEFAULTS.calendarId,
		]);
	});

	it('a minimal update sends one field and the location', async () => {
		await update({ calendarResourceUpdateFields: { capacity: 6 } });
		expect(only(ctx.sandbox).body).toEqual({ capacity: 6, locationId: DEFAULTS.locationId });
	});

	it('refuses an empty update and a blank name alone, before sending', async () => {
		const empty = await update({ calendarResourceUpdateFields: {} });
		expect(empty.error?.message).toBe('Update Fields: is empty; add at least one field to change');
		const blank = await update({ calendarResourceUpdateFields: { name: '  ' } });
		expect(blank.error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses two calendars for an equipment before sending, naming the field', async () => {
		const { error } = await update({
			resourceType: 'equipments',
			id: fromList(DEFAULTS.equipmentId),
			calendarResourceUpdateFields: {
				calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
			},
		});
		expect(error?.message).toBe(
			'Calendar Names or IDs: has 2 calendars; an equipment can be mapped to one service calendar only',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it("another sub-account's room is refused (403) and stays as it was", async () => {
		const { error } = await update({
			id: fromList(DEFAULTS.otherLocationRoomId),
			calendarResourceUpdateFields: { name: 'Taken over' },
		});
		expect((error as { httpCode?: string }).httpCode).toBe('403');
		expect(ctx.sandbox.store.calendarResources.get(DEFAULTS.otherLocationRoomId)?.name).toBe(
			'Other Location Room',
		);
	});
});

import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const calendar = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation, ...parameters }, options);

describe('Calendar: Get', () => {
	it('gets one calendar by the picker value and returns the calendar itself', async () => {
		const { json } = await calendar('get', { calendarId: fromList(DEFAULTS.calendarId) });
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			`/calendars/${DEFAULTS.calendarId}`,
			'2021-04-15',
		]);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({ id: DEFAULTS.calendarId, locationId: DEFAULTS.locationId });
	});

	it('takes the calendar from a booking URL', async () => {
		await calendar('get', {
			calendarId: { __rl: true, mode: 'url', value: `https://api.leadconnectorhq.com/widget/booking/${DEFAULTS.calendarId}` },
		});
		expect(only(ctx.sandbox).path).toBe(`/calendars/${DEFAULTS.calendarId}`);
	});

	it('says what to check when the calendar is unknown', async () => {
		const { error } = await calendar('get', { calendarId: byId('nope123') });
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect((error as { description?: string }).description).toMatch(/Check the ID/);
	});
});

describe('Calendar: Get Many', () => {
	it('lists the location’s calendars, drafts included by default, up to the limit', async () => {
		const { json } = await calendar('getAll', { returnAll: false, limit: 2 });
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/calendars/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(json).toHaveLength(2);
	});

	it('filters by group and leaves drafts out when asked', async () => {
		const { json } = await calendar('getAll', {
			returnAll: true,
			calendarFilters: { groupId: DEFAULTS.groupId, showDrafted: false },
		});
		expect(only(ctx.sandbox).query).toEqual({
			locationId: DEFAULTS.locationId,
			groupId: DEFAULTS.groupId,
			showDrafted: 'false',
		});
		expect(json.map((c) => c.id)).toEqual([DEFAULTS.roundRobinCalendarId]);
	});
});

describe('Calendar: Update', () => {
	it('sends only the settings the user set, shaped like CalendarUpdateDTO', async () => {
		const { json, error } = await calendar('update', {
			calendarId: fromList(DEFAULTS.calendarId),
			calendarUpdateFields: {
				name: 'Renamed',
				slotDuration: 45,
				openHours: { hours: [{ daysOfTheWeek: [2, 4], openTime: '08:30', closeTime: '12:15' }] },
				availabilities: { date: [{ date: '2026-12-31', openTime: '10:00', closeTime: '12:00', deleted: false }] },
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('PUT');
		expect(request.status).toBe(200);
		expect(request.body).toEqual({
			name: 'Renamed',
			slotDuration: 45,
			openHours: [{ daysOfTheWeek: [2, 4], hours: [{ openHour: 8, openMinute: 30, closeHour: 12, closeMinute: 15 }] }],
			availabilities: [
				{ date: '2026-12-31T00:00:00.000Z', deleted: false, hours: [{ openHour: 10, openMinute: 0, closeHour: 12, closeMinute: 0 }] },
			],
		});
		expect(json[0]).toMatchObject({ id: DEFAULTS.calendarId, name: 'Renamed', slotDuration: 45 });
	});

	it('refuses an empty update', async () => {
		const { error } = await calendar('update', { calendarId: fromList(DEFAULTS.calendarId), calendarUpdateFields: {} });
		expect(error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

describe('Calendar: Delete', () => {
	it('deletes the calendar', async () => {
		const { json } = await calendar('delete', { calendarId: byId(DEFAULTS.draftCalendarId) });
		expect(only(ctx.sandbox)).toMatchObject({ method: 'DELETE', path: `/calendars/${DEFAULTS.draftCalendarId}` });
		expect(json[0]).toEqual({ success: true });
		expect(ctx.sandbox.store.calendars.has(DEFAULTS.draftCalendarId)).toBe(false);
	});
});

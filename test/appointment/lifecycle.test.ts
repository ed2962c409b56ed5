import { DateTime } from 'luxon';

import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const appointment = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'appointment', operation, ...parameters }, options);

async function booked(startTime = '2027-02-01T10:00:00', endTime = '2027-02-01T10:45:00', calendarId = DEFAULTS.calendarId) {
	const { json, error } = await appointment('create', {
		calendarId: byId(calendarId),
		contactId: byId(DEFAULTS.contactId),
		startTime,
		additionalFields: { endTime, appointmentStatus: 'confirmed', title: 'Booked' },
	});
	expect(error).toBeUndefined();
	ctx.sandbox.requests.length = 0;
	return json[0].id as string;
}

describe('Appointment: Get', () => {
	it('returns the event itself, not the { event } wrapper', async () => {
		const id = await booked();
		const { json } = await appointment('get', { eventId: id });
		expect(only(ctx.sandbox)).toMatchObject({ method: 'GET', path: `/calendars/events/appointments/${id}` });
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({ id, startTime: '2027-02-01T10:00:00-05:00', calendarId: DEFAULTS.calendarId });
	});
});

describe('Appointment: Reschedule', () => {
	it('moves the start and keeps the length when no end is given', async () => {
		const id = await booked();
		const { json, error } = await appointment('reschedule', { eventId: id, startTime: '2027-02-03T14:00:00' });
		expect(error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
			`GET /calendars/events/appointments/${id}`,
			`PUT /calendars/events/appointments/${id}`,
		]);
		expect(calls[1].body).toEqual({ startTime: '2027-02-03T14:00:00-05:00', endTime: '2027-02-03T14:45:00-05:00' });
		expect(json[0]).toMatchObject({ id, appointmentStatus: 'confirmed', title: 'Booked' });
	});

	it('keeps the length in real time across a daylight-saving change', async () => {
		const id = await booked('2027-03-12T23:30:00', '2027-03-13T01:00:00');
		await appointment('reschedule', { eventId: id, startTime: '2027-03-14T00:30:00' });
		// 90 minutes after 00:30 on the night the clocks jump from 2:00 to 3:00 is 03:00 EDT.
		expect(apiCalls(ctx.sandbox)[1].body).toEqual({
			startTime: '2027-03-14T00:30:00-05:00',
			endTime: '2027-03-14T03:00:00-04:00',
		});
	});

	it('uses the given end and time zone, and can turn notifications off', async () => {
		const id = await booked();
		await appointment('reschedule', {
			eventId: id,
			startTime: '2027-02-03T16:00:00',
			rescheduleOptions: { endTime: '2027-02-03T17:00:00', timeZone: fromList('Europe/London'), toNotify: false },
		});
		expect(only(ctx.sandbox).body).toEqual({
			startTime: '2027-02-03T16:00:00+00:00',
			endTime: '2027-02-03T17:00:00+00:00',
			toNotify: false,
		});
	});
});

describe('Appointment: Cancel', () => {
	it('sends the cancelled status and nothing else', async () => {
		const id = await booked();
		const { json } = await appointment('cancel', { eventId: id });
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'PUT', path: `/calendars/events/appointments/${id}` });
		expect(request.body).toEqual({ appointmentStatus: 'cancelled' });
		expect(json[0]).toMatchObject({ id, appointmentStatus: 'cancelled', startTime: '2027-02-01T10:00:00-05:00', title: 'Booked' });
	});
});

describe('Appointment: Delete', () => {
	it('deletes the appointment', async () => {
		const id = await booked();
		const { json } = await appointment('delete', { eventId: id });
		expect(only(ctx.sandbox)).toMatchObject({ method: 'DELETE', path: `/calendars/events/${id}` });
		expect(json[0]).toEqual({ succeeded: true });
		expect(ctx.sandbox.store.appointments.has(id)).toBe(false);
	});
});

describe('Appointment: Get Many', () => {
	it('lists a calendar’s appointments in a window, as epoch milliseconds, in start order', async () => {
		const later = await booked('2027-02-02T10:00:00', '2027-02-02T10:30:00');
		const earlier = await booked('2027-02-01T10:00:00', '2027-02-01T10:30:00');
		await booked('2027-05-01T10:00:00', '2027-05-01T10:30:00');
		const { json } = await appointment('getAll', {
			from: '2027-02-01',
			to: '2027-02-28',
			filters: { calendarId: fromList(DEFAULTS.calendarId) },
			returnAll: true,
		});
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/calendars/events');
		expect(request.query).toEqual({
			locationId: DEFAULTS.locationId,
			calendarId: DEFAULTS.calendarId,
			startTime: String(DateTime.fromISO('2027-02-01T00:00:00', { zone: 'America/New_York' }).toMillis()),
			endTime: String(DateTime.fromISO('2027-02-28T23:59:59.999', { zone: 'America/New_York' }).toMillis()),
		});
		expect(json.map((event) => event.id)).toEqual([earlier, later]);
	});

	it('fetches a long window in parts, each appointment once, and stops at the limit', async () => {
		const ids = [];
		for (const month of ['01', '03', '05', '07']) ids.push(await booked(`2027-${month}-15T10:00:00`, `2027-${month}-15T10:30:00`));
		const all = await appointment('getAll', {
			from: '2027-01-01',
			to: '2027-08-31',
			filters: { calendarId: byId(DEFAULTS.calendarId) },
			returnAll: true,
		});
		expect(all.json.map((event) => event.id)).toEqual(ids);
		expect(apiCalls(ctx.sandbox).length).toBe(8);
		ctx.sandbox.requests.length = 0;
		const limited = await appointment('getAll', {
			from: '2027-01-01',
			to: '2027-08-31',
			filters: { calendarId: byId(DEFAULTS.calendarId) },
			returnAll: false,
			limit: 2,
		});
		expect(limited.json.map((event) => event.id)).toEqual(ids.slice(0, 2));
		expect(apiCalls(ctx.sandbox).length).toBeLessThan(8);
	});

	it('filters by user or group, and refuses a call with neither calendar, user nor group', async () => {
		await appointment('getAll', { from: '2027-02-01', to: '2027-02-02', filters: { userId: fromList('sandbox-user-1') }, returnAll: true });
		expect(only(ctx.sandbox).query).toMatchObject({ userId: 'sandbox-user-1' });
		ctx.sandbox.requests.length = 0;
		await appointment('getAll', { from: '2027-02-01', to: '2027-02-02', filters: { groupId: DEFAULTS.groupId }, returnAll: true });
		expect(only(ctx.sandbox).query).toMatchObject({ groupId: DEFAULTS.groupId });
		ctx.sandbox.requests.length = 0;
		const { error } = await appointment('getAll', { from: '2027-02-01', to: '2027-02-02', filters: {}, returnAll: true });
		expect(error?.message).toMatch(/^Filters: name no calendar, user or group/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

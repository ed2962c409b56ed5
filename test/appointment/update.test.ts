import { DEFAULTS, apiCalls, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

async function booked(): Promise<string> {
	const { json } = await run(ctx.sandbox, {
		resource: 'appointment',
		operation: 'create',
		calendarId: fromList(DEFAULTS.calendarId),
		contactId: fromList(DEFAULTS.contactId),
		startTime: '2026-06-15T10:00:00',
		appointmentCreateFields: {
			endTime: '2026-06-15T10:30:00',
			appointmentStatus: 'confirmed',
			title: 'Intro',
		},
	});
	ctx.sandbox.requests.length = 0;
	return json[0].id as string;
}

const update = (
	eventId: string,
	appointmentUpdateFields: Record<string, unknown>,
	options = {},
	extra = {},
) =>
	run(
		ctx.sandbox,
		{ resource: 'appointment', operation: 'update', eventId, appointmentUpdateFields, ...extra },
		options,
	);

describe('Appointment: Update', () => {
	it('sends only the fields the user set: a reschedule does not touch the status', async () => {
		const id = await booked();
		const { json, error } = await update(id, {
			startTime: '2026-06-16T11:00:00',
			endTime: '2026-06-16T11:30:00',
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(`/calendars/events/appointments/${id}`);
		expect(request.body).toEqual({
			startTime: '2026-06-16T11:00:00-04:00',
			endTime: '2026-06-16T11:30:00-04:00',
		});
		expect(json[0]).toMatchObject({
			id,
			appointmentStatus: 'confirmed',
			title: 'Intro',
			startTime: '2026-06-16T11:00:00-04:00',
		});
	});

	it('maps every field of AppointmentEditSchema, and never sends locationId or contactId', async () => {
		const id = await booked();
		const { error } = await update(id, {
			address: '1 Main St',
			assignedUserId: fromList('sandbox-user-3'),
			calendarId: fromList(DEFAULTS.roundRobinCalendarId),
			description: 'Moved',
			endTime: '2026-06-17T12:00:00',
			ignoreDateRange: true,
			ignoreFreeSlotValidation: true,
			meetingLocationId: 'default',
			meetingLocationType: 'address',
			overrideLocationConfig: false,
			rrule: 'RRULE:FREQ=WEEKLY;COUNT=2',
			startTime: '2026-06-17T11:00:00',
			appointmentStatus: 'showed',
			title: 'Moved intro',
			toNotify: false,
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.status).toBe(200);
		expect(request.body).toEqual({
			address: '1 Main St',
			assignedUserId: 'sandbox-user-3',
			calendarId: DEFAULTS.roundRobinCalendarId,
			description: 'Moved',
			endTime: '2026-06-17T12:00:00-04:00',
			ignoreDateRange: true,
			ignoreFreeSlotValidation: true,
			meetingLocationId: 'default',
			meetingLocationType: 'address',
			overrideLocationConfig: false,
			rrule: 'RRULE:FREQ=WEEKLY;COUNT=2',
			startTime: '2026-06-17T11:00:00-04:00',
			appointmentStatus: 'showed',
			title: 'Moved intro',
			toNotify: false,
		});
		expect(request.body).not.toHaveProperty('locationId');
		expect(request.body).not.toHaveProperty('contactId');
	});

	it('path-encodes the appointment ID, and takes a recurring instance ID as it is', async () => {
		await update('abc_1729821600000_1800', { title: 'x' });
		expect(only(ctx.sandbox).path).toBe('/calendars/events/appointments/abc_1729821600000_1800');
		ctx.sandbox.requests.length = 0;
		// Characters that mean something in a URL reach HighLevel encoded, not as path syntax.
		await update('abc+1%2:3&x=y', { title: 'x' });
		expect(only(ctx.sandbox).path).toBe('/calendars/events/appointments/abc%2B1%252%3A3%26x%3Dy');
		ctx.sandbox.requests.length = 0;
		const { error } = await update('a b/c', { title: 'x' });
		expect(error?.message).toBe(
			'Appointment ID: "a b/c" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses an empty update before sending', async () => {
		const { error } = await update('abc', {});
		expect(error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('reads a new time in the time zone chosen for the update', async () => {
		const id = await booked();
		await update(
			id,
			{ startTime: '2026-06-16T09:00:00' },
			{},
			{ appointmentUpdateOptions: { timeZone: fromList('Asia/Tokyo') } },
		);
		expect(only(ctx.sandbox).body).toEqual({ startTime: '2026-06-16T09:00:00+09:00' });
	});
});

import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

const book = (parameters: Record<string, unknown>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'appointment',
			operation: 'create',
			calendarId: fromList(DEFAULTS.calendarId),
			contactId: byId(DEFAULTS.contactId),
			...parameters,
		},
		options,
	);

describe('Appointment: Create', () => {
	it('sends the minimal booking with ids from the pickers and the location from the credential', async () => {
		const { json, error } = await book({ startTime: '2026-06-15T10:00:00' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/calendars/events/appointments');
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			locationId: DEFAULTS.locationId,
			startTime: '2026-06-15T10:00:00-04:00',
		});
		expect(request.status).toBe(200);
		expect(json[0]).toMatchObject({
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
		});
		expect(ctx.sandbox.store.appointments.size).toBe(1);
	});

	it('maps every field of AppointmentCreateSchema to its body property', async () => {
		const { error } = await book({
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: {
				address: 'https://meet.example.com/a',
				assignedUserId: fromList('sandbox-user-2'),
				description: 'First meeting',
				endTime: '2026-06-15T10:45:00',
				ignoreDateRange: true,
				ignoreFreeSlotValidation: true,
				meetingLocationId: 'default',
				meetingLocationType: 'custom',
				overrideLocationConfig: true,
				rrule: 'RRULE:FREQ=WEEKLY;COUNT=3',
				appointmentStatus: 'confirmed',
				title: 'Intro with Ada',
				toNotify: false,
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.status).toBe(200);
		expect(request.body).toEqual({
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			locationId: DEFAULTS.locationId,
			startTime: '2026-06-15T10:00:00-04:00',
			endTime: '2026-06-15T10:45:00-04:00',
			address: 'https://meet.example.com/a',
			assignedUserId: 'sandbox-user-2',
			description: 'First meeting',
			ignoreDateRange: true,
			ignoreFreeSlotValidation: true,
			meetingLocationId: 'default',
			meetingLocationType: 'custom',
			overrideLocationConfig: true,
			rrule: 'RRULE:FREQ=WEEKLY;COUNT=3',
			appointmentStatus: 'confirmed',
			title: 'Intro with Ada',
			toNotify: false,
		});
	});

	it('reads times without offset in the chosen time zone, with the offset of that date', async () => {
		await book({
			startTime: '2026-12-07T10:00:00',
			appointmentCreateFields: { endTime: '2026-12-07T10:45:00' },
			appointmentCreateOptions: { timeZone: fromList('Europe/Berlin') },
		});
		expect(only(ctx.sandbox).body).toMatchObject({
			startTime: '2026-12-07T10:00:00+01:00',
			endTime: '2026-12-07T10:45:00+01:00',
		});
	});

	it('keeps the instant of a time with an offset, expressed in the workflow time zone', async () => {
		await book({ startTime: '2026-06-15T14:00:00Z' }, { timezone: 'America/Los_Angeles' });
		expect(only(ctx.sandbox).body).toMatchObject({ startTime: '2026-06-15T07:00:00-07:00' });
	});

	it('uses the offset in force on each side of a daylight-saving change', async () => {
		await book(
			{ startTime: '={{ $json.start }}' },
			{
				items: [
					{ json: { start: '2026-03-06T15:00:00' } },
					{ json: { start: '2026-03-09T15:00:00' } },
				],
			},
		);
		const bodies = apiCalls(ctx.sandbox).map((request) => request.body as { startTime: string });
		expect(bodies.map((body) => body.startTime).sort()).toEqual([
			'2026-03-06T15:00:00-05:00',
			'2026-03-09T15:00:00-04:00',
		]);
	});

	it('accepts epoch milliseconds and Luxon DateTimes from expressions', async () => {
		await book(
			{
				startTime: '={{ $json.start }}',
				appointmentCreateFields: {
					endTime: '={{ DateTime.fromMillis($json.start).plus({ minutes: 30 }) }}',
				},
			},
			{ items: [{ json: { start: Date.parse('2026-06-15T14:00:00Z') } }] },
		);
		expect(only(ctx.sandbox).body).toMatchObject({
			startTime: '2026-06-15T10:00:00-04:00',
			endTime: '2026-06-15T10:30:00-04:00',
		});
	});

	it('turns free-slot validation on for a recurrence rule, since HighLevel ignores the rule otherwise', async () => {
		const { json } = await book({
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: { rrule: 'FREQ=DAILY;COUNT=5' },
		});
		expect(only(ctx.sandbox).body).toMatchObject({
			rrule: 'RRULE:FREQ=DAILY;COUNT=5',
			ignoreFreeSlotValidation: true,
		});
		expect(json[0]).toMatchObject({ rrule: 'RRULE:FREQ=DAILY;COUNT=5' });
	});

	it('builds the rule from the recurrence builder', async () => {
		await book({
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: {
				recurrence: {
					rule: {
						frequency: 'WEEKLY',
						interval: 2,
						weekdays: ['MO', 'TH'],
						ends: 'until',
						until: '2026-08-31T23:59:00',
					},
				},
			},
		});
		expect(only(ctx.sandbox).body).toMatchObject({
			rrule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20260901T035900Z',
			ignoreFreeSlotValidation: true,
		});
	});

	it('refuses a recurrence with free-slot validation explicitly on, before sending', async () => {
		const { error } = await book({
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: {
				rrule: 'RRULE:FREQ=DAILY;COUNT=5',
				ignoreFreeSlotValidation: false,
			},
		});
		expect(error?.message).toMatch(
			/^Ignore Free Slot Validation: is off, but HighLevel applies a recurrence only when it is on/,
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses an end before the start, before sending', async () => {
		const { error } = await book({
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: { endTime: '2026-06-15T09:00:00' },
		});
		expect(error?.message).toBe(
			'End Time: (2026-06-15T09:00:00-04:00) is not after Start Time (2026-06-15T10:00:00-04:00); the end must come after the start',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('works with the OAuth2 credential', async () => {
		const { error } = await book({ startTime: '2026-06-15T10:00:00' }, { auth: 'oauth2' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
	});

	it('is refused in blocked time as in a taken slot, unless Ignore Free Slot Validation is on', async () => {
		// The seeded block slot: 2027-01-04 12:00-13:00 New York on the seeded calendar.
		const { error } = await book({ startTime: '2027-01-04T12:30:00' });
		expect(error?.message).toMatch(
			/^The slot you have selected is no longer available\. Nearest free slots: .* \[HTTP 400: the appointment was not created\]$/,
		);
		expect(error?.message).toContain('2027-01-04T13:00:00-05:00');
		expect(error?.message).not.toContain('2027-01-04T12:00:00-05:00');
		expect(ctx.sandbox.store.appointments.size).toBe(0);

		const forced = await book({
			startTime: '2027-01-04T12:30:00',
			appointmentCreateFields: { ignoreFreeSlotValidation: true },
		});
		expect(forced.error).toBeUndefined();
		expect(ctx.sandbox.store.appointments.size).toBe(1);
	});

	it('goes, on a team calendar, to a member whose time is not blocked, and is refused for the blocked one', async () => {
		const blocked = await run(ctx.sandbox, {
			resource: 'blockSlot',
			operation: 'create',
			assignedUserId: byId('sandbox-user-2'),
			startTime: '2027-01-05T10:00:00',
			endTime: '2027-01-05T11:00:00',
		});
		expect(blocked.error).toBeUndefined();
		const onTeam = (fields = {}) =>
			book({
				calendarId: byId(DEFAULTS.roundRobinCalendarId),
				startTime: '2027-01-05T10:00:00',
				appointmentCreateFields: fields,
			});
		const named = await onTeam({ assignedUserId: byId('sandbox-user-2') });
		expect(named.error?.message).toMatch(/^The slot you have selected is no longer available\./);
		// sandbox-user-2 is the primary member; sandbox-user-3 is free.
		const { json, error } = await onTeam();
		expect(error).toBeUndefined();
		expect(json[0]).toMatchObject({ assignedUserId: 'sandbox-user-3' });
	});

	it('lists the nearest free slots when HighLevel says the slot is taken', async () => {
		// A Tuesday in the future, inside the seeded calendar's open hours (Mon-Fri 9-17, 30-minute slots).
		await book({ startTime: '2027-06-15T10:00:00' });
		const { error } = await book({ startTime: '2027-06-15T10:00:00' });
		expect(error?.message).toMatch(
			/^The slot you have selected is no longer available\. Nearest free slots: .* \[HTTP 400: the appointment was not created\]$/,
		);
		expect(error?.message).toContain('2027-06-15T09:30:00-04:00');
		expect(error?.message).toContain('2027-06-15T10:30:00-04:00');
		expect(error?.message).not.toContain('2027-06-15T10:00:00-04:00');
		expect((error as { httpCode?: string }).httpCode).toBe('400');
		expect(ctx.sandbox.store.appointments.size).toBe(1);
	});
});

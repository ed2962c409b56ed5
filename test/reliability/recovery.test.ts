import { NodeApiError } from 'n8n-workflow';

import { COMMON_ERROR_CODES } from '../../nodes/HighLevelCalendars/shared/transport/outcome';
import { appointmentsIn } from '../helpers/appointments';
import { DEFAULTS, apiCalls, byId, credentialsFor, run, useSandbox } from '../helpers/node';
import type { SandboxRequest } from '../helpers/node';

/**
 * Exactly-once creates after an unclear failure (shared/transport/recover.ts, each create's look-up
 * beside it), Skip If Already Booked, and messages that never invite a resend of a create: through
 * the engine, against the sandbox's faults, asserting the requests, the items and what was stored.
 */
const ctx = useSandbox();
const { booked } = appointmentsIn(ctx);
jest.setTimeout(20_000);

const START = '2027-02-01T10:00:00';
const booking = (extra: Record<string, unknown> = {}) => ({
	resource: 'appointment',
	operation: 'create',
	calendarId: byId(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: START,
	appointmentCreateFields: { ignoreFreeSlotValidation: true },
	...extra,
});
const bookingRoute = { method: 'POST', path: '/calendars/events/appointments' };
const eventsRoute = { method: 'GET', path: '/calendars/events' };
const is =
	(route: { method: string; path: string }) =>
	({ method, path }: SandboxRequest) =>
		method === route.method && path === route.path;
const calls = (route: { method: string; path: string }) =>
	apiCalls(ctx.sandbox).filter(is(route)).length;
const stored = () => [...ctx.sandbox.store.appointments.values()] as Array<Record<string, any>>;

/** Advice that would have a user or a next node send a create again. */
const RESEND_ADVICE =
	/retry|try again|again later|immediately|re-?run|re-?send|run (it|this item) again/i;

/** Every create failure's message, checked at the end of the file (and each as it comes). */
const messages: string[] = [];
function checkMessage(message: string | undefined): string {
	expect(message).toEqual(expect.any(String));
	messages.push(message!);
	expect(message).not.toMatch(RESEND_ADVICE);
	for (const code of COMMON_ERROR_CODES) expect(message!.toUpperCase()).not.toContain(code);
	return message!;
}

describe('Appointment: Create after an unclear failure', () => {
	it('503 after HighLevel stored the booking: looks it up and returns it, recovered, sent once', async () => {
		ctx.sandbox.injectFault({
			...bookingRoute,
			kind: 'statusAfterHandling',
			status: 503,
			times: 1,
		});
		const { json, error } = await run(ctx.sandbox, booking());
		expect(error).toBeUndefined();
		expect(stored()).toHaveLength(1);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id: stored()[0].id,
			contactId: DEFAULTS.contactId,
			calendarId: DEFAULTS.calendarId,
			recovered: true,
			recoveredAfter: 'HTTP 503',
		});
		expect(calls(bookingRoute)).toBe(1);
		expect(calls(eventsRoute)).toBe(1);
		const lookup = apiCalls(ctx.sandbox).find(is(eventsRoute))!;
		expect(lookup.query).toMatchObject({
			calendarId: DEFAULTS.calendarId,
			locationId: DEFAULTS.locationId,
		});
	});

	it('connection reset after the write: recovered, one appointment', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'dropAfterHandling', times: 1 });
		const { json, error } = await run(ctx.sandbox, booking());
		expect(error).toBeUndefined();
		expect(stored()).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id: stored()[0].id,
			recovered: true,
			recoveredAfter: 'the connection was reset',
		});
		expect(calls(bookingRoute)).toBe(1);
	});

	it('timeout after the write: recovered, one appointment', async () => {
		ctx.sandbox.injectFault({
			...bookingRoute,
			kind: 'slowAfterHandling',
			delayMs: 2500,
			times: 1,
		});
		const { json, error } = await run(ctx.sandbox, booking({ requestOptions: { timeout: 1000 } }));
		expect(error).toBeUndefined();
		expect(stored()).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id: stored()[0].id,
			recovered: true,
			recoveredAfter: 'no answer within the timeout',
		});
		expect(calls(bookingRoute)).toBe(1);
	});

	it('503 before anything was stored: the look-up finds none, so it is sent once more and booked once', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'status', status: 503, times: 1 });
		const { json, error } = await run(ctx.sandbox, booking());
		expect(error).toBeUndefined();
		expect(stored()).toHaveLength(1);
		expect(json[0].id).toBe(stored()[0].id);
		expect(json[0].recovered).toBeUndefined();
		expect(calls(bookingRoute)).toBe(2);
		expect(calls(eventsRoute)).toBe(1);
	});

	it('an older appointment of that contact at that start is someone else’s: not claimed, booked anew', async () => {
		await booked(START, '2027-02-01T10:30:00');
		const older = stored()[0];
		older.dateAdded = new Date(Date.now() - 10 * 60_000).toISOString();
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'status', status: 503, times: 1 });
		const { json, error } = await run(ctx.sandbox, booking());
		expect(error).toBeUndefined();
		expect(json[0].id).not.toBe(older.id);
		expect(json[0].recovered).toBeUndefined();
		expect(stored()).toHaveLength(2);
	});

	it('fails safely when the second send fails too and nothing was stored', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'status', status: 503 });
		const { error } = await run(ctx.sandbox, booking());
		const message = checkMessage(error?.message);
		expect(message).toBe(
			'Service Unavailable; it was sent twice and not found in HighLevel after either [HTTP 503 after the request was sent: the appointment may have been created]',
		);
		expect((error as NodeApiError).httpCode).toBe('503');
		expect(calls(bookingRoute)).toBe(2);
		expect(stored()).toHaveLength(0);
	});

	it('fails with the safe message when the look-up fails, and sends nothing more', async () => {
		ctx.sandbox.injectFault({
			...bookingRoute,
			kind: 'statusAfterHandling',
			status: 503,
			times: 1,
		});
		ctx.sandbox.injectFault({ ...eventsRoute, kind: 'status', status: 500 });
		const { error } = await run(ctx.sandbox, booking({ limitsAndRetries: { maxRetries: 1 } }));
		const message = checkMessage(error?.message);
		expect(message).toBe(
			'Service Unavailable; the node could not check whether it was created: the look-up failed too, HTTP 500 [HTTP 503 after the request was sent: the appointment may have been created]',
		);
		expect((error as NodeApiError).description).toMatch(
			/^HighLevel may have created the appointment before the failure\. Look for it/,
		);
		expect(calls(bookingRoute)).toBe(1);
		expect(calls(eventsRoute)).toBe(2);
		expect(stored()).toHaveLength(1);
	});

	it('a look-up that gets no answer fails as safely, without n8n’s retry advice', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'dropAfterHandling', times: 1 });
		ctx.sandbox.injectFault({ ...eventsRoute, kind: 'drop' });
		const { error } = await run(ctx.sandbox, booking({ limitsAndRetries: { maxRetries: 0 } }));
		expect(checkMessage(error?.message)).toBe(
			'No answer from HighLevel; the node could not check whether it was created: the look-up failed too, with no answer [the connection was reset after the request was sent: the appointment may have been created]',
		);
	});

	it('under Continue On Fail, the error item’s message alone tells "may have been created" from "not created"', async () => {
		ctx.sandbox.injectFault({
			...bookingRoute,
			kind: 'statusAfterHandling',
			status: 503,
			times: 1,
		});
		ctx.sandbox.injectFault({ ...eventsRoute, kind: 'status', status: 500, times: 1 });
		const items = [{ json: { start: START } }, { json: { start: 'not a time' } }];
		const { items: out } = await run(
			ctx.sandbox,
			booking({ startTime: '={{ $json.start }}', limitsAndRetries: { maxRetries: 0 } }),
			{ items, continueOnFail: true },
		);
		const [unknown, notSent] = out![0];
		expect(checkMessage(unknown.json.error as string)).toMatch(
			/\[HTTP 503 after the request was sent: the appointment may have been created\]/,
		);
		expect(checkMessage(notSent.json.error as string)).toMatch(
			/^Start Time: .* \[not sent: the appointment was not created\]$/,
		);
		expect(unknown.pairedItem).toEqual({ item: 0 });
	});
});

describe('Skip If Already Booked', () => {
	const skip = { appointmentCreateOptions: { skipIfAlreadyBooked: true } };

	it('returns the existing appointment of that contact at that start instead of booking again', async () => {
		const id = await booked(START, '2027-02-01T10:30:00');
		const { json, error } = await run(ctx.sandbox, booking(skip));
		expect(error).toBeUndefined();
		expect(json).toEqual([
			expect.objectContaining({ id, skipped: true, skipReason: 'alreadyBooked' }),
		]);
		expect(calls(bookingRoute)).toBe(0);
		expect(calls(eventsRoute)).toBe(1);
		expect(stored()).toHaveLength(1);
	});

	it('books when there is none (one read first), and a re-run of the same items books nothing twice', async () => {
		const items = [0, 1, 2].map((hour) => ({
			json: { start: `2027-02-01T1${hour}:00:00` },
		}));
		const parameters = booking({ ...skip, startTime: '={{ $json.start }}' });
		const first = await run(ctx.sandbox, parameters, { items });
		expect(first.json.map((item) => item.skipped)).toEqual([undefined, undefined, undefined]);
		expect(calls(eventsRoute)).toBe(3);
		const again = await run(ctx.sandbox, parameters, { items });
		expect(again.json.map((item) => item.skipped)).toEqual([true, true, true]);
		expect(again.json.map((item) => item.id)).toEqual(first.json.map((item) => item.id));
		expect(stored()).toHaveLength(3);
		expect(calls(bookingRoute)).toBe(3);
	});

	it('is off by default: the same booking twice is two appointments (the API allows it here)', async () => {
		await run(ctx.sandbox, booking());
		await run(ctx.sandbox, booking());
		expect(stored()).toHaveLength(2);
		expect(calls(eventsRoute)).toBe(0);
	});

	it('does not count a cancelled appointment, nor one of another contact', async () => {
		await booked(START, '2027-02-01T10:30:00');
		stored()[0].appointmentStatus = 'cancelled';
		const { json } = await run(ctx.sandbox, booking(skip));
		expect(json[0].skipped).toBeUndefined();
		expect(stored()).toHaveLength(2);
	});

	it('fails without booking when the check fails, saying it was not sent', async () => {
		ctx.sandbox.injectFault({ ...eventsRoute, kind: 'status', status: 500 });
		const { error } = await run(
			ctx.sandbox,
			booking({ ...skip, limitsAndRetries: { maxRetries: 0 } }),
		);
		expect(checkMessage(error?.message)).toBe(
			'Skip If Already Booked could not check for an existing booking [HTTP 500, not sent: the appointment was not created]',
		);
		expect(calls(bookingRoute)).toBe(0);
	});
});

describe('other creates with a look-up', () => {
	it('Block Slot: Create after a 503 once stored is recovered; one block slot', async () => {
		const route = { method: 'POST', path: '/calendars/events/block-slots' };
		ctx.sandbox.injectFault({ ...route, kind: 'statusAfterHandling', status: 503, times: 1 });
		const before = ctx.sandbox.store.blockSlots.size;
		const { json, error } = await run(ctx.sandbox, {
			resource: 'blockSlot',
			operation: 'create',
			calendarId: byId(DEFAULTS.calendarId),
			startTime: '2027-03-01T12:00:00',
			endTime: '2027-03-01T13:00:00',
			blockSlotCreateFields: { title: 'Lunch' },
		});
		expect(error).toBeUndefined();
		expect(ctx.sandbox.store.blockSlots.size).toBe(before + 1);
		expect(json[0]).toMatchObject({ title: 'Lunch', recovered: true, recoveredAfter: 'HTTP 503' });
		expect(calls(route)).toBe(1);
		expect(calls({ method: 'GET', path: '/calendars/blocked-slots' })).toBe(1);
	});

	it('Block Slot: Create after a reset before anything was stored is sent once more', async () => {
		const route = { method: 'POST', path: '/calendars/events/block-slots' };
		ctx.sandbox.injectFault({ ...route, kind: 'drop', times: 1 });
		const before = ctx.sandbox.store.blockSlots.size;
		const { json, error } = await run(ctx.sandbox, {
			resource: 'blockSlot',
			operation: 'create',
			calendarId: byId(DEFAULTS.calendarId),
			startTime: '2027-03-01T12:00:00',
			endTime: '2027-03-01T13:00:00',
		});
		expect(error).toBeUndefined();
		expect(json[0].recovered).toBeUndefined();
		expect(ctx.sandbox.store.blockSlots.size).toBe(before + 1);
		expect(calls(route)).toBe(2);
	});

	it('Appointment Note: Create after a timeout once stored is recovered; one note', async () => {
		const appointmentId = await booked();
		const route = { method: 'POST', path: `/calendars/appointments/${appointmentId}/notes` };
		ctx.sandbox.injectFault({ ...route, kind: 'slowAfterHandling', delayMs: 2500, times: 1 });
		const { json, error } = await run(ctx.sandbox, {
			resource: 'appointmentNote',
			operation: 'create',
			appointmentId,
			body: 'Bring the contract',
			requestOptions: { timeout: 1000 },
		});
		expect(error).toBeUndefined();
		expect(ctx.sandbox.store.notes.size).toBe(1);
		expect(json[0]).toMatchObject({ body: 'Bring the contract', recovered: true });
		expect(calls(route)).toBe(1);
	});

	it('Calendar: Create after a 503 once stored fails safely naming the calendar found (the spec gives calendars no creation date)', async () => {
		const route = { method: 'POST', path: '/calendars/' };
		ctx.sandbox.injectFault({ ...route, kind: 'statusAfterHandling', status: 503, times: 1 });
		const before = ctx.sandbox.store.calendars.size;
		const { error } = await run(ctx.sandbox, {
			resource: 'calendar',
			operation: 'create',
			name: 'Recovery Call',
			calendarCreateFields: { slug: 'recovery-call' },
		});
		expect(ctx.sandbox.store.calendars.size).toBe(before + 1);
		const created = [...ctx.sandbox.store.calendars.values()].find(
			(calendar: any) => calendar.name === 'Recovery Call',
		) as { id: string };
		expect(checkMessage(error?.message)).toBe(
			`Service Unavailable; the node could not check whether it was created: one with ID ${created.id} exists, but HighLevel does not say when it was created [HTTP 503 after the request was sent: the calendar may have been created]`,
		);
		expect(calls(route)).toBe(1);
	});

	it('Calendar: Create after a 503 before anything was stored is sent once more and made once', async () => {
		const route = { method: 'POST', path: '/calendars/' };
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 503, times: 1 });
		const before = ctx.sandbox.store.calendars.size;
		const { json, error } = await run(ctx.sandbox, {
			resource: 'calendar',
			operation: 'create',
			name: 'Recovery Call',
		});
		expect(error).toBeUndefined();
		expect(json[0].name).toBe('Recovery Call');
		expect(ctx.sandbox.store.calendars.size).toBe(before + 1);
		expect(calls(route)).toBe(2);
	});
});

describe('messages of failed creates', () => {
	it('a refused create says so, with the HTTP code, in the message', async () => {
		const { error } = await run(ctx.sandbox, booking(), {
			credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'revoked-token' }),
		});
		expect(checkMessage(error?.message)).toBe(
			'Invalid token: access token is invalid [HTTP 401: the appointment was not created]',
		);
	});

	it('a create whose match cannot be proven ours names the object and the failure, and keeps n8n’s rewrite away', async () => {
		const route = { method: 'POST', path: '/calendars/groups' };
		ctx.sandbox.injectFault({ ...route, kind: 'dropAfterHandling', times: 1 });
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarGroup',
			operation: 'create',
			name: 'Sales Team',
			slug: 'sales-team',
		});
		const created = [...ctx.sandbox.store.groups.values()].find(
			(group: any) => group.slug === 'sales-team',
		) as { id: string };
		expect(checkMessage(error?.message)).toBe(
			`No answer from HighLevel; the node could not check whether it was created: one with ID ${created.id} exists, but HighLevel does not say when it was created [the connection was reset after the request was sent: the calendar group may have been created]`,
		);
		expect(calls(route)).toBe(1);
	});

	it('a refused OAuth2 refresh (n8n 1.x: EAUTH) tells to reconnect the credential, not that HighLevel did not answer', async () => {
		ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
		ctx.sandbox.addHook((hook: any) =>
			hook.path === '/oauth/token' ? (hook.send(400, { error: 'invalid_grant' }), true) : false,
		);
		const { error } = await run(ctx.sandbox, booking(), { auth: 'oauth2' });
		expect(checkMessage(error?.message)).toMatch(
			/^The credential .* needs to be reconnected: HighLevel refused to renew its access \[not sent: the appointment was not created\]$/,
		);
		expect((error as NodeApiError).description).toMatch(/^Open the credential and click Reconnect/);
		// Sent with the expired token, then once more to let n8n refresh it: both refused with 401.
		expect(
			apiCalls(ctx.sandbox)
				.filter(is(bookingRoute))
				.map((call) => call.status),
		).toEqual([401, 401]);
		expect(stored()).toHaveLength(0);

		const read = await run(
			ctx.sandbox,
			{ resource: 'calendar', operation: 'get', calendarId: byId(DEFAULTS.calendarId) },
			{ auth: 'oauth2' },
		);
		expect(read.error?.message).toMatch(
			/needs to be reconnected: HighLevel refused to renew its access$/,
		);
	});

	it('every message above survives n8n’s NodeApiError unchanged and carries no resend advice', () => {
		expect(messages.length).toBeGreaterThanOrEqual(8);
		const node = {
			id: '1',
			name: 'HighLevel',
			type: 'x',
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters: {},
		};
		for (const message of messages) {
			expect(new NodeApiError(node, { message: 'x' }, { message }).message).toBe(message);
			expect(message).not.toMatch(RESEND_ADVICE);
		}
		// The check itself bites: n8n rewrites a message naming a network code.
		const rewritten = new NodeApiError(
			node,
			{ message: 'x' },
			{ message: 'No answer (ECONNRESET)' },
		);
		expect(rewritten.message).toMatch(RESEND_ADVICE);
	});
});

describe('Availability Schedule: Create after an unclear failure', () => {
	it('an older schedule of that user with the same name is someone else’s: not claimed, made anew', async () => {
		const route = { method: 'POST', path: '/calendars/schedules' };
		const parameters = {
			resource: 'availabilitySchedule',
			operation: 'create',
			name: 'Older Hours',
			userId: byId(DEFAULTS.userId),
			timezone: { __rl: true, mode: 'name', value: 'America/New_York' },
		};
		const first = await run(ctx.sandbox, parameters);
		expect(first.error).toBeUndefined();
		const older = ctx.sandbox.store.schedules.get(first.json[0].id as string) as Record<
			string,
			any
		>;
		older.dateAdded = new Date(Date.now() - 10 * 60_000).toISOString();
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 503, times: 1 });
		const { json, error } = await run(ctx.sandbox, parameters);
		expect(error).toBeUndefined();
		expect(json[0].id).not.toBe(older.id);
		expect(json[0].recovered).toBeUndefined();
		expect(calls(route)).toBe(3);
		expect(calls({ method: 'GET', path: '/calendars/schedules/search' })).toBe(1);
	});
});

import { DateTime } from 'luxon';

import { DEFAULTS, api, book, poll, useTriggerSandbox, weekdayAt } from '../helpers';

const ctx = useTriggerSandbox();

const eventCalls = () =>
	ctx.sandbox.requests.filter((request) => request.path === '/calendars/events');

describe("HighLevel Calendars Poll Trigger (through n8n-core's PollContext)", () => {
	it('first poll: notes what exists and emits nothing; later polls emit each booking, change and cancellation once', async () => {
		const existing = await book(ctx.sandbox, weekdayAt(3));
		const params = {
			calendarIds: [DEFAULTS.calendarId],
			timeZone: { __rl: true, mode: 'name', value: 'UTC' },
		};
		const first = await poll(ctx.sandbox, params);
		expect(first.error).toBeUndefined();
		expect(first.items).toBeNull();

		const booked = await book(ctx.sandbox, weekdayAt(4));
		const second = await poll(ctx.sandbox, params, { staticData: first.staticData });
		expect(second.json.map((item) => [item.event, item.appointmentId])).toEqual([
			['appointmentBooked', booked.id],
		]);
		expect(second.json[0].previous).toBeUndefined();

		const newStart = weekdayAt(4, 11);
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${existing.id}`, {
			startTime: newStart,
		});
		const third = await poll(ctx.sandbox, params, { staticData: second.staticData });
		expect(third.json).toHaveLength(1);
		expect(third.json[0]).toMatchObject({
			event: 'appointmentUpdated',
			appointmentId: existing.id,
			startTime: DateTime.fromISO(newStart).toUTC().toISO({ suppressMilliseconds: true }),
			previous: {
				startTime: DateTime.fromISO(weekdayAt(3)).toUTC().toISO({ suppressMilliseconds: true }),
				appointmentStatus: 'confirmed',
			},
		});

		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${booked.id}`, {
			appointmentStatus: 'cancelled',
		});
		const fourth = await poll(ctx.sandbox, params, { staticData: third.staticData });
		expect(fourth.json.map((item) => item.event)).toEqual(['appointmentCancelled']);

		// a restart: the same static data again, nothing new
		const restarted = await poll(ctx.sandbox, params, {
			staticData: JSON.parse(JSON.stringify(fourth.staticData)),
		});
		expect(restarted.items).toBeNull();
	});

	it('asks GET /calendars/events once per chosen calendar, with the window in epoch milliseconds', async () => {
		const before = Date.now();
		await poll(ctx.sandbox, {
			calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
			lookAheadDays: 7,
			options: { lookBackHours: 2 },
		});
		const calls = eventCalls();
		expect(calls.map((call) => call.query.calendarId)).toEqual([
			DEFAULTS.calendarId,
			DEFAULTS.roundRobinCalendarId,
		]);
		for (const call of calls) {
			expect(call.status).toBe(200);
			expect(call.headers.version).toBe('2021-04-15');
			expect(call.query.locationId).toBe(DEFAULTS.locationId);
			const from = Number(call.query.startTime);
			const to = Number(call.query.endTime);
			expect(from).toBeGreaterThanOrEqual(before - 2 * 3_600_000);
			expect(from).toBeLessThanOrEqual(Date.now() - 2 * 3_600_000);
			expect(to - from).toBe(7 * 86_400_000 + 2 * 3_600_000);
		}
	});

	it("without chosen calendars, lists the sub-account's calendars first (one more request) and reads each", async () => {
		await poll(ctx.sandbox);
		expect(ctx.sandbox.requests.map((request) => request.path)).toEqual([
			'/calendars/',
			'/calendars/events',
			'/calendars/events',
			'/calendars/events',
		]);
	});

	it('an appointment that comes into the window later is reported then, once (the window boundary)', async () => {
		const first = await poll(ctx.sandbox, { calendarIds: [DEFAULTS.calendarId], lookAheadDays: 2 });
		const far = await book(ctx.sandbox, weekdayAt(10));
		const outside = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId], lookAheadDays: 2 },
			{ staticData: first.staticData },
		);
		expect(outside.items).toBeNull();
		// the window reaching it, as time passes, is the same as a longer look-ahead now
		const inside = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId], lookAheadDays: 30 },
			{ staticData: outside.staticData },
		);
		expect(inside.json.map((item) => [item.event, item.appointmentId])).toEqual([
			['appointmentBooked', far.id],
		]);
		const again = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId], lookAheadDays: 30 },
			{ staticData: inside.staticData },
		);
		expect(again.items).toBeNull();
	});

	it('overlapping answers (a calendar chosen twice) report each change once', async () => {
		const params = { calendarIds: [DEFAULTS.calendarId, DEFAULTS.calendarId] };
		const first = await poll(ctx.sandbox, params);
		await book(ctx.sandbox, weekdayAt(5));
		const second = await poll(ctx.sandbox, params, { staticData: first.staticData });
		expect(eventCalls()).toHaveLength(4);
		expect(second.json).toHaveLength(1);
	});

	it('filters by event and status, but still remembers what it dropped', async () => {
		const params = { calendarIds: [DEFAULTS.calendarId], events: ['appointmentCancelled'] };
		const first = await poll(ctx.sandbox, params);
		const booked = await book(ctx.sandbox, weekdayAt(6));
		const second = await poll(ctx.sandbox, params, { staticData: first.staticData });
		expect(second.items).toBeNull();
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${booked.id}`, {
			appointmentStatus: 'cancelled',
		});
		const third = await poll(
			ctx.sandbox,
			{ ...params, statuses: ['cancelled'] },
			{ staticData: second.staticData },
		);
		expect(third.json.map((item) => item.event)).toEqual(['appointmentCancelled']);
	});

	it("fails the poll with HighLevel's error, leaving the cursor as it was", async () => {
		const first = await poll(ctx.sandbox, { calendarIds: [DEFAULTS.calendarId] });
		ctx.sandbox.injectFault({
			kind: 'status',
			status: 403,
			method: 'GET',
			path: '/calendars/events',
		});
		const failed = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId] },
			{ staticData: first.staticData },
		);
		expect(failed.error?.message).toBeDefined();
		expect(failed.staticData).toEqual(first.staticData);
	});
});

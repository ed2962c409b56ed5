import { DEFAULTS, apiCalls, byId, credentialsFor, run, useSandbox } from '../helpers/node';

/**
 * Pacing through the engine, against the sandbox's rate limiter and its headers. The node keeps one
 * gate per API host and sub-account in the process; reaching one sandbox as 127.0.0.1 and as localhost
 * gives two gates that share one budget without knowing of each other, as two n8n queue-mode workers
 * (processes of their own) do. Assertions are on counts (requests, 429s, items), not on time.
 */
const ctx = useSandbox(undefined, { fresh: true });
jest.setTimeout(30_000);

const booking = {
	resource: 'appointment',
	operation: 'create',
	calendarId: byId(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: '={{ $json.start }}',
	appointmentCreateFields: { ignoreFreeSlotValidation: true },
};
const items = (count: number, offset = 0) =>
	Array.from({ length: count }, (_, i) => ({
		json: { start: new Date(Date.UTC(2027, 3, 1, 14) + (offset + i) * 3_600_000).toISOString() },
	}));
const isBooking = ({ method, path }: { method: string; path: string }) =>
	method === 'POST' && path === '/calendars/events/appointments';

describe('two gates sharing one sub-account (two processes)', () => {
	it('books 2 x 40 through a limit of 10 per 500 ms: every booking once, few or no 429s, both runs served', async () => {
		ctx.sandbox.rateLimiter.configure({ max: 10, intervalMs: 500 });
		const viaLocalhost = credentialsFor(ctx.sandbox, 'token', {
			baseUrl: ctx.sandbox.url.replace('127.0.0.1', 'localhost'),
		});
		const [first, second] = await Promise.all([
			run(ctx.sandbox, booking, { items: items(40) }),
			run(ctx.sandbox, booking, { items: items(40, 40), credentials: viaLocalhost }),
		]);
		for (const result of [first, second]) {
			expect(result.error).toBeUndefined();
			expect(result.json.filter((item) => item.error)).toEqual([]);
			expect(result.json).toHaveLength(40);
		}
		expect(ctx.sandbox.store.appointments.size).toBe(80);
		const starts = [...ctx.sandbox.store.appointments.values()].map((a: any) => a.startTime);
		expect(new Set(starts).size).toBe(80);
		const bookings = apiCalls(ctx.sandbox).filter(isBooking);
		const rateLimited = bookings.filter((call) => call.status === 429).length;
		// Gates that each took the whole announced budget met dozens here (see rateGate.test.ts).
		expect(rateLimited).toBeLessThanOrEqual(4);
		expect(bookings).toHaveLength(80 + rateLimited);
	});
});

describe('an API that never answers', () => {
	it('ends a batch of creates in about twice the timeout: the first ones time out, the rest fail at once as not sent', async () => {
		ctx.sandbox.injectFault({
			...{ method: 'POST', path: '/calendars/events/appointments' },
			kind: 'slow',
			delayMs: 60_000,
		});
		const started = Date.now();
		const result = await run(
			ctx.sandbox,
			{ ...booking, requestOptions: { timeout: 1000 } },
			{ items: items(30), continueOnFail: true },
		);
		const elapsed = Date.now() - started;
		// Every item accounted for, paired with its input.
		expect(result.json).toHaveLength(30);
		expect(result.items![0].map((item) => item.pairedItem)).toEqual(
			items(30).map((_, i) => ({ item: i })),
		);
		const sent = apiCalls(ctx.sandbox).filter(isBooking).length;
		const notSent = result.json.filter((item) =>
			/^HighLevel has not answered any request for \d+ s \[not sent: the appointment was not created\]$/.test(
				String(item.error),
			),
		);
		const timedOut = result.json.filter((item) =>
			/may have created/.test(String(item.description)),
		);
		// Before the first answer the gate sends at the documented 10 per second: about one second's worth
		// went out before two had timed out, none of them twice; the others were never sent.
		expect(sent).toBeGreaterThanOrEqual(2);
		expect(sent).toBeLessThan(20);
		expect(timedOut).toHaveLength(sent);
		expect(notSent).toHaveLength(30 - sent);
		expect(notSent[0].description).toMatch(/Nothing was sent for this item/);
		// Sent one at a time, 30 items would have held the run for 30 timeouts (30 s).
		expect(elapsed).toBeLessThan(10_000);
		expect(ctx.sandbox.store.appointments.size).toBe(0);
	});

	it('does the same without Continue On Fail: the node fails, no request waits out a timeout of its own', async () => {
		ctx.sandbox.injectFault({
			method: 'GET',
			path: `/calendars/${DEFAULTS.calendarId}`,
			kind: 'slow',
			delayMs: 60_000,
		});
		const result = await run(
			ctx.sandbox,
			{
				resource: 'calendar',
				operation: 'get',
				calendarId: byId(DEFAULTS.calendarId),
				limitsAndRetries: { maxRetries: 3 },
				requestOptions: { timeout: 1000 },
			},
			{ items: items(30) },
		);
		expect(result.error).toBeDefined();
		// GETs are retried after a timeout, but not into a silent API: far fewer than 30 x 4 requests.
		expect(apiCalls(ctx.sandbox).length).toBeLessThan(25);
	});
});

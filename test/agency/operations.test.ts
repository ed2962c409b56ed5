import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';
import { SUB_ACCOUNTS, bearer, bookPerItem, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

const third = SUB_ACCOUNTS[2];
const asThird = async (parameters: Record<string, unknown>) =>
	await run(ctx.sandbox, { subAccount: byId(third.locationId), ...parameters }, { auth: 'agency' });

/** Every request went out with the third sub-account's token, fetched `fetches` times. */
function allAsThird(fetches = 1) {
	const calls = apiCalls(ctx.sandbox);
	expect(calls.length).toBeGreaterThan(0);
	for (const call of calls) {
		expect(ctx.sandbox.tokens.get(bearer(call))?.locationId).toBe(third.locationId);
	}
	expect(tokenFetches(ctx.sandbox)).toHaveLength(fetches);
}

describe('Agency connection: every kind of request goes out as the sub-account', () => {
	it('an operation with a Runner (Appointment: Get Many, windows of 31 days)', async () => {
		await bookPerItem(ctx.sandbox, [{ json: third }]);
		ctx.sandbox.requests.length = 0;
		const { json, error } = await asThird({
			resource: 'appointment',
			operation: 'getAll',
			from: '2026-05-01',
			to: '2026-07-31',
			appointmentGetAllFilters: { calendarId: byId(third.calendarId) },
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(json).toHaveLength(1);
		expect(json[0].calendarId).toBe(third.calendarId);
		expect(apiCalls(ctx.sandbox).length).toBeGreaterThan(1);
		for (const call of apiCalls(ctx.sandbox)) expect(call.query.locationId).toBe(third.locationId);
		// The booking's token is still held: no fetch for this run.
		allAsThird(0);
	});

	it('a look-up outside routing (Reschedule reads the appointment first), then the update', async () => {
		const { json: booked } = await bookPerItem(ctx.sandbox, [{ json: third }]);
		ctx.sandbox.requests.length = 0;
		const { json, error } = await asThird({
			resource: 'appointment',
			operation: 'reschedule',
			eventId: String(booked[0].id),
			startTime: '2026-06-16T11:00:00',
		});
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).map((call) => call.method)).toEqual(['GET', 'PUT']);
		expect(json[0].id).toBe(booked[0].id);
		allAsThird(0);
	});

	it('a Get Many whose answer is unwrapped and limited (Calendar: Get Many)', async () => {
		const { json, error } = await asThird({
			resource: 'calendar',
			operation: 'getAll',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(json.map((calendar) => calendar.id)).toEqual([DEFAULTS.thirdLocationCalendarId]);
		allAsThird();
	});
});

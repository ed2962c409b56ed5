import { DEFAULTS, apiCalls, useSandbox } from '../helpers/node';
import {
	SUB_ACCOUNTS,
	bearer,
	bookPerItem,
	forgetSubAccountTokens,
	isLocationToken,
	tokenFetches,
} from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

describe('Agency connection: booking into several sub-accounts', () => {
	it('books 3 items into 3 sub-accounts, each with its own token and locationId, one token fetch each', async () => {
		const { json, error } = await bookPerItem(
			ctx.sandbox,
			SUB_ACCOUNTS.map((json) => ({ json })),
		);
		expect(error).toBeUndefined();
		expect(json).toHaveLength(3);

		const fetches = tokenFetches(ctx.sandbox);
		expect(
			fetches.map((request) => (request.body as { locationId: string }).locationId).sort(),
		).toEqual(SUB_ACCOUNTS.map(({ locationId }) => locationId).sort());
		for (const request of fetches) {
			expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(request.headers.version).toBe('2021-07-28');
			expect(bearer(request)).toBe(DEFAULTS.agencyAccessToken);
			expect(request.body).toMatchObject({ companyId: DEFAULTS.companyId });
			expect(request.status).toBe(200);
		}

		const bookings = apiCalls(ctx.sandbox).filter(
			(request) => request.path === '/calendars/events/appointments',
		);
		expect(bookings).toHaveLength(3);
		const tokens = new Set<string>();
		for (const { locationId, calendarId, contactId } of SUB_ACCOUNTS) {
			const booking = bookings.find(
				(request) => (request.body as { locationId: string }).locationId === locationId,
			)!;
			expect(booking.body).toMatchObject({ locationId, calendarId, contactId });
			expect(booking.status).toBe(200);
			const token = bearer(booking);
			expect(isLocationToken(token)).toBe(true);
			expect(ctx.sandbox.tokens.get(token)?.locationId).toBe(locationId);
			tokens.add(token);
		}
		expect(tokens.size).toBe(3);
		// The agency token went only to the /oauth/ endpoints.
		for (const request of apiCalls(ctx.sandbox)) {
			expect(bearer(request)).not.toBe(DEFAULTS.agencyAccessToken);
		}
		expect(json.map((appointment) => appointment.locationId).sort()).toEqual(
			SUB_ACCOUNTS.map(({ locationId }) => locationId).sort(),
		);
	});

	it('fetches the token of one sub-account once for 50 items sent at once', async () => {
		const items = Array.from({ length: 50 }, () => ({ json: SUB_ACCOUNTS[1] }));
		const { json, error } = await bookPerItem(ctx.sandbox, items);
		expect(error).toBeUndefined();
		expect(json).toHaveLength(50);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(1);
		const bookings = apiCalls(ctx.sandbox).filter(
			(request) => request.path === '/calendars/events/appointments',
		);
		expect(bookings).toHaveLength(50);
		expect(new Set(bookings.map(bearer)).size).toBe(1);
	});

	it('keeps the token for the next run until shortly before it expires', async () => {
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[2] }]);
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[2] }]);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(1);
	});
});

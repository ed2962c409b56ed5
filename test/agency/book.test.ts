import type { INodeExecutionData } from 'n8n-workflow';

import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';
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

describe('Agency connection: booking by email or phone', () => {
	const byEmail = (items: INodeExecutionData[]) =>
		run(
			ctx.sandbox,
			{
				resource: 'appointment',
				operation: 'create',
				subAccount: byId('={{ $json.locationId }}'),
				calendarId: byId('={{ $json.calendarId }}'),
				contactBy: 'emailOrPhone',
				email: '={{ $json.email }}',
				startTime: '2026-06-15T10:00:00',
				appointmentCreateFields: { ignoreFreeSlotValidation: true },
			},
			{ auth: 'agency', items },
		);
	const calls = (path: string) => apiCalls(ctx.sandbox).filter((call) => call.path === path);

	it('finds the contact in the chosen sub-account, with its token, and says which contact it booked for', async () => {
		const [, other] = SUB_ACCOUNTS;
		const { json, error } = await byEmail([
			{ json: { ...other, email: 'olive.other@contacts.example' } },
		]);
		expect(error).toBeUndefined();
		const [search] = calls('/contacts/search/duplicate');
		expect(search.query).toMatchObject({ locationId: other.locationId });
		expect(ctx.sandbox.tokens.get(bearer(search))?.locationId).toBe(other.locationId);
		expect(json[0]).toMatchObject({
			contactId: other.contactId,
			contact: { id: other.contactId, created: false, matchedBy: 'email' },
		});
	});

	it('creates a new person once per sub-account: items of two sub-accounts never share a contact', async () => {
		const email = 'new.person@example.com';
		const [first, , third] = SUB_ACCOUNTS;
		const { json, error } = await byEmail([
			{ json: { ...first, email } },
			{ json: { ...third, email } },
			{ json: { ...first, email } },
		]);
		expect(error).toBeUndefined();
		const upserts = calls('/contacts/upsert');
		expect(upserts.map((call) => (call.body as { locationId: string }).locationId).sort()).toEqual(
			[first.locationId, third.locationId].sort(),
		);
		for (const call of upserts) {
			const { locationId } = call.body as { locationId: string };
			expect(ctx.sandbox.tokens.get(bearer(call))?.locationId).toBe(locationId);
		}
		expect(json.map((item) => item.locationId)).toEqual([
			first.locationId,
			third.locationId,
			first.locationId,
		]);
		expect(json[0].contact).toMatchObject({ created: true, matchedBy: null });
		expect(json[1].contact).toMatchObject({ created: true, matchedBy: null });
		expect(json[2].contact).toEqual({
			id: json[0].contactId,
			created: false,
			matchedBy: null,
			createdByItem: 0,
		});
		expect(json[1].contactId).not.toBe(json[0].contactId);
	});
});

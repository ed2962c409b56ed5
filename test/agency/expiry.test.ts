import { sleep } from 'n8n-workflow';

import { apiCalls, useSandbox } from '../helpers/node';
import { SUB_ACCOUNTS, bearer, bookPerItem, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

const bookings = () =>
	apiCalls(ctx.sandbox).filter((request) => request.path === '/calendars/events/appointments');

describe('Agency connection: sub-account tokens that expire', () => {
	it('after a 401, fetches the token again once, however many items met it, and sends them again', async () => {
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[1] }]);
		const [first] = bookings();
		ctx.sandbox.expireToken(bearer(first));
		ctx.sandbox.requests.length = 0;

		const { json, error } = await bookPerItem(
			ctx.sandbox,
			Array.from({ length: 5 }, () => ({ json: SUB_ACCOUNTS[1] })),
		);
		expect(error).toBeUndefined();
		expect(json).toHaveLength(5);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(1);
		const refused = bookings().filter((request) => request.status === 401);
		const booked = bookings().filter((request) => request.status === 200);
		expect(refused.map(bearer)).toEqual(Array(refused.length).fill(bearer(first)));
		expect(booked).toHaveLength(5);
		const renewed = new Set(booked.map(bearer));
		expect(renewed.size).toBe(1);
		expect(renewed.has(bearer(first))).toBe(false);
		expect(ctx.sandbox.store.appointments.size).toBe(6);
	});

	it('fetches a new token before sending once the old one is near its expiry', async () => {
		ctx.sandbox.locationTokenLifetimeSeconds = 1;
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[2] }]);
		await sleep(1100);
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[2] }]);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(2);
		expect(bookings().map((request) => request.status)).toEqual([200, 200]);
		expect(new Set(bookings().map(bearer)).size).toBe(2);
	});

	it('fails the item with HighLevel’s message when the new token is refused too', async () => {
		ctx.sandbox.locationTokenLifetimeSeconds = 0;
		const { error } = await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[1] }]);
		expect(error?.message).toBe(
			`Invalid JWT (sub-account ${SUB_ACCOUNTS[1].locationId}) [HTTP 401: the appointment was not created]`,
		);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(2);
		expect(bookings()).toHaveLength(2);
	});
});

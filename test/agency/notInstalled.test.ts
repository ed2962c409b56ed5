import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';
import { SUB_ACCOUNTS, bookPerItem, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

const uninstalled = {
	locationId: DEFAULTS.uninstalledLocationId,
	calendarId: DEFAULTS.calendarId,
	contactId: DEFAULTS.contactId,
};

describe('Agency connection: sub-accounts it cannot work in', () => {
	it('refuses a sub-account the app is not installed on with a clear error, sending nothing to it', async () => {
		const { error } = await bookPerItem(ctx.sandbox, [{ json: uninstalled }]);
		expect(error?.message).toBe(
			`Could not get a token for sub-account ${DEFAULTS.uninstalledLocationId}: The app is not installed on this location [not sent: the appointment was not created]`,
		);
		expect(error?.description).toContain('Check that the app is installed on sub-account');
		expect(tokenFetches(ctx.sandbox)).toHaveLength(1);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('with Continue On Fail, fails only that item and books the others', async () => {
		const { json } = await bookPerItem(
			ctx.sandbox,
			[{ json: SUB_ACCOUNTS[0] }, { json: uninstalled }, { json: SUB_ACCOUNTS[1] }],
			{ continueOnFail: true },
		);
		expect(json).toHaveLength(3);
		expect(json[0].locationId).toBe(SUB_ACCOUNTS[0].locationId);
		// Under Continue On Fail the message is all the next node gets: it says nothing was booked.
		expect(json[1].error).toBe(
			`Could not get a token for sub-account ${DEFAULTS.uninstalledLocationId}: The app is not installed on this location [not sent: the appointment was not created]`,
		);
		expect(json[2].locationId).toBe(SUB_ACCOUNTS[1].locationId);
		expect(ctx.sandbox.store.appointments.size).toBe(2);
	});

	it('names the sub-account in HighLevel’s refusals', async () => {
		const { error } = await bookPerItem(ctx.sandbox, [
			{ json: { ...SUB_ACCOUNTS[1], calendarId: DEFAULTS.calendarId } },
		]);
		expect(error?.message).toBe(
			`Calendar not found (sub-account ${SUB_ACCOUNTS[1].locationId}) [HTTP 400: the appointment was not created]`,
		);
	});

	it('names the sub-account when Skip If Already Booked cannot check, before the outcome', async () => {
		ctx.sandbox.injectFault({
			method: 'GET',
			path: '/calendars/events',
			kind: 'status',
			status: 500,
		});
		const [other] = SUB_ACCOUNTS.slice(1);
		const { error } = await run(
			ctx.sandbox,
			{
				resource: 'appointment',
				operation: 'create',
				subAccount: byId(other.locationId),
				calendarId: byId(other.calendarId),
				contactId: byId(other.contactId),
				startTime: '2026-06-15T10:00:00',
				appointmentCreateOptions: { skipIfAlreadyBooked: true },
				limitsAndRetries: { maxRetries: 0 },
			},
			{ auth: 'agency' },
		);
		expect(error?.message).toBe(
			`Skip If Already Booked could not check for an existing booking (sub-account ${SUB_ACCOUNTS[1].locationId}) [HTTP 500, not sent: the appointment was not created]`,
		);
		expect(ctx.sandbox.store.appointments.size).toBe(0);
	});

	it('refuses an item without a sub-account before any request', async () => {
		const { error } = await bookPerItem(ctx.sandbox, [
			{ json: { ...SUB_ACCOUNTS[0], locationId: '' } },
		]);
		expect(error?.message).toBe('No Sub-Account chosen');
		expect(ctx.sandbox.requests).toHaveLength(0);
	});
});

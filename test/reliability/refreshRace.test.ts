import type { IDataObject } from 'n8n-workflow';

import type { EngineCredentialsHelper } from '../../scripts/lib/engine';
import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';
import type { Sandbox, SandboxRequest } from '../helpers/node';

/**
 * Two n8n 1.x queue-mode workers refreshing one OAuth2 credential at once (shared/transport/policy.ts,
 * the EAUTH part). n8n 1.x has no lock around a refresh: HighLevel rotates the refresh token for the
 * worker that comes first and refuses the other's with invalid_grant, while the first stores the new
 * pair in the database both read. The engine runs n8n-core 2.11, whose requestOAuth2 does what
 * n8n 1.123.81's does here (no lock, client-oauth2's EAUTH error, the credential read from the store
 * on every request); the other worker is played by a sandbox hook that refreshes first and writes the
 * new pair to the run's credential store, as that worker would to the database.
 */
const ctx = useSandbox();
jest.setTimeout(20_000);

const TYPE = 'highLevelCalendarsOAuth2Api';
const STORED = { id: `engine-${TYPE}`, name: `${TYPE} (engine)` };
const bookingRoute = { method: 'POST', path: '/calendars/events/appointments' };
const isBooking = ({ method, path }: SandboxRequest) =>
	method === bookingRoute.method && path === bookingRoute.path;
const bookings = () => apiCalls(ctx.sandbox).filter(isBooking);
const tokenRequests = () => ctx.sandbox.requests.filter((r) => r.path === '/oauth/token');
const stored = () => [...ctx.sandbox.store.appointments.values()] as Array<Record<string, any>>;
const statuses = (requests: SandboxRequest[]) => requests.map((r) => r.status).sort();

const booking = {
	resource: 'appointment',
	operation: 'create',
	calendarId: byId(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: '={{ $json.start }}',
	appointmentCreateFields: { ignoreFreeSlotValidation: true },
};
const items = (...starts: string[]) => starts.map((start) => ({ json: { start } }));

/**
 * Another worker that refreshes with the same refresh token just before ours reaches HighLevel, and
 * stores its new pair `saveAfterMs` later. `times`: how many of our refreshes it beats.
 */
function otherWorker(
	sandbox: Sandbox,
	{ saveAfterMs = 0, times = 1 }: { saveAfterMs?: number; times?: number } = {},
) {
	let store: EngineCredentialsHelper | undefined;
	let beaten = 0;
	sandbox.addHook(async (hook: any) => {
		if (hook.path !== '/oauth/token' || beaten >= times) return false;
		const refreshToken = String((hook.record.body as IDataObject).refresh_token);
		const grant = sandbox.oauth.refreshTokens.get(refreshToken);
		if (!grant) return false;
		beaten++;
		sandbox.oauth.refreshTokens.delete(refreshToken);
		const pair = sandbox.issueTokens(grant);
		const save = async () =>
			await store!.updateCredentialsOauthTokenData(STORED, TYPE, {
				oauthTokenData: pair as unknown as IDataObject,
			});
		if (saveAfterMs === 0) await save();
		else setTimeout(() => void save(), saveAfterMs);
		return false; // ours is handled now: its refresh token is spent, so HighLevel refuses it
	});
	return {
		onCredentialsHelper: (helper: EngineCredentialsHelper) => (store = helper),
		storedToken: () =>
			(store!.snapshot()[STORED.id].data.oauthTokenData as IDataObject).access_token,
	};
}

beforeEach(() => {
	ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
});

describe('an OAuth2 refresh refused because another worker renewed the credential first', () => {
	it('books every item once, with the token the other worker stored', async () => {
		const other = otherWorker(ctx.sandbox);
		const { json, error } = await run(ctx.sandbox, booking, {
			auth: 'oauth2',
			items: items('2027-03-01T10:00:00', '2027-03-01T11:00:00'),
			onCredentialsHelper: other.onCredentialsHelper,
		});
		expect(error).toBeUndefined();
		expect(json.map((item) => item.startTime)).toEqual([
			'2027-03-01T10:00:00-05:00',
			'2027-03-01T11:00:00-05:00',
		]);
		expect(stored()).toHaveLength(2);
		// Ours was the one refused; nothing refreshed again afterwards.
		expect(tokenRequests().map((r) => r.status)).toEqual([400]);
		// Each item: sent with the expired token (401), then the one whose refresh was refused once
		// more with it (401), then both with the other worker's token.
		expect(statuses(bookings())).toEqual([200, 200, 401, 401, 401]);
		const renewed = other.storedToken();
		expect(
			bookings()
				.filter((r) => r.status === 200)
				.map((r) => r.headers.authorization),
		).toEqual([`Bearer ${renewed}`, `Bearer ${renewed}`]);
	});

	it('waits for the other worker’s new pair when it is stored after our refusal', async () => {
		const other = otherWorker(ctx.sandbox, { saveAfterMs: 1000 });
		const { json, error } = await run(ctx.sandbox, booking, {
			auth: 'oauth2',
			items: items('2027-03-02T10:00:00'),
			onCredentialsHelper: other.onCredentialsHelper,
		});
		expect(error).toBeUndefined();
		expect(json).toHaveLength(1);
		expect(stored()).toHaveLength(1);
		expect(tokenRequests().map((r) => r.status)).toEqual([400]);
		expect(statuses(bookings())).toEqual([200, 401, 401]);
	});

	it('repeats the request only once: refused again, it tells to reconnect and books nothing', async () => {
		// The other worker wins every refresh, and its tokens are expired by the time ours are used.
		ctx.sandbox.accessTokenLifetimeSeconds = 0;
		const other = otherWorker(ctx.sandbox, { times: 2 });
		const { error } = await run(ctx.sandbox, booking, {
			auth: 'oauth2',
			items: items('2027-03-03T10:00:00'),
			onCredentialsHelper: other.onCredentialsHelper,
		});
		expect(error?.message).toMatch(
			/^The credential .* needs to be reconnected: HighLevel refused to renew its access \[not sent: the appointment was not created\]$/,
		);
		expect(tokenRequests().map((r) => r.status)).toEqual([400, 400]);
		expect(statuses(bookings())).toEqual([401, 401, 401]);
		expect(stored()).toHaveLength(0);
	});
});

describe('an OAuth2 refresh refused with nobody renewing the credential', () => {
	it('tells to reconnect without a second refresh, and the next items do not wait again', async () => {
		ctx.sandbox.oauth.refreshTokens.delete(DEFAULTS.refreshToken); // revoked
		// What happened in order: credential reads (the wait polls the store) and refreshes.
		const events: string[] = [];
		ctx.sandbox.addHook(
			(hook: any) => (hook.path === '/oauth/token' && events.push('refresh'), false),
		);
		const { json, error } = await run(ctx.sandbox, booking, {
			auth: 'oauth2',
			items: items('2027-03-04T10:00:00', '2027-03-04T11:00:00'),
			continueOnFail: true,
			onCredentialsHelper: (helper) => {
				const read = helper.getDecrypted.bind(helper);
				helper.getDecrypted = async (...args: Parameters<typeof read>) => {
					events.push('read');
					return await read(...args);
				};
			},
		});
		expect(error).toBeUndefined();
		expect(json.map((item) => item.error)).toEqual([
			expect.stringMatching(/needs to be reconnected: HighLevel refused to renew its access/),
			expect.stringMatching(/needs to be reconnected: HighLevel refused to renew its access/),
		]);
		// One refused refresh per item, as without the wait; none sent twice.
		expect(tokenRequests().map((r) => r.status)).toEqual([400, 400]);
		expect(statuses(bookings())).toEqual([401, 401, 401, 401]);
		expect(stored()).toHaveLength(0);
		const first = events.indexOf('refresh');
		const last = events.lastIndexOf('refresh');
		const readsBetween = events.slice(first, last).filter((e) => e === 'read').length;
		const readsAfter = events.slice(last).filter((e) => e === 'read').length;
		// The first refusal waited for a new pair (the store read every 200 ms for 3 s) ...
		expect(readsBetween).toBeGreaterThan(10);
		// ... the second, refused with the same refresh token, did not.
		expect(readsAfter).toBeLessThanOrEqual(1);
	});
});

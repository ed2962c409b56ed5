/**
 * account.ts: the credential is read once per node run (not once per item) and what each item
 * derives from it (its sub-account, the agency's credential key) stays its own. Unit tests of the
 * read cache with a fake clock, then the real engine: items on different sub-accounts, a token
 * refreshed during a run, two executions, two nodes with different credentials.
 */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { HighLevelCalendars } from '../../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import {
	AGENCY_CREDENTIAL,
	CredentialReads,
	PRIVATE_INTEGRATION_CREDENTIAL,
	type ApiContext,
	forgetCredentialRead,
	getAccount,
} from '../../../nodes/HighLevelCalendars/shared/transport/account';
import {
	EngineCredentialsHelper,
	MANUAL_TRIGGER_NAME,
	runWorkflow,
} from '../../../scripts/lib/engine';
import { sandboxCredentialData } from '../../../sandbox/server';
import {
	SUB_ACCOUNTS,
	bearer,
	bookPerItem,
	forgetSubAccountTokens,
	tokenFetches,
} from '../../agency/helpers';
import {
	DEFAULTS,
	type SandboxRequest,
	apiCalls,
	byId,
	credentialTypes,
	credentialsFor,
	run,
	useSandbox,
} from '../../helpers/node';

describe('CredentialReads', () => {
	const clock = { now: 0 };
	const reads = () => new CredentialReads<string>(() => clock.now, 1000);
	beforeEach(() => (clock.now = 0));

	it('shares one read among the items of a run, per key', async () => {
		const cache = reads();
		const run = {};
		const read = jest.fn(async () => 'data');
		const values = await Promise.all([
			cache.get(run, 'a', read),
			cache.get(run, 'a', read),
			cache.get(run, 'a', read),
		]);
		expect(values).toEqual(['data', 'data', 'data']);
		expect(read).toHaveBeenCalledTimes(1);
		await cache.get(run, 'b', read);
		expect(read).toHaveBeenCalledTimes(2);
	});

	it('never shares a read between runs, nor outside a run', async () => {
		const cache = reads();
		let serial = 0;
		const read = async () => `read ${++serial}`;
		expect(await cache.get({}, 'a', read)).toBe('read 1');
		expect(await cache.get({}, 'a', read)).toBe('read 2');
		expect(await cache.get(undefined, 'a', read)).toBe('read 3');
		expect(await cache.get(undefined, 'a', read)).toBe('read 4');
	});

	it('reads again once the read is maxAgeMs old (a run still preparing items, Batching)', async () => {
		const cache = reads();
		const run = {};
		let serial = 0;
		const read = async () => `read ${++serial}`;
		expect(await cache.get(run, 'a', read)).toBe('read 1');
		clock.now = 999;
		expect(await cache.get(run, 'a', read)).toBe('read 1');
		clock.now = 1000;
		expect(await cache.get(run, 'a', read)).toBe('read 2');
	});

	it('drops a read on forget, for that run and key only', async () => {
		const cache = reads();
		const run = {};
		let serial = 0;
		const read = async () => `read ${++serial}`;
		await cache.get(run, 'a', read);
		await cache.get(run, 'b', read);
		cache.forget(run, 'a');
		expect(await cache.get(run, 'a', read)).toBe('read 3');
		expect(await cache.get(run, 'b', read)).toBe('read 2');
	});

	it('shares no failure: each waiting item reads for itself, and the failed read is not kept', async () => {
		const cache = reads();
		const run = {};
		let serial = 0;
		const read = async () => {
			serial++;
			throw new Error(`failure ${serial}`);
		};
		const outcomes = await Promise.allSettled([
			cache.get(run, 'a', read),
			cache.get(run, 'a', read),
			cache.get(run, 'a', read),
		]);
		const messages = outcomes.map((outcome) =>
			outcome.status === 'rejected' ? (outcome.reason as Error).message : 'fulfilled',
		);
		// One error object per item: a hook that adds to an item's message never touches another's.
		expect(new Set(messages).size).toBe(3);
		expect(messages[0]).toBe('failure 1');
		await expect(cache.get(run, 'a', async () => 'read after')).resolves.toBe('read after');
	});
});

/** A context of one item of a node run: `run` is the execute data n8n shares among them. */
function itemContext(
	run: object,
	parameters: Record<string, unknown>,
	readCredentials: () => ICredentialDataDecryptedObject,
): ApiContext {
	return {
		getExecuteData: () => run,
		getNodeParameter: (name: string, fallback?: unknown) =>
			name === 'subAccount' ? parameters.subAccount : (parameters[name] ?? fallback),
		getCredentials: async () => readCredentials(),
		getNode: () => ({
			id: 'node-1',
			name: 'HighLevel Calendars',
			type: 'CUSTOM.highLevelCalendars',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { [AGENCY_CREDENTIAL]: { id: 'cred-1', name: 'Agency' } },
		}),
	} as unknown as ApiContext;
}

describe('getAccount (one node run)', () => {
	const agencyData = (accessToken: string): ICredentialDataDecryptedObject => ({
		baseUrl: 'https://api.example.test/',
		oauthTokenData: { access_token: accessToken, userType: 'Company', companyId: 'company-1' },
	});

	it('gives each item its own sub-account from one read of the credential', async () => {
		const run = {};
		const read = jest.fn(() => agencyData('agency-token-1'));
		const parameters = { authentication: 'agencyOAuth2' };
		const accounts = await Promise.all(
			['loc-1', 'loc-2', 'loc-1'].map(
				async (subAccount) =>
					await getAccount(itemContext(run, { ...parameters, subAccount }, read)),
			),
		);
		expect(accounts.map((account) => account.locationId)).toEqual(['loc-1', 'loc-2', 'loc-1']);
		expect(new Set(accounts.map((account) => account.agency?.credentialKey)).size).toBe(1);
		expect(accounts[0].baseUrl).toBe('https://api.example.test');
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('follows a token n8n refreshed during an agency-token request (forgetCredentialRead)', async () => {
		const run = {};
		let token = 'agency-token-1';
		const context = () =>
			itemContext(run, { authentication: 'agencyOAuth2', subAccount: 'loc-1' }, () =>
				agencyData(token),
			);
		const before = await getAccount(context());
		token = 'agency-token-2';
		expect((await getAccount(context())).agency?.credentialKey).toBe(before.agency?.credentialKey);
		forgetCredentialRead(context(), AGENCY_CREDENTIAL);
		const after = await getAccount(context());
		expect(after.agency?.credentialKey).not.toBe(before.agency?.credentialKey);
		// The key holds a hash of the token, never the token.
		expect(after.agency?.credentialKey).not.toContain('agency-token-2');
	});

	it('gives every item its own error for a credential without a Location ID', async () => {
		const run = {};
		const parameters = { authentication: 'privateIntegrationToken' };
		const read = jest.fn(() => ({ accessToken: 'pit', locationId: ' ' }));
		const outcomes = await Promise.allSettled(
			[0, 1].map(async () => await getAccount(itemContext(run, parameters, read))),
		);
		const errors = outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason as Error);
		expect(errors.map((error) => error.message)).toEqual([
			'The credential has no Location ID',
			'The credential has no Location ID',
		]);
		expect(errors[0]).not.toBe(errors[1]);
		expect(read).toHaveBeenCalledTimes(1);
	});
});

describe('getAccount through the engine', () => {
	const ctx = useSandbox();
	forgetSubAccountTokens();

	let reads: jest.SpyInstance;
	beforeEach(() => {
		reads = jest.spyOn(EngineCredentialsHelper.prototype, 'getDecrypted');
	});
	afterEach(() => reads.mockRestore());
	const readsOf = (type: string) => reads.mock.calls.filter((call) => call[2] === type).length;

	const bodyOf = (request: SandboxRequest) => request.body as Record<string, string>;
	const bookings = () =>
		apiCalls(ctx.sandbox).filter((request) => request.path === '/calendars/events/appointments');
	const startsAt = (count: number) =>
		Array.from({ length: count }, (_, i) => ({
			json: { start: `2026-06-15T${String(9 + i).padStart(2, '0')}:00:00` },
		}));
	const bookEach = {
		resource: 'appointment',
		operation: 'create',
		calendarId: byId(DEFAULTS.calendarId),
		contactId: byId(DEFAULTS.contactId),
		startTime: '={{ $json.start }}',
		appointmentCreateFields: { ignoreFreeSlotValidation: true },
	};

	it('reads a Private Integration Token credential once per item, for all the hooks of that item', async () => {
		const result = await run(ctx.sandbox, bookEach, { items: startsAt(4) });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(4);
		expect(bookings()).toHaveLength(4);
		for (const booking of bookings()) expect(bodyOf(booking).locationId).toBe(DEFAULTS.locationId);
		// n8n reads it once for the run (RoutingNode) and once to sign each request; the node once per
		// item (its credential fields may be expressions filled per item, next test).
		expect(readsOf(PRIVATE_INTEGRATION_CREDENTIAL)).toBe(1 + 2 * bookings().length);
	});

	it('sends each item the Location ID its own credential expressions give', async () => {
		ctx.sandbox.addToken('pit-other-location', {
			kind: 'pit',
			locationId: DEFAULTS.otherLocationId,
		});
		const result = await run(
			ctx.sandbox,
			{ resource: 'calendar', operation: 'getAll' },
			{
				items: [
					{ json: { token: DEFAULTS.pitToken, loc: DEFAULTS.locationId } },
					{ json: { token: 'pit-other-location', loc: DEFAULTS.otherLocationId } },
				],
				credentials: credentialsFor(ctx.sandbox, 'token', {
					accessToken: '={{ $json.token }}',
					locationId: '={{ $json.loc }}',
				}),
			},
		);
		expect(result.error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox).filter((call) => call.path === '/calendars/');
		expect(
			calls.map((call) => [call.query.locationId, call.headers.authorization, call.status]),
		).toEqual([
			[DEFAULTS.locationId, `Bearer ${DEFAULTS.pitToken}`, 200],
			[DEFAULTS.otherLocationId, 'Bearer pit-other-location', 200],
		]);
	});

	it('books items with different sub-accounts (an expression) each in its own', async () => {
		const items = [...SUB_ACCOUNTS, SUB_ACCOUNTS[0]].map((json) => ({ json }));
		const result = await bookPerItem(ctx.sandbox, items);
		expect(result.error).toBeUndefined();
		expect(
			bookings()
				.map((request) => bodyOf(request).locationId)
				.sort(),
		).toEqual(items.map(({ json }) => json.locationId).sort());
		// One sub-account token per sub-account, and each booking carries its own sub-account's.
		expect(tokenFetches(ctx.sandbox)).toHaveLength(SUB_ACCOUNTS.length);
		for (const booking of bookings()) {
			expect(ctx.sandbox.tokens.get(bearer(booking))?.locationId).toBe(bodyOf(booking).locationId);
		}
		// n8n: once for the run, once to sign each sub-account token request; the node once per item.
		expect(readsOf(AGENCY_CREDENTIAL)).toBe(1 + tokenFetches(ctx.sandbox).length + items.length);
	});

	it('uses the new location of a credential reconnected between two executions', async () => {
		ctx.sandbox.addToken('pit-other-location', {
			kind: 'pit',
			locationId: DEFAULTS.otherLocationId,
		});
		const list = { resource: 'calendar', operation: 'getAll' };
		await run(ctx.sandbox, list);
		const second = await run(ctx.sandbox, list, {
			credentials: credentialsFor(ctx.sandbox, 'token', {
				accessToken: 'pit-other-location',
				locationId: DEFAULTS.otherLocationId,
			}),
		});
		expect(second.error).toBeUndefined();
		const [first, then] = apiCalls(ctx.sandbox);
		expect(first.query.locationId).toBe(DEFAULTS.locationId);
		expect(then.query.locationId).toBe(DEFAULTS.otherLocationId);
		expect(then.headers.authorization).toBe('Bearer pit-other-location');
	});

	it('books every item of a run whose OAuth2 token n8n refreshes midway, in its sub-account', async () => {
		ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
		const result = await run(ctx.sandbox, bookEach, { auth: 'oauth2', items: startsAt(3) });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);
		expect(ctx.sandbox.requests.filter((request) => request.path === '/oauth/token')).toHaveLength(
			1,
		);
		const refreshed = (
			result.credentialsAfter.highLevelCalendarsOAuth2Api.oauthTokenData as Record<string, string>
		).access_token;
		const stored = bookings().filter((request) => request.status === 200);
		expect(stored).toHaveLength(3);
		for (const booking of stored) {
			expect(bearer(booking)).toBe(refreshed);
			expect(bodyOf(booking).locationId).toBe(DEFAULTS.locationId);
		}
	});

	it('keys the next execution by the refreshed agency token, not the one it replaced', async () => {
		ctx.sandbox.expireToken(DEFAULTS.agencyAccessToken);
		const first = await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[1] }]);
		expect(first.error).toBeUndefined();
		const refreshed = (
			first.credentialsAfter[AGENCY_CREDENTIAL].oauthTokenData as Record<string, string>
		).access_token;
		expect(refreshed).not.toBe(DEFAULTS.agencyAccessToken);
		const fetchedBefore = tokenFetches(ctx.sandbox).length;
		const second = await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[1] }], {
			credentials: credentialsFor(ctx.sandbox, 'agency', {
				oauthTokenData: first.credentialsAfter[AGENCY_CREDENTIAL].oauthTokenData,
			}),
		});
		expect(second.error).toBeUndefined();
		// A stale key would find the first execution's sub-account token and fetch none.
		expect(tokenFetches(ctx.sandbox).slice(fetchedBefore).map(bearer)).toEqual([refreshed]);
	});

	it('gives two nodes of one execution each its own credential and location', async () => {
		ctx.sandbox.addToken('pit-other-location', {
			kind: 'pit',
			locationId: DEFAULTS.otherLocationId,
		});
		const data = sandboxCredentialData(ctx.sandbox.url)[PRIVATE_INTEGRATION_CREDENTIAL];
		const node = (name: string, credentialId: string) => ({
			id: name,
			name,
			type: 'CUSTOM.highLevelCalendars',
			typeVersion: 1,
			position: [220, 0] as [number, number],
			parameters: {
				authentication: 'privateIntegrationToken',
				resource: 'calendar',
				operation: 'getAll',
			} as INodeParameters,
			credentials: { [PRIVATE_INTEGRATION_CREDENTIAL]: { id: credentialId, name: credentialId } },
		});
		const result = await runWorkflow({
			workflow: {
				nodes: [
					{
						id: 'trigger',
						name: MANUAL_TRIGGER_NAME,
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
					node('Location 1', 'pit-1'),
					node('Location 2', 'pit-2'),
				],
				connections: {
					[MANUAL_TRIGGER_NAME]: { main: [[{ node: 'Location 1', type: 'main', index: 0 }]] },
					'Location 1': { main: [[{ node: 'Location 2', type: 'main', index: 0 }]] },
				},
			},
			nodeTypes: { 'CUSTOM.highLevelCalendars': new HighLevelCalendars() },
			credentialTypes: credentialTypes(),
			credentials: {
				'pit-1': { type: PRIVATE_INTEGRATION_CREDENTIAL, data: structuredClone(data) },
				'pit-2': {
					type: PRIVATE_INTEGRATION_CREDENTIAL,
					data: {
						...structuredClone(data),
						accessToken: 'pit-other-location',
						locationId: DEFAULTS.otherLocationId,
					},
				},
			},
		});
		expect(result.error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		// Location 2 runs once per item Location 1 gave it: every one of its requests is its own.
		expect(calls[0].query.locationId).toBe(DEFAULTS.locationId);
		expect(calls[0].headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		const second = calls.slice(1);
		expect(second.length).toBeGreaterThan(0);
		for (const call of second) {
			expect(call.query.locationId).toBe(DEFAULTS.otherLocationId);
			expect(call.headers.authorization).toBe('Bearer pit-other-location');
			expect(call.status).toBe(200);
		}
	});
});

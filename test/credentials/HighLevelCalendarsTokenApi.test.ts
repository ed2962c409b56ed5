/**
 * The credential modal's test for the Private Integration Token credential: n8n runs the credential's
 * `test.request` (GET /calendars/?locationId=…) through RoutingNode with the data the user entered, and
 * shows "Connection successful!", the message of the credential's `rules` for the answer's HTTP status,
 * or else the status text.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';

import {
	HighLevelCalendarsTokenApi,
	bearer,
} from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { DEFAULTS, apiCalls, byId, only, run, useSandbox } from '../helpers/node';
import { testCredential } from '../helpers/lookups';

const rules = new HighLevelCalendarsTokenApi().test.rules ?? [];
const ruleFor = (status: number) =>
	rules.find((rule) => rule.type === 'responseCode' && rule.properties.value === status)?.properties
		.message;

const ctx = useSandbox();

/**
 * n8n-core's httpRequestWithAuthentication repeats a request that got a 401 once (after giving the
 * credential type's preAuthentication a chance to fetch a new token), so a refused test is two requests.
 */
function refusedTwice(status: number) {
	const calls = apiCalls(ctx.sandbox);
	expect(calls).toHaveLength(2);
	expect(calls[1]).toMatchObject({
		method: calls[0].method,
		path: calls[0].path,
		query: calls[0].query,
	});
	for (const call of calls) expect(call.status).toBe(status);
	return calls[0];
}

describe('HighLevelCalendarsTokenApi: credential test', () => {
	it('passes with a token of the location, listing its calendars once', async () => {
		const result = await testCredential(ctx.sandbox, 'token');
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });

		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/calendars/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);
	});

	it('passes with a token that has only the calendar scopes (the look-up scopes are not checked)', async () => {
		ctx.sandbox.addToken('pit-calendars-only', {
			kind: 'pit',
			scopes: [
				'calendars.readonly',
				'calendars.write',
				'calendars/events.readonly',
				'calendars/events.write',
			],
		});
		const result = await testCredential(ctx.sandbox, 'token', {
			accessToken: 'pit-calendars-only',
		});
		expect(result.status).toBe('OK');
	});

	it('fails with a wrong token: HighLevel answers 401', async () => {
		const result = await testCredential(ctx.sandbox, 'token', { accessToken: 'not-a-token' });
		expect(refusedTwice(401).headers.authorization).toBe('Bearer not-a-token');
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(401));
		expect(result.message).toMatch(/^HighLevel refused the token \(401\)\./);
		expect(result.message).toContain('not revoked');
		expect(result.message).toContain('calendars.readonly');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toBe('Invalid token: access token is invalid');
	});

	it('fails with a token of another sub-account: HighLevel answers 403 for the location', async () => {
		ctx.sandbox.addToken('pit-other-location', {
			kind: 'pit',
			locationId: DEFAULTS.otherLocationId,
		});
		const result = await testCredential(ctx.sandbox, 'token', {
			accessToken: 'pit-other-location',
		});
		const request = only(ctx.sandbox);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.status).toBe(403);
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(403));
		expect(result.message).toMatch(/^HighLevel refused the Location ID for this token \(403\)\./);
		expect(result.message).toContain('the sub-account the token was created in');
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.description).toBe('The token does not have access to this location.');
	});

	it("fails when the Location ID is another sub-account's than the token's", async () => {
		const result = await testCredential(ctx.sandbox, 'token', {
			locationId: DEFAULTS.otherLocationId,
		});
		expect(only(ctx.sandbox).query).toEqual({ locationId: DEFAULTS.otherLocationId });
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(403));
		expect(result.error?.httpCode).toBe('403');
	});

	it('fails with a token missing the calendars scope: HighLevel answers 401 for the scope', async () => {
		ctx.sandbox.addToken('pit-contacts-only', {
			kind: 'pit',
			scopes: ['contacts.readonly', 'users.readonly'],
		});
		const result = await testCredential(ctx.sandbox, 'token', { accessToken: 'pit-contacts-only' });
		expect(refusedTwice(401).query).toEqual({ locationId: DEFAULTS.locationId });
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(401));
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toBe('The token is not authorized for this scope.');
	});

	it('shows the status text for an answer no rule covers (a 500 of HighLevel)', async () => {
		ctx.sandbox.injectFault({ kind: 'status', status: 500, method: 'GET', path: '/calendars/' });
		const result = await testCredential(ctx.sandbox, 'token');
		expect(result.status).toBe('Error');
		expect(result.message).toBe('Internal Server Error');
	});

	it('has a rule for exactly the statuses HighLevel answers a bad credential with', () => {
		expect(rules.map((rule) => rule.type === 'responseCode' && rule.properties.value)).toEqual([
			401, 403,
		]);
	});

	it('fails when HighLevel cannot be reached', async () => {
		const result = await testCredential(ctx.sandbox, 'token', { baseUrl: 'http://127.0.0.1:1' });
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
		expect(result.status).toBe('Error');
		expect(result.message).toBe('The service refused the connection - perhaps it is offline');
	});
});

/**
 * `authenticate` is a function: n8n calls it for every request instead of evaluating
 * `=Bearer {{$credentials.accessToken}}` (one expression per request, the costliest of an item in
 * n8n 2.41). It must sign exactly as the generic form did.
 */
describe('HighLevelCalendarsTokenApi: authenticate', () => {
	const options = (extra: Partial<IHttpRequestOptions> = {}): IHttpRequestOptions => ({
		url: '/calendars/',
		...extra,
	});

	it('sets Authorization: Bearer <token> on a request without headers, and returns that request', async () => {
		const request = options();
		const { authenticate } = new HighLevelCalendarsTokenApi();
		if (typeof authenticate !== 'function') throw new Error('authenticate is not a function');
		const signed = await authenticate({ accessToken: 'pit-abc', locationId: 'loc' }, request);
		expect(signed).toBe(request);
		expect(signed.headers).toEqual({ Authorization: 'Bearer pit-abc' });
	});

	it("keeps the request's other headers and signs again the same way (n8n's repeat after a 401)", () => {
		const request = options({ headers: { Version: '2021-04-15', Accept: 'application/json' } });
		bearer({ accessToken: 'old' }, request);
		bearer({ accessToken: 'new' }, request);
		expect(request.headers).toEqual({
			Version: '2021-04-15',
			Accept: 'application/json',
			Authorization: 'Bearer new',
		});
	});

	it('writes an empty token as the generic form rendered it ("Bearer ")', () => {
		expect(bearer({}, options()).headers).toEqual({ Authorization: 'Bearer ' });
	});

	describe('through the routing engine', () => {
		let rendered: string[] = [];
		let spy: jest.SpyInstance;
		beforeEach(() => {
			rendered = [];
			// renderExpression is private in n8n-workflow's types: every evaluation passes through it.
			type Render = (this: unknown, expression: string, data: unknown) => unknown;
			const prototype = Expression.prototype as unknown as { renderExpression: Render };
			const original = prototype.renderExpression;
			spy = jest.spyOn(prototype, 'renderExpression').mockImplementation(function (
				this: unknown,
				expression: string,
				data: unknown,
			) {
				rendered.push(String(expression));
				return original.call(this, expression, data);
			});
		});
		afterEach(() => spy.mockRestore());

		it('signs every request with the token and evaluates no expression to do it', async () => {
			const result = await run(
				ctx.sandbox,
				{ resource: 'calendar', operation: 'get', calendarId: byId('={{ $json.id }}') },
				{ items: Array.from({ length: 3 }, () => ({ json: { id: DEFAULTS.calendarId } })) },
			);
			expect(result.error).toBeUndefined();
			const calls = apiCalls(ctx.sandbox);
			expect(calls).toHaveLength(3);
			for (const call of calls) {
				expect(call.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
				expect(call.status).toBe(200);
			}
			// The spy sees the engine's evaluations (the Calendar ID's), none of them the credential's.
			expect(rendered.some((text) => text.includes('$json.id'))).toBe(true);
			expect(rendered.filter((text) => text.includes('$credentials'))).toEqual([]);
		});
	});
});

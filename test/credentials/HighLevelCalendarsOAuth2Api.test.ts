import type { IDataObject } from 'n8n-workflow';

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { type Endpoint, ENDPOINTS } from '../../nodes/HighLevelCalendars/endpoints';
import { testCredential } from '../helpers/lookups';
import { DEFAULTS, apiCalls, only, useSandbox } from '../helpers/node';
import { sandboxCredentialData } from '../../sandbox/server';

describe('HighLevel Calendars OAuth2 API', () => {
	const scope = new HighLevelCalendarsOAuth2Api().properties.find((p) => p.name === 'scope');

	it('asks by default for the scope of every endpoint the node calls, and for no other', () => {
		// The agency endpoints are for the agency connection (HighLevelCalendarsAgencyOAuth2Api).
		const needed = new Set(
			(Object.values(ENDPOINTS) as Endpoint[])
				.filter((endpoint) => !endpoint.agency)
				.map((endpoint) => endpoint.scope),
		);
		expect(String(scope?.default).split(' ').sort()).toEqual([...needed].sort());
		expect(needed).toContain('calendars/groups.write');
		expect(needed).toContain('calendars/resources.write');
	});

	it('is what the sandbox’s OAuth2 credential (demo, e2e) asks for', () => {
		const data = sandboxCredentialData(`http://127.0.0.1:1`).highLevelCalendarsOAuth2Api;
		expect(data.scope).toBe(scope?.default);
		expect(data.oauthTokenData).toMatchObject({ locationId: DEFAULTS.locationId });
	});
});

/**
 * The OAuth2 credential's own test (without one, n8n only checks that a token is stored): the
 * calendars of the sub-account the token response named, through n8n-core's OAuth2 request helper,
 * which refreshes an expired token once and repeats the request.
 */
describe('HighLevel Calendars OAuth2 API: credential test', () => {
	const ctx = useSandbox();
	const rules = new HighLevelCalendarsOAuth2Api().test.rules ?? [];
	const ruleFor = (status: number) =>
		rules.find((rule) => rule.type === 'responseCode' && rule.properties.value === status)
			?.properties.message;
	const tokenData = (overrides: IDataObject) => ({
		oauthTokenData: {
			...(sandboxCredentialData(ctx.sandbox.url).highLevelCalendarsOAuth2Api
				.oauthTokenData as IDataObject),
			...overrides,
		},
	});
	/** A refresh token whose grant has these scopes and this location (undefined: an agency grant). */
	const refreshGrant = (refreshToken: string, grant: { scopes: string[]; locationId?: string }) =>
		ctx.sandbox.oauth.refreshTokens.set(refreshToken, {
			companyId: DEFAULTS.companyId,
			userId: DEFAULTS.userId,
			...grant,
		});
	const calls = () => ctx.sandbox.requests.map((c) => `${c.method} ${c.path} ${c.status}`);

	it('passes for a connected sub-account, listing the calendars of the token’s location', async () => {
		const result = await testCredential(ctx.sandbox, 'oauth2');
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe(ENDPOINTS.getCalendars.path);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe(ENDPOINTS.getCalendars.version);
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
	});

	it('passes with an expired access token: n8n refreshes it and asks again', async () => {
		ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
		const result = await testCredential(ctx.sandbox, 'oauth2');
		expect(result.status).toBe('OK');
		expect(calls()).toEqual([
			'GET /calendars/ 401',
			'POST /oauth/token 200',
			'GET /calendars/ 200',
		]);
	});

	it('fails with the scope message when the app lacks the calendars scope (also after a refresh)', async () => {
		ctx.sandbox.addToken('oauth-contacts-only', { scopes: ['contacts.readonly'] });
		refreshGrant('refresh-contacts-only', {
			scopes: ['contacts.readonly'],
			locationId: DEFAULTS.locationId,
		});
		const result = await testCredential(
			ctx.sandbox,
			'oauth2',
			tokenData({ access_token: 'oauth-contacts-only', refresh_token: 'refresh-contacts-only' }),
		);
		expect(calls()).toEqual([
			'GET /calendars/ 401',
			'POST /oauth/token 200',
			'GET /calendars/ 401',
			// n8n-core repeats a request that got a 401 once more (see the token credential's test)
			'GET /calendars/ 401',
		]);
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(401));
		expect(result.message).toMatch(/^HighLevel refused the connection \(401\)\. Reconnect/);
		expect(result.message).toContain('calendars.readonly');
		expect(result.error?.description).toBe('The token is not authorized for this scope.');
	});

	it('fails with the agency message for a connection made at agency level', async () => {
		ctx.sandbox.addAgencyToken('oauth-agency');
		refreshGrant('refresh-agency', { scopes: [...ctx.sandbox.spec.allScopes] });
		const result = await testCredential(
			ctx.sandbox,
			'oauth2',
			tokenData({
				access_token: 'oauth-agency',
				refresh_token: 'refresh-agency',
				userType: 'Company',
				locationId: undefined,
			}),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(401));
		expect(result.message).toContain('you chose a sub-account (not the agency)');
		expect(result.error?.description).toMatch(/^This authClass type is not allowed/);
		expect(JSON.stringify(result)).not.toContain('oauth-agency');
	});

	it('fails with the sub-account message when the token names no location but works for one', async () => {
		const result = await testCredential(
			ctx.sandbox,
			'oauth2',
			tokenData({ locationId: undefined }),
		);
		expect(only(ctx.sandbox).query).toEqual({});
		expect(result.status).toBe('Error');
		expect(result.message).toBe(ruleFor(422));
	});

	it("fails with the location message when HighLevel refuses the token's sub-account", async () => {
		ctx.sandbox.addToken('oauth-other-location', { locationId: DEFAULTS.otherLocationId });
		const result = await testCredential(
			ctx.sandbox,
			'oauth2',
			tokenData({ access_token: 'oauth-other-location' }),
		);
		expect(only(ctx.sandbox).status).toBe(403);
		expect(result.message).toBe(ruleFor(403));
	});

	it('fails with the OAuth2 library’s message when the refresh token was revoked', async () => {
		const result = await testCredential(
			ctx.sandbox,
			'oauth2',
			tokenData({ access_token: 'revoked', refresh_token: 'revoked' }),
		);
		expect(calls()).toEqual(['GET /calendars/ 401', 'POST /oauth/token 400']);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/refresh token is invalid, expired, revoked/);
	});

	it('fails before any request when the credential was never connected', async () => {
		const result = await testCredential(ctx.sandbox, 'oauth2', { oauthTokenData: undefined });
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
		expect(result).toMatchObject({
			status: 'Error',
			message: 'Unable to sign without access token',
		});
	});
});

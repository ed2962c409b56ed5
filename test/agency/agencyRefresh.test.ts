import { DEFAULTS, useSandbox } from '../helpers/node';
import { SUB_ACCOUNTS, bearer, bookPerItem, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

describe('Agency connection: the agency token itself expires', () => {
	it('lets n8n refresh it (no user_type on the refresh) and gets an agency token back, refreshed once', async () => {
		ctx.sandbox.expireToken(DEFAULTS.agencyAccessToken);
		const result = await bookPerItem(
			ctx.sandbox,
			SUB_ACCOUNTS.map((json) => ({ json })),
		);
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);

		const refreshes = ctx.sandbox.requests.filter((request) => request.path === '/oauth/token');
		expect(refreshes).toHaveLength(1);
		expect(refreshes[0].body).toEqual({
			grant_type: 'refresh_token',
			refresh_token: DEFAULTS.agencyRefreshToken,
			client_id: DEFAULTS.clientId,
			client_secret: DEFAULTS.clientSecret,
		});
		const stored = result.credentialsAfter.highLevelCalendarsAgencyOAuth2Api
			.oauthTokenData as Record<string, unknown>;
		expect(stored).toMatchObject({ userType: 'Company', companyId: DEFAULTS.companyId });
		expect(stored.access_token).not.toBe(DEFAULTS.agencyAccessToken);
		// Every sub-account token was bought with the new agency token, none with the expired one twice.
		const fetched = tokenFetches(ctx.sandbox).filter((request) => request.status === 200);
		expect(fetched.map(bearer)).toEqual(Array(3).fill(stored.access_token));
	});
});

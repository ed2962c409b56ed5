import { DEFAULTS, byId, credentialsFor, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';
import { bearer, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

const installed = [DEFAULTS.locationId, DEFAULTS.otherLocationId, DEFAULTS.thirdLocationId];

/** A picker's page, failing the test with the picker's error if it threw. */
async function page(
	method: Parameters<typeof listSearch>[1],
	options: Parameters<typeof listSearch>[2],
) {
	const { result, error } = await listSearch(ctx.sandbox, method, options);
	expect(error).toBeUndefined();
	return result!;
}

describe('Agency connection: pickers', () => {
	it('Sub-Account lists the sub-accounts the app is installed on, with names and addresses', async () => {
		const { results, paginationToken } = await page('searchSubAccounts', {
			auth: 'agency',
		});
		expect(results.map((result) => result.value)).toEqual(installed);
		expect(results[1]).toEqual({
			name: 'Other Sub-Account',
			value: DEFAULTS.otherLocationId,
			description: '2 Sandbox Lane, London EC1A 1AA, UK',
		});
		expect(paginationToken).toBeUndefined();
		const [request] = ctx.sandbox.requests;
		expect(request.path).toBe('/oauth/installedLocations');
		expect(request.query).toEqual({
			companyId: DEFAULTS.companyId,
			appId: DEFAULTS.appId,
			isInstalled: 'true',
			skip: '0',
			limit: '50',
		});
		expect(bearer(request)).toBe(DEFAULTS.agencyAccessToken);
	});

	it('Sub-Account searches by name through HighLevel', async () => {
		const { results } = await page('searchSubAccounts', {
			auth: 'agency',
			filter: 'third',
		});
		expect(results.map((result) => result.value)).toEqual([DEFAULTS.thirdLocationId]);
		expect(ctx.sandbox.requests[0].query.query).toBe('third');
	});

	it('Sub-Account pages through HighLevel with skip and limit', async () => {
		for (let i = 0; i < 60; i++) {
			const id = `sandbox-location-extra-${String(i).padStart(2, '0')}`;
			ctx.sandbox.store.locations.set(id, {
				id,
				companyId: DEFAULTS.companyId,
				name: `Extra ${i}`,
				timezone: 'UTC',
				address: 'Somewhere',
			});
			ctx.sandbox.installedLocations.add(id);
		}
		const first = await page('searchSubAccounts', { auth: 'agency' });
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('50');
		const second = await page('searchSubAccounts', {
			auth: 'agency',
			paginationToken: first.paginationToken,
		});
		expect(second.results).toHaveLength(13);
		expect(ctx.sandbox.requests[1].query.skip).toBe('50');
	});

	it('Sub-Account falls back to the token’s approved sub-accounts without an App ID', async () => {
		const { results } = await page('searchSubAccounts', {
			auth: 'agency',
			credentials: credentialsFor(ctx.sandbox, 'agency', { appId: '' }),
		});
		expect(results).toEqual(installed.map((id) => ({ name: id, value: id })));
		expect(ctx.sandbox.requests).toHaveLength(0);
	});

	it('Sub-Account falls back to the approved sub-accounts when HighLevel refuses the list', async () => {
		const { results } = await page('searchSubAccounts', {
			auth: 'agency',
			credentials: credentialsFor(ctx.sandbox, 'agency', { appId: 'not-our-app' }),
		});
		expect(results.map((result) => result.value)).toEqual(installed);
		expect(ctx.sandbox.requests[0].status).toBe(400);
	});

	it('Calendar lists the calendars of the chosen sub-account, with its token', async () => {
		const { results } = await page('searchCalendars', {
			auth: 'agency',
			parameters: { subAccount: byId(DEFAULTS.otherLocationId) },
		});
		expect(results.map((result) => result.value)).toEqual([DEFAULTS.otherLocationCalendarId]);
		const calls = ctx.sandbox.requests.filter((request) => !request.path.startsWith('/oauth/'));
		expect(calls).toHaveLength(1);
		expect(calls[0].query.locationId).toBe(DEFAULTS.otherLocationId);
		expect(ctx.sandbox.tokens.get(bearer(calls[0]))?.locationId).toBe(DEFAULTS.otherLocationId);
		expect(tokenFetches(ctx.sandbox)).toHaveLength(1);
	});

	it('Calendar asks for a sub-account first when none is chosen', async () => {
		const { error } = await listSearch(ctx.sandbox, 'searchCalendars', { auth: 'agency' });
		expect(error?.message).toBe('No Sub-Account chosen');
		expect(ctx.sandbox.requests).toHaveLength(0);
	});
});

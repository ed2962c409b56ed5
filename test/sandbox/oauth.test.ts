import { DEFAULTS, startSandbox } from '../../sandbox/server';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const OAUTH_VERSION = '2021-07-28';
let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox({ faults: { rateLimit: { max: 3, intervalMs: 60_000, daily: 1000 } } });
});
beforeEach(() => sb.reset());
afterAll(async () => await sb.close());

async function call(
	method: string,
	path: string,
	{
		token,
		form,
		version = OAUTH_VERSION,
	}: { token?: string; form?: Record<string, string>; version?: string } = {},
) {
	const response = await fetch(`${sb.url}${path}`, {
		method,
		headers: {
			Accept: 'application/json',
			...(token ? { Authorization: `Bearer ${token}` } : {}),
			...(version ? { Version: version } : {}),
			...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
		},
		body: form ? new URLSearchParams(form).toString() : undefined,
	});
	return { status: response.status, body: (await response.json()) as any };
}

const locationToken = async (locationId: string, token: string = DEFAULTS.agencyAccessToken) =>
	await call('POST', '/oauth/locationToken', {
		token,
		form: { companyId: DEFAULTS.companyId, locationId },
	});

const client = { client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret };

describe('sandbox: agency OAuth', () => {
	it('exchanges an agency install’s code with user_type=Company for a Company token', async () => {
		const { status, body } = await call('POST', '/oauth/token', {
			version: '',
			form: {
				...client,
				grant_type: 'authorization_code',
				code: DEFAULTS.agencyAuthCode,
				user_type: 'Company',
			},
		});
		expect(status).toBe(200);
		expect(body).toMatchObject({
			userType: 'Company',
			companyId: DEFAULTS.companyId,
			approvedLocations: [DEFAULTS.locationId, DEFAULTS.otherLocationId, DEFAULTS.thirdLocationId],
		});
		expect(body.locationId).toBeUndefined();
	});

	it('refreshes an agency token into an agency token, and refuses a refresh asking for the other kind', async () => {
		const refreshed = await call('POST', '/oauth/token', {
			version: '',
			form: { ...client, grant_type: 'refresh_token', refresh_token: DEFAULTS.agencyRefreshToken },
		});
		expect(refreshed.body).toMatchObject({ userType: 'Company', companyId: DEFAULTS.companyId });
		const wrongKind = await call('POST', '/oauth/token', {
			version: '',
			form: {
				...client,
				grant_type: 'refresh_token',
				refresh_token: refreshed.body.refresh_token,
				user_type: 'Location',
			},
		});
		expect(wrongKind.status).toBe(400);
	});

	it('issues sub-account tokens that work only in their sub-account and expire', async () => {
		sb.locationTokenLifetimeSeconds = 1;
		const { status, body } = await locationToken(DEFAULTS.otherLocationId);
		expect(status).toBe(200);
		expect(body).toMatchObject({ locationId: DEFAULTS.otherLocationId, expires_in: 1 });
		const own = await call('GET', `/calendars/?locationId=${DEFAULTS.otherLocationId}`, {
			token: body.access_token,
			version: '2021-04-15',
		});
		expect(own.status).toBe(200);
		const other = await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}`, {
			token: body.access_token,
			version: '2021-04-15',
		});
		expect(other.status).toBe(403);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const expired = await call('GET', `/calendars/?locationId=${DEFAULTS.otherLocationId}`, {
			token: body.access_token,
			version: '2021-04-15',
		});
		expect(expired).toEqual({
			status: 401,
			body: expect.objectContaining({ message: 'Invalid JWT' }),
		});
	});

	it('refuses the agency token on a calendars endpoint, and a sub-account token on the agency endpoints', async () => {
		const agency = await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}`, {
			token: DEFAULTS.agencyAccessToken,
			version: '2021-04-15',
		});
		expect(agency.status).toBe(401);
		expect(agency.body.message).toMatch(/authClass/);
		const asSubAccount = await locationToken(DEFAULTS.locationId, DEFAULTS.oauthAccessToken);
		expect(asSubAccount.status).toBe(401);
	});

	it('refuses a token for a sub-account the app is not installed on, or of another company', async () => {
		expect((await locationToken(DEFAULTS.uninstalledLocationId)).status).toBe(400);
		expect((await locationToken('no-such-location')).status).toBe(400);
		const missing = await call('POST', '/oauth/locationToken', {
			token: DEFAULTS.agencyAccessToken,
			form: { companyId: DEFAULTS.companyId },
		});
		expect(missing.status).toBe(422);
	});

	it('lists installed sub-accounts by the spec (companyId and appId required)', async () => {
		const listed = await call(
			'GET',
			`/oauth/installedLocations?companyId=${DEFAULTS.companyId}&appId=${DEFAULTS.appId}`,
			{ token: DEFAULTS.agencyAccessToken },
		);
		expect(listed.body.locations.map((l: any) => [l._id, l.isInstalled])).toEqual([
			[DEFAULTS.locationId, true],
			[DEFAULTS.otherLocationId, true],
			[DEFAULTS.thirdLocationId, true],
			[DEFAULTS.uninstalledLocationId, false],
		]);
		const noApp = await call('GET', `/oauth/installedLocations?companyId=${DEFAULTS.companyId}`, {
			token: DEFAULTS.agencyAccessToken,
		});
		expect(noApp.status).toBe(422);
	});

	it('keeps a rate limit per sub-account', async () => {
		const tokens = await Promise.all(
			[DEFAULTS.otherLocationId, DEFAULTS.thirdLocationId].map(async (id) => [
				id,
				(await locationToken(id)).body.access_token as string,
			]),
		);
		for (const [id, token] of tokens) {
			const statuses = [];
			for (let i = 0; i < 4; i++) {
				statuses.push(
					(await call('GET', `/calendars/?locationId=${id}`, { token, version: '2021-04-15' }))
						.status,
				);
			}
			expect(statuses).toEqual([200, 200, 200, 429]);
		}
	});
});

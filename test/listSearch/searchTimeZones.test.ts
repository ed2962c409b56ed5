import { DEFAULTS, apiCalls, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchTimeZones', options);

/** What the sandbox answers, like HighLevel: `{ timeZones: [IANA names] }`. */
const ZONES = Intl.supportedValuesOf('timeZone');
const asItem = (zone: string) => ({ name: zone.replace(/_/g, ' '), value: zone });

describe('listSearch: searchTimeZones', () => {
	it("asks for the location's time zones and shows the first 50, underscores as spaces", async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();

		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/locations/${DEFAULTS.locationId}/timezones`);
		expect(request.query).toEqual({});
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);

		expect(result?.results).toEqual(ZONES.slice(0, 50).map(asItem));
		expect(result?.results).toContainEqual({
			name: 'Africa/Addis Ababa',
			value: 'Africa/Addis_Ababa',
		});
	});

	it('finds a zone by its name with spaces or by its IANA ID', async () => {
		expect((await search({ filter: 'new york' })).result?.results).toEqual([
			{ name: 'America/New York', value: 'America/New_York' },
		]);
		expect((await search({ filter: 'Europe/Isle_of_Man' })).result?.results).toEqual([
			{ name: 'Europe/Isle of Man', value: 'Europe/Isle_of_Man' },
		]);
		const berlin = await search({ filter: 'BERLIN' });
		expect(berlin.result).toEqual({
			results: [{ name: 'Europe/Berlin', value: 'Europe/Berlin' }],
			paginationToken: undefined,
		});
	});

	it('answers a search without a match with an empty list and no next page', async () => {
		const { result, error } = await search({ filter: 'Atlantis/Lost_City' });
		expect(error).toBeUndefined();
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	it('"load more" sends back the token as it came and gets the next 50', async () => {
		const first = await search();
		// n8n 2.11 accepts only a string token back (ResourceLocatorRequestDto: z.string()); a number
		// makes the editor's next-page request fail with "Expected string, received number".
		expect(typeof first.result?.paginationToken).toBe('string');

		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.error).toBeUndefined();
		expect(second.result?.results).toEqual(ZONES.slice(50, 100).map(asItem));
		expect(typeof second.result?.paginationToken).toBe('string');
		expect(apiCalls(ctx.sandbox)).toHaveLength(2);
	});

	it('the last page has no token', async () => {
		const lastStart = Math.floor((ZONES.length - 1) / 50) * 50;
		const { result, error } = await search({ paginationToken: String(lastStart) });
		expect(error).toBeUndefined();
		expect(result?.results).toEqual(ZONES.slice(lastStart).map(asItem));
		expect(result?.paginationToken).toBeUndefined();
	});

	it('pages a filtered list: "america/" has more than one page', async () => {
		const americas = ZONES.filter((zone) => zone.toLowerCase().includes('america/'));
		expect(americas.length).toBeGreaterThan(50);
		const first = await search({ filter: 'America/' });
		expect(first.result?.results).toEqual(americas.slice(0, 50).map(asItem));
		const second = await search({
			filter: 'America/',
			paginationToken: first.result?.paginationToken,
		});
		expect(second.error).toBeUndefined();
		expect(second.result?.results).toEqual(americas.slice(50, 100).map(asItem));
	});

	it('with OAuth2: the location in the path comes from the token data', async () => {
		const { result, error } = await search({ auth: 'oauth2', filter: 'new york' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.path).toBe(`/locations/${DEFAULTS.locationId}/timezones`);
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.headers.version).toBe('2021-07-28');
		expect(result?.results).toEqual([{ name: 'America/New York', value: 'America/New_York' }]);
	});
});

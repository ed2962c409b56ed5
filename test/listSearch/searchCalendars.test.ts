import { DEFAULTS, apiCalls, credentialsFor, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchCalendars', options);

/** Adds `count` event calendars to sandbox-location-1, named "Bulk Calendar 01" … */
function seedCalendars(count: number) {
	const template = ctx.sandbox.store.calendars.get(DEFAULTS.calendarId)!;
	for (let i = 1; i <= count; i++) {
		const n = String(i).padStart(2, '0');
		ctx.sandbox.store.calendars.set(`bulk-calendar-${n}`, {
			...structuredClone(template),
			id: `bulk-calendar-${n}`,
			name: `Bulk Calendar ${n}`,
			slug: `bulk-calendar-${n}`,
			widgetSlug: `bulk-calendar-${n}`,
		});
	}
}

describe('listSearch: searchCalendars', () => {
	it("lists the credential's location's calendars, drafts included, sorted by name", async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();

		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/calendars/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, showDrafted: 'true' });
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);

		// the calendar of sandbox-location-2 is not listed
		expect(result).toEqual({
			results: [
				// Type and draft state in the name: n8n 2.41 shows no per-item description.
				{ name: 'Sandbox Consultation (Event)', value: DEFAULTS.calendarId },
				{ name: 'Sandbox Draft Calendar (Event) (draft)', value: DEFAULTS.draftCalendarId },
				{ name: 'Sandbox Team Demo (Round Robin)', value: DEFAULTS.roundRobinCalendarId },
			],
			paginationToken: undefined,
		});
	});

	it('filters by the search text in the name (type and draft included) or the ID, case-insensitively', async () => {
		const byName = await search({ filter: 'TEAM' });
		expect(byName.result?.results.map((item) => item.value)).toEqual([
			DEFAULTS.roundRobinCalendarId,
		]);

		const byDescription = await search({ filter: 'draft' });
		expect(byDescription.result?.results.map((item) => item.value)).toEqual([
			DEFAULTS.draftCalendarId,
		]);

		const byId = await search({ filter: ' sandbox-calendar-1 ' });
		expect(byId.result?.results.map((item) => item.value)).toEqual([DEFAULTS.calendarId]);

		// the filtering is the node's: the API is asked for the whole list each time
		const calls = apiCalls(ctx.sandbox);
		expect(calls).toHaveLength(3);
		for (const call of calls)
			expect(call.query).toEqual({ locationId: DEFAULTS.locationId, showDrafted: 'true' });
	});

	it('answers a search without a match with an empty list and no next page', async () => {
		const { result, error } = await search({ filter: 'no such calendar' });
		expect(error).toBeUndefined();
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	it('hands the editor 50 calendars per page; "load more" sends back the token as it came and gets the rest', async () => {
		seedCalendars(60); // 63 calendars in all

		const first = await search();
		expect(first.error).toBeUndefined();
		expect(first.result?.results).toHaveLength(50);
		expect(first.result?.results[0]).toEqual({
			name: 'Bulk Calendar 01 (Event)',
			value: 'bulk-calendar-01',
		});
		expect(first.result?.results[49].value).toBe('bulk-calendar-50');
		// n8n 2.11 accepts only a string token back (ResourceLocatorRequestDto: z.string()); a number
		// makes the editor's next-page request fail with "Expected string, received number".
		expect(typeof first.result?.paginationToken).toBe('string');

		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.error).toBeUndefined();
		expect(second.result?.results.map((item) => item.value)).toEqual([
			...Array.from({ length: 10 }, (_, i) => `bulk-calendar-${51 + i}`),
			DEFAULTS.calendarId,
			DEFAULTS.draftCalendarId,
			DEFAULTS.roundRobinCalendarId,
		]);
		expect(second.result?.paginationToken).toBeUndefined();
		expect(apiCalls(ctx.sandbox)).toHaveLength(2);
	});

	it('pages the filtered list, not the whole one', async () => {
		seedCalendars(60);
		const { result } = await search({ filter: 'bulk calendar 0' }); // 01 … 09
		expect(result?.results).toHaveLength(9);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('with OAuth2: the location comes from the token data and the access token is sent', async () => {
		const { result, error } = await search({ auth: 'oauth2' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, showDrafted: 'true' });
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(result?.results).toHaveLength(3);
	});

	it('with OAuth2: an expired access token is refreshed, stored, and the list still loads', async () => {
		ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
		const { result, error, credentialUpdates } = await search({ auth: 'oauth2' });
		expect(error).toBeUndefined();
		expect(result?.results).toHaveLength(3);
		expect(ctx.sandbox.requests.filter((request) => request.path === '/oauth/token')).toHaveLength(
			1,
		);
		const last = apiCalls(ctx.sandbox).at(-1)!;
		expect(last.status).toBe(200);
		expect(last.headers.authorization).not.toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(credentialUpdates).toHaveLength(1);
		expect(credentialUpdates[0].kind).toBe('oauthTokenData');
		expect(last.headers.authorization).toBe(
			`Bearer ${(credentialUpdates[0].data.oauthTokenData as { access_token: string }).access_token}`,
		);
	});

	it('a token without the calendars scope gets an error that names the missing scope', async () => {
		ctx.sandbox.addToken('pit-contacts-only', { kind: 'pit', scopes: ['contacts.readonly'] });
		const { result, error } = await search({
			credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-contacts-only' }),
		});
		expect(result).toBeUndefined();
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"calendars.readonly"');
	});
});

import { DEFAULTS, apiCalls, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchUsers', options);

/** Adds `count` users to sandbox-location-1, "Team Member 01" … */
function seedUsers(count: number) {
	const template = ctx.sandbox.store.users.get(DEFAULTS.userId)!;
	for (let i = 1; i <= count; i++) {
		const n = String(i).padStart(2, '0');
		ctx.sandbox.store.users.set(`bulk-user-${n}`, {
			...structuredClone(template),
			id: `bulk-user-${n}`,
			name: `Team Member ${n}`,
			firstName: 'Team',
			lastName: `Member ${n}`,
			email: `member.${n}@sandbox.example`,
		});
	}
}

const SEEDED = [
	{ name: 'Alex Novak', value: 'sandbox-user-4', description: 'alex.novak@sandbox.example' },
	{ name: 'Jordan Kim', value: 'sandbox-user-3', description: 'jordan.kim@sandbox.example' },
	{ name: 'Morgan Silva', value: 'sandbox-user-5', description: 'morgan.silva@sandbox.example' },
	{ name: 'Riley Reyes', value: 'sandbox-user-2', description: 'riley.reyes@sandbox.example' },
	{ name: 'Sam Sandbox', value: 'sandbox-user-1', description: 'sam.sandbox@sandbox.example' },
];

describe('listSearch: searchUsers', () => {
	it("lists the location's users by name, with their email", async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();

		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/users/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);

		expect(result).toEqual({ results: SEEDED, paginationToken: undefined });
	});

	it('leaves out deleted users (the API does) and names a user without a name by email', async () => {
		ctx.sandbox.store.users.get('sandbox-user-2')!.deleted = true;
		const nameless = ctx.sandbox.store.users.get('sandbox-user-3')!;
		nameless.name = '';
		nameless.firstName = '';
		nameless.lastName = '';
		const { result } = await search();
		expect(result?.results.map((item) => item.name)).toEqual([
			'Alex Novak',
			'jordan.kim@sandbox.example',
			'Morgan Silva',
			'Sam Sandbox',
		]);
	});

	it('filters by name, email or ID, case-insensitively', async () => {
		expect((await search({ filter: 'riley' })).result?.results).toEqual([SEEDED[3]]);
		expect((await search({ filter: 'KIM@SANDBOX' })).result?.results).toEqual([SEEDED[1]]);
		expect((await search({ filter: 'sandbox-user-5' })).result?.results).toEqual([SEEDED[2]]);
		// filtered by the node: each look-up fetched the whole list
		for (const call of apiCalls(ctx.sandbox))
			expect(call.query).toEqual({ locationId: DEFAULTS.locationId });
	});

	it('answers a search without a match with an empty list and no next page', async () => {
		const { result, error } = await search({ filter: 'nobody' });
		expect(error).toBeUndefined();
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	it('hands the editor 50 users per page; "load more" sends back the token as it came and gets the rest', async () => {
		seedUsers(55); // 60 users in all

		const first = await search();
		expect(first.error).toBeUndefined();
		expect(first.result?.results).toHaveLength(50);
		expect(first.result?.results.slice(0, 5)).toEqual(SEEDED);
		expect(first.result?.results[5]).toEqual({
			name: 'Team Member 01',
			value: 'bulk-user-01',
			description: 'member.01@sandbox.example',
		});
		// n8n 2.11 accepts only a string token back (ResourceLocatorRequestDto: z.string()); a number
		// makes the editor's next-page request fail with "Expected string, received number".
		expect(typeof first.result?.paginationToken).toBe('string');

		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.error).toBeUndefined();
		expect(second.result?.results.map((item) => item.value)).toEqual(
			Array.from({ length: 10 }, (_, i) => `bulk-user-${46 + i}`),
		);
		expect(second.result?.paginationToken).toBeUndefined();
	});

	it('with OAuth2: the location comes from the token data and the access token is sent', async () => {
		const { result, error } = await search({ auth: 'oauth2' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.headers.version).toBe('2021-07-28');
		expect(result?.results).toEqual(SEEDED);
	});
});

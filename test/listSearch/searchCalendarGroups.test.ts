import { DEFAULTS, credentialsFor, only, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchCalendarGroups', options);

describe('listSearch: searchCalendarGroups', () => {
	it("lists the credential's location's groups by name, the slug and a disabled mark as description", async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'GET', path: '/calendars/groups', status: 200 });
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(request.headers.version).toBe('2021-04-15');
		expect(result).toEqual({
			results: [
				{
					name: 'Sandbox Inactive Group',
					value: DEFAULTS.inactiveGroupId,
					description: 'sandbox-inactive · disabled',
				},
				{ name: 'Sandbox Team', value: DEFAULTS.groupId, description: 'sandbox-team' },
			],
			paginationToken: undefined,
		});
	});

	it('filters by the search text', async () => {
		const { result } = await search({ filter: 'disabled' });
		expect(result?.results.map((item) => item.value)).toEqual([DEFAULTS.inactiveGroupId]);
	});

	it('pages a long list 50 at a time', async () => {
		for (let i = 1; i <= 55; i++) {
			const id = `bulk-group-${String(i).padStart(2, '0')}`;
			ctx.sandbox.store.groups.set(id, {
				id,
				locationId: DEFAULTS.locationId,
				name: `Bulk Group ${String(i).padStart(2, '0')}`,
				description: '',
				slug: id,
				isActive: true,
			});
		}
		const first = await search();
		expect(first.result?.results).toHaveLength(50);
		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.result?.results).toHaveLength(7);
		expect(second.result?.paginationToken).toBeUndefined();
	});

	it('a token without the groups scope gets an error that names it', async () => {
		ctx.sandbox.addToken('pit-calendars-only', { kind: 'pit', scopes: ['calendars.readonly'] });
		const { error } = await search({
			credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-calendars-only' }),
		});
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"calendars/groups.readonly"');
	});
});

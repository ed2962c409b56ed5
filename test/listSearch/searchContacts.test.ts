import { DEFAULTS, apiCalls, only, useSandbox } from '../helpers/node';
import { properCase } from '../../nodes/HighLevelCalendars/listSearch/searchContacts';
import { listSearch } from '../helpers/lookups';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchContacts', options);

/** Adds contacts sandbox-contact-31 … so that the location has `total` of them. */
function seedContactsUpTo(total: number) {
	const template = ctx.sandbox.store.contacts.get(DEFAULTS.contactId)!;
	for (let i = 31; i <= total; i++) {
		const id = `sandbox-contact-${i}`;
		ctx.sandbox.store.contacts.set(id, {
			...structuredClone(template),
			id,
			contactName: `extra person ${i}`,
			firstName: 'Extra',
			lastName: `Person ${i}`,
			email: `extra.${i}@contacts.example`,
			phone: `+1555030${String(i).padStart(4, '0')}`,
			dateAdded: new Date(Date.UTC(2025, 1, i, 10, 0, 0)).toISOString(),
		});
	}
}

describe('listSearch: searchContacts', () => {
	it("asks HighLevel's contact search for the first page of the location's contacts", async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();

		const request = only(ctx.sandbox);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/contacts/search');
		expect(request.query).toEqual({});
		expect(request.body).toEqual({ locationId: DEFAULTS.locationId, page: 1, pageLimit: 50 });
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);

		expect(result?.results).toHaveLength(30);
		expect(result?.results[0]).toEqual({
			name: 'Ada Lovelace (ada.lovelace.1@contacts.example)',
			value: 'sandbox-contact-1',
			description: 'ada.lovelace.1@contacts.example · +15550200001',
		});
		expect(result?.results.map((item) => item.value)).toEqual(
			Array.from({ length: 30 }, (_, i) => `sandbox-contact-${i + 1}`),
		);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('sends the search text as the query and shows what HighLevel found', async () => {
		const { result } = await search({ filter: '  Hopper ' });
		expect(only(ctx.sandbox).body).toEqual({
			locationId: DEFAULTS.locationId,
			page: 1,
			pageLimit: 50,
			query: 'Hopper',
		});
		expect(result?.results.map((item) => item.name)).toEqual([
			'Katherine Hopper (katherine.hopper.4@contacts.example)',
			'Linus Hopper (linus.hopper.5@contacts.example)',
			'Margaret Hopper (margaret.hopper.6@contacts.example)',
		]);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('finds a contact by email or phone', async () => {
		const byEmail = await search({ filter: 'grace.lovelace.2@' });
		expect(byEmail.result?.results.map((item) => item.value)).toEqual(['sandbox-contact-2']);
		const byPhone = await search({ filter: '+15550200030' });
		expect(byPhone.result?.results.map((item) => item.value)).toEqual(['sandbox-contact-30']);
	});

	it('names a contact in proper case with its email, else its phone, so namesakes can be told apart', async () => {
		const contact = ctx.sandbox.store.contacts.get('sandbox-contact-1')!;
		delete contact.firstName;
		delete contact.lastName;
		delete contact.email;
		const { result } = await search({ filter: 'ada lovelace' });
		expect(result?.results[0]).toMatchObject({ name: 'Ada Lovelace (+15550200001)' });
	});

	it('falls back to first and last name, then email, when a contact has no contactName', async () => {
		const contact = ctx.sandbox.store.contacts.get('sandbox-contact-1')!;
		delete contact.contactName;
		const second = ctx.sandbox.store.contacts.get('sandbox-contact-2')!;
		delete second.contactName;
		delete second.firstName;
		delete second.lastName;
		delete second.phone;
		const { result } = await search({ filter: 'lovelace' });
		expect(result?.results.slice(0, 2)).toEqual([
			{
				name: 'Ada Lovelace (ada.lovelace.1@contacts.example)',
				value: 'sandbox-contact-1',
				description: 'ada.lovelace.1@contacts.example · +15550200001',
			},
			{
				name: 'grace.lovelace.2@contacts.example',
				value: 'sandbox-contact-2',
				description: 'grace.lovelace.2@contacts.example',
			},
		]);
	});

	it('answers a search without a match with an empty list and no next page', async () => {
		const { result, error } = await search({ filter: 'nobody by this name' });
		expect(error).toBeUndefined();
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	it('pages through the API: "load more" asks HighLevel for page 2 with the token sent back as it came', async () => {
		seedContactsUpTo(70);

		const first = await search();
		expect(first.error).toBeUndefined();
		expect(first.result?.results).toHaveLength(50);
		expect(first.result?.results[49].value).toBe('sandbox-contact-50');
		// n8n 2.11 accepts only a string token back (ResourceLocatorRequestDto: z.string()); a number
		// makes the editor's next-page request fail with "Expected string, received number".
		expect(typeof first.result?.paginationToken).toBe('string');

		const second = await search({ paginationToken: first.result?.paginationToken });
		expect(second.error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).map((request) => request.body)).toEqual([
			{ locationId: DEFAULTS.locationId, page: 1, pageLimit: 50 },
			{ locationId: DEFAULTS.locationId, page: 2, pageLimit: 50 },
		]);
		expect(second.result?.results.map((item) => item.value)).toEqual(
			Array.from({ length: 20 }, (_, i) => `sandbox-contact-${51 + i}`),
		);
		expect(second.result?.paginationToken).toBeUndefined();
	});

	it('keeps the search text on the next page', async () => {
		seedContactsUpTo(90); // 60 "extra person" contacts
		const first = await search({ filter: 'extra' });
		expect(first.result?.results).toHaveLength(50);
		const second = await search({
			filter: 'extra',
			paginationToken: first.result?.paginationToken,
		});
		expect(second.error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).at(-1)?.body).toEqual({
			locationId: DEFAULTS.locationId,
			page: 2,
			pageLimit: 50,
			query: 'extra',
		});
		expect(second.result?.results).toHaveLength(10);
		expect(second.result?.paginationToken).toBeUndefined();
	});

	it('with OAuth2: the location comes from the token data and the access token is sent', async () => {
		const { result, error } = await search({ auth: 'oauth2', filter: 'turing' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			page: 1,
			pageLimit: 50,
			query: 'turing',
		});
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.headers.version).toBe('2021-07-28');
		expect(result?.results.map((item) => item.name)).toEqual([
			'Dennis Turing (dennis.turing.7@contacts.example)',
			'Barbara Turing (barbara.turing.8@contacts.example)',
			'Ken Turing (ken.turing.9@contacts.example)',
		]);
	});
});

describe('properCase', () => {
	it('capitalises a name HighLevel wrote in lower case, and keeps one written with capitals', () => {
		expect(properCase('ada lovelace')).toBe('Ada Lovelace');
		expect(properCase("mary-jane o'brien")).toBe("Mary-Jane O'Brien");
		expect(properCase('ronald McDonald')).toBe('ronald McDonald');
		expect(properCase('élodie durand')).toBe('Élodie Durand');
	});
});

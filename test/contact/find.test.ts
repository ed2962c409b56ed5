import { DEFAULTS, apiCalls, credentialsFor, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

const find = (parameters: Record<string, unknown>, options = {}) =>
	run(ctx.sandbox, { resource: 'contact', operation: 'find', ...parameters }, options);

const seeded = (n: number) => ctx.sandbox.store.contacts.get(`sandbox-contact-${n}`)!;

describe('Contact: Find', () => {
	it('finds the contact of an email, as HighLevel sends it', async () => {
		const contact = seeded(3);
		const { json, error } = await find({
			findBy: 'email',
			email: String(contact.email).toUpperCase(),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/contacts/search/duplicate');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, email: contact.email });
		expect(request.headers.version).toBe('2021-07-28');
		expect(json).toEqual([contact]);
	});

	it('finds the contact of a phone number, sent as the spec’s number', async () => {
		const contact = seeded(9);
		const { json } = await find({
			findBy: 'phone',
			phone: String(contact.phone).replace(/(\d{3})(\d{4})$/, ' $1-$2'),
		});
		expect(only(ctx.sandbox).query).toEqual({
			locationId: DEFAULTS.locationId,
			number: contact.phone,
		});
		expect(json.map((item) => item.id)).toEqual([contact.id]);
	});

	it('returns no item when no contact has the email', async () => {
		const { json, error } = await find({ findBy: 'email', email: 'nobody@example.com' });
		expect(error).toBeUndefined();
		expect(json).toEqual([]);
	});

	it('searches by text with POST /contacts/search and stops at Limit', async () => {
		const { json, error } = await find({ findBy: 'query', query: 'contacts.example', limit: 3 });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/contacts/search');
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			query: 'contacts.example',
			page: 1,
			pageLimit: 3,
		});
		expect(json.map((item) => item.id)).toEqual([
			'sandbox-contact-1',
			'sandbox-contact-2',
			'sandbox-contact-3',
		]);
	});

	it('pages through every match with Return All', async () => {
		const { json } = await find({ findBy: 'query', query: 'contacts.example', returnAll: true });
		expect(json).toHaveLength(30);
		expect(new Set(json.map((item) => item.id)).size).toBe(30);
	});

	it('asks page after page of one size until Limit', async () => {
		for (let i = 0; i < 120; i++) {
			ctx.sandbox.store.contacts.set(`bulk-${i}`, {
				...seeded(1),
				id: `bulk-${String(i).padStart(3, '0')}`,
				email: `bulk${i}@bulk.example`,
				dateAdded: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
			});
		}
		const { json } = await find({ findBy: 'query', query: 'bulk.example', limit: 110 });
		expect(json).toHaveLength(110);
		expect(apiCalls(ctx.sandbox).map((call) => call.body)).toEqual([
			expect.objectContaining({ page: 1, pageLimit: 100 }),
			expect.objectContaining({ page: 2, pageLimit: 100 }),
		]);
	});

	it.each([
		[
			'a bad email',
			{ findBy: 'email', email: 'ada@example' },
			'Email: "ada@example" is not an email address (such as name@example.com)',
		],
		['an empty email', { findBy: 'email', email: '' }, 'Email: is empty'],
		[
			'a national phone',
			{ findBy: 'phone', phone: '555 0199' },
			'Phone: "555 0199" is not an international phone number: write + and the country code, 8 to 15 digits in all (such as +14155550123)',
		],
		['an empty search text', { findBy: 'query', query: ' ' }, 'Search Text: is empty'],
		[
			'Limit 0',
			{ findBy: 'query', query: 'ada', limit: 0 },
			'Limit: is 0; expected a number of at least 1',
		],
	])('refuses %s before sending', async (_, parameters, message) => {
		const { error } = await find(parameters);
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('works with the OAuth2 credential', async () => {
		const { json } = await find({ findBy: 'email', email: seeded(1).email }, { auth: 'oauth2' });
		expect(json.map((item) => item.id)).toEqual([seeded(1).id]);
	});

	it('names the contacts scope when the token lacks it', async () => {
		ctx.sandbox.addToken('pit-calendars-only', {
			kind: 'pit',
			scopes: ['calendars/events.readonly'],
			locationId: DEFAULTS.locationId,
		});
		const { error } = await find(
			{ findBy: 'query', query: 'ada' },
			{ credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-calendars-only' }) },
		);
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"contacts.readonly"');
	});
});

import { DEFAULTS, startSandbox } from '../../sandbox/server';

/**
 * The sandbox's duplicate search and upsert (sandbox/routes/contacts.js), called directly as a
 * HighLevel client would: validation against contacts.json, the state kept and the shapes answered.
 */
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;

async function call(method: string, urlPath: string, body?: unknown) {
	const response = await fetch(sb.url + urlPath, {
		method,
		headers: {
			Authorization: `Bearer ${DEFAULTS.pitToken}`,
			Version: '2021-07-28',
			Accept: 'application/json',
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const duplicate = (query: Record<string, string>) =>
	call(
		'GET',
		`/contacts/search/duplicate?${new URLSearchParams({ locationId: DEFAULTS.locationId, ...query })}`,
	);

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => await sb.close());
beforeEach(() => sb.reset());

describe('sandbox: contacts duplicate search and upsert', () => {
	it('finds a contact by email (any case) or by phone, email first, and answers null for none', async () => {
		const seeded = sb.store.contacts.get('sandbox-contact-2')!;
		const byEmail = await duplicate({ email: String(seeded.email).toUpperCase() });
		expect(byEmail).toEqual({
			status: 200,
			body: { contact: expect.objectContaining({ id: seeded.id }) },
		});
		const byPhone = await duplicate({ number: String(seeded.phone) });
		expect(byPhone.body.contact.id).toBe(seeded.id);
		const both = await duplicate({
			email: String(seeded.email),
			number: String(sb.store.contacts.get('sandbox-contact-3')!.phone),
		});
		expect(both.body.contact.id).toBe(seeded.id);
		expect((await duplicate({ email: 'nobody@example.com' })).body).toEqual({ contact: null });
	});

	it('refuses a search without locationId, of another sub-account, or naming neither email nor number', async () => {
		expect((await call('GET', '/contacts/search/duplicate?email=a@b.co')).status).toBe(422);
		expect((await duplicate({ locationId: 'sandbox-location-2', email: 'a@b.co' })).status).toBe(
			403,
		);
		expect((await duplicate({})).status).toBe(400);
	});

	it('creates a contact that is new, and updates the one its email finds', async () => {
		const created = await call('POST', '/contacts/upsert', {
			locationId: DEFAULTS.locationId,
			name: 'Grace Hopper',
			email: 'Grace@Example.com',
			phone: '+14155550123',
		});
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({
			new: true,
			contact: {
				firstName: 'Grace',
				lastName: 'Hopper',
				email: 'grace@example.com',
				phone: '+14155550123',
			},
			traceId: expect.any(String),
		});
		const { id } = created.body.contact;
		expect(sb.store.contacts.get(id)).toBeDefined();
		expect((await duplicate({ number: '+14155550123' })).body.contact.id).toBe(id);

		const updated = await call('POST', '/contacts/upsert', {
			locationId: DEFAULTS.locationId,
			email: 'grace@example.com',
			companyName: 'Navy',
		});
		expect(updated.body).toMatchObject({
			new: false,
			contact: { id, companyName: 'Navy', firstName: 'Grace' },
		});
		expect(
			[...sb.store.contacts.values()].filter((c) => c.email === 'grace@example.com'),
		).toHaveLength(1);
	});

	it('refuses an upsert with a property UpsertContactDto does not have, or without locationId', async () => {
		const unknown = await call('POST', '/contacts/upsert', {
			locationId: DEFAULTS.locationId,
			email: 'a@b.co',
			nickname: 'x',
		});
		expect(unknown.status).toBe(422);
		expect((await call('POST', '/contacts/upsert', { email: 'a@b.co' })).status).toBe(422);
	});
});

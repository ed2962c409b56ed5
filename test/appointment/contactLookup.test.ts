import { DEFAULTS, apiCalls, fromList, run, useSandbox } from '../helpers/node';

/**
 * Appointment: Create with Contact By "Email or Phone" (resources/appointment/contactLookup.ts): the
 * contact found by GET /contacts/search/duplicate or created by POST /contacts/upsert, through the real
 * routing engine against the sandbox.
 */
const ctx = useSandbox();

const seeded = (n: number) => ctx.sandbox.store.contacts.get(`sandbox-contact-${n}`)!;

const book = (parameters: Record<string, unknown>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'appointment',
			operation: 'create',
			calendarId: fromList(DEFAULTS.calendarId),
			contactBy: 'emailOrPhone',
			startTime: '2027-02-01T10:00:00',
			...parameters,
		},
		options,
	);

const calls = (method: string, path: string) =>
	apiCalls(ctx.sandbox).filter((call) => call.method === method && call.path === path);
const bookings = () => calls('POST', '/calendars/events/appointments');
const upserts = () => calls('POST', '/contacts/upsert');
const searches = () => calls('GET', '/contacts/search/duplicate');

describe('Appointment: Create by email or phone', () => {
	it('books for the contact its email finds, and says so', async () => {
		const contact = seeded(2);
		const { json, error } = await book({ email: `  ${String(contact.email).toUpperCase()} ` });
		expect(error).toBeUndefined();
		expect(searches().map((call) => call.query)).toEqual([
			{ locationId: DEFAULTS.locationId, email: contact.email },
		]);
		expect(searches()[0].headers.version).toBe('2021-07-28');
		expect(upserts()).toHaveLength(0);
		expect(bookings()[0].body).toMatchObject({ contactId: contact.id });
		expect(json[0]).toMatchObject({
			contactId: contact.id,
			contact: { id: contact.id, created: false, matchedBy: 'email' },
		});
	});

	it('books for the contact its phone finds, written with spaces and dashes', async () => {
		const contact = seeded(4);
		const phone = String(contact.phone).replace(/^(\+1)(\d{3})(\d{3})/, '$1 ($2) $3-');
		const { json, error } = await book({ phone });
		expect(error).toBeUndefined();
		expect(searches().map((call) => call.query)).toEqual([
			{ locationId: DEFAULTS.locationId, number: contact.phone },
		]);
		expect(json[0]).toMatchObject({
			contactId: contact.id,
			contact: { id: contact.id, created: false, matchedBy: 'phone' },
		});
	});

	it('creates the contact from name, email and phone when none has them, and books for it', async () => {
		const before = ctx.sandbox.store.contacts.size;
		const { json, error } = await book({
			email: 'Grace@Example.com',
			phone: '+44 20 7946 0018',
			newContact: { firstName: 'Grace', lastName: 'Hopper' },
		});
		expect(error).toBeUndefined();
		expect(upserts().map((call) => call.body)).toEqual([
			{
				locationId: DEFAULTS.locationId,
				firstName: 'Grace',
				lastName: 'Hopper',
				email: 'grace@example.com',
				phone: '+442079460018',
			},
		]);
		expect(upserts()[0].status).toBe(200);
		expect(ctx.sandbox.store.contacts.size).toBe(before + 1);
		const created = [...ctx.sandbox.store.contacts.values()].find(
			(contact) => contact.email === 'grace@example.com',
		)!;
		expect(bookings()[0].body).toMatchObject({ contactId: created.id });
		expect(json[0]).toMatchObject({
			contactId: created.id,
			contact: { id: created.id, created: true, matchedBy: null },
		});
	});

	it('fails the item, creating and booking nothing, when no contact matches and creation is off', async () => {
		const { error } = await book({ email: 'nobody@example.com', createContact: false });
		expect(error?.message).toBe(
			'No contact with email nobody@example.com in this sub-account, and Create Contact If None Found is off [not sent: the appointment was not created]',
		);
		expect(upserts()).toHaveLength(0);
		expect(bookings()).toHaveLength(0);

		const { json } = await book(
			{ email: '={{ $json.email }}', createContact: false, startTime: '={{ $json.start }}' },
			{
				continueOnFail: true,
				items: [
					{ json: { email: 'nobody@example.com', start: '2027-02-01T10:00:00' } },
					{ json: { email: seeded(5).email, start: '2027-02-01T11:00:00' } },
				],
			},
		);
		expect(json[0].error).toMatch(/^No contact with email nobody@example.com/);
		expect(json[1]).toMatchObject({ contactId: seeded(5).id, contact: { matchedBy: 'email' } });
	});

	it('books for the email’s contact when the phone names another, and says which the phone named', async () => {
		const { json, error } = await book({ email: seeded(6).email, phone: seeded(7).phone });
		expect(error).toBeUndefined();
		expect(searches()).toHaveLength(2);
		expect(upserts()).toHaveLength(0);
		expect(bookings()[0].body).toMatchObject({ contactId: seeded(6).id });
		expect(json[0].contact).toEqual({
			id: seeded(6).id,
			created: false,
			matchedBy: 'email',
			phoneMatchedContactId: seeded(7).id,
		});
	});

	it('creates one contact for five items naming the same new person, and books all five for it', async () => {
		const before = ctx.sandbox.store.contacts.size;
		const hours = [10, 11, 12, 13, 14];
		const { json, error } = await book(
			{
				email: '={{ $json.email }}',
				phone: '={{ $json.phone }}',
				newContact: { name: '={{ $json.name }}' },
				startTime: '={{ $json.start }}',
			},
			{
				items: hours.map((hour, index) => ({
					json: {
						// Written differently, the same person.
						email: index % 2 ? 'ADA@example.com' : 'ada@example.com ',
						phone: index % 2 ? '+1 415 555 0199' : '+14155550199',
						name: 'Ada Lovelace',
						start: `2027-02-01T${hour}:00:00`,
					},
				})),
			},
		);
		expect(error).toBeUndefined();
		expect(upserts()).toHaveLength(1);
		expect(ctx.sandbox.store.contacts.size).toBe(before + 1);
		const ada = [...ctx.sandbox.store.contacts.values()].find(
			(contact) => contact.email === 'ada@example.com',
		)!;
		expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+14155550199' });
		expect(bookings()).toHaveLength(5);
		expect(
			bookings().every((call) => (call.body as { contactId: string }).contactId === ada.id),
		).toBe(true);
		expect(json.map((item) => item.contactId)).toEqual(hours.map(() => ada.id));
		expect(json.filter((item) => (item.contact as { created: boolean }).created)).toHaveLength(1);
		expect(json[0].contact).toEqual({ id: ada.id, created: true, matchedBy: null });
		expect(json.slice(1).map((item) => item.contact)).toEqual(
			hours.slice(1).map(() => ({ id: ada.id, created: false, matchedBy: null, createdByItem: 0 })),
		);
	});

	it('waits for a look-up that shares an email, so that it finds the contact just created', async () => {
		const { json, error } = await book(
			{ email: 'lin@example.com', phone: '={{ $json.phone }}', startTime: '={{ $json.start }}' },
			{
				items: [
					{ json: { phone: '+14155550101', start: '2027-02-01T10:00:00' } },
					{ json: { phone: '+14155550102', start: '2027-02-01T11:00:00' } },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(upserts()).toHaveLength(1);
		expect(json[0].contactId).toBe(json[1].contactId);
		expect(json[1].contact).toMatchObject({ created: false, matchedBy: 'email' });
	});

	it.each([
		[
			'an email without domain',
			{ email: 'ada@' },
			'Email: "ada@" is not an email address (such as name@example.com)',
		],
		[
			'an email with a space',
			{ email: 'ada lovelace@example.com' },
			'Email: "ada lovelace@example.com" is not an email address (such as name@example.com)',
		],
		[
			'a national phone number',
			{ phone: '(415) 555-0199' },
			'Phone: "(415) 555-0199" is not an international phone number: write + and the country code, 8 to 15 digits in all (such as +14155550123)',
		],
		[
			'a phone with letters',
			{ email: 'ada@example.com', phone: '+1 415 CALL ADA' },
			'Phone: "+1 415 CALL ADA" is not an international phone number: write + and the country code, 8 to 15 digits in all (such as +14155550123)',
		],
		[
			'neither email nor phone',
			{},
			'Email: and Phone are both empty; give at least one to find the contact',
		],
	])('refuses %s before any request', async (_, parameters, message) => {
		const { error } = await book(parameters);
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('creates no contact for a booking whose own input is refused', async () => {
		const { error } = await book({ email: 'new@example.com', startTime: 'next tuesday' });
		expect(error?.message).toMatch(/^Start Time/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('works with the OAuth2 credential', async () => {
		const { json, error } = await book({ email: seeded(8).email }, { auth: 'oauth2' });
		expect(error).toBeUndefined();
		expect(json[0]).toMatchObject({ contactId: seeded(8).id });
	});

	it('after a contact create whose connection dropped once it was stored: finds it, books for it, says recovered; created once', async () => {
		ctx.sandbox.injectFault({
			method: 'POST',
			path: '/contacts/upsert',
			kind: 'dropAfterHandling',
			times: 1,
		});
		const before = ctx.sandbox.store.contacts.size;
		const { json, error } = await book({ email: 'dropped@example.com' });
		expect(error).toBeUndefined();
		expect(upserts()).toHaveLength(1);
		// The search before the create, and the same search after its unclear failure.
		expect(searches().map((call) => call.query.email)).toEqual([
			'dropped@example.com',
			'dropped@example.com',
		]);
		expect(ctx.sandbox.store.contacts.size).toBe(before + 1);
		const created = [...ctx.sandbox.store.contacts.values()].find(
			(contact) => contact.email === 'dropped@example.com',
		)!;
		expect(bookings()).toHaveLength(1);
		expect(bookings()[0].body).toMatchObject({ contactId: created.id });
		expect(json[0].contact).toEqual({
			id: created.id,
			created: true,
			matchedBy: 'email',
			recovered: true,
			recoveredAfter: 'the connection was reset',
		});
	});

	it('after a contact create that got a 503 before anything was stored: not found, sent once more, one contact', async () => {
		ctx.sandbox.injectFault({
			method: 'POST',
			path: '/contacts/upsert',
			kind: 'status',
			status: 503,
			times: 1,
		});
		const before = ctx.sandbox.store.contacts.size;
		const { json, error } = await book({ phone: '+14155550999' });
		expect(error).toBeUndefined();
		expect(upserts()).toHaveLength(2);
		expect(searches()).toHaveLength(2);
		expect(ctx.sandbox.store.contacts.size).toBe(before + 1);
		expect(json[0].contact).toEqual({ id: expect.any(String), created: true, matchedBy: null });
		expect(bookings()).toHaveLength(1);
	});

	it.each([false, true])(
		'when the look-up after an unclear contact create fails: one bracket, the booking’s, nothing booked or sent again (Continue On Fail: %s)',
		async (continueOnFail) => {
			ctx.sandbox.injectFault({
				method: 'POST',
				path: '/contacts/upsert',
				kind: 'statusAfterHandling',
				status: 503,
				times: 1,
			});
			// The search before the create answers; the one after it fails.
			let seen = 0;
			ctx.sandbox.addHook((hook: any) =>
				hook.method === 'GET' && hook.path === '/contacts/search/duplicate' && ++seen > 1
					? (hook.send(500, { statusCode: 500, message: 'Internal server error' }), true)
					: false,
			);
			const { error, json } = await book(
				{ email: 'unsure@example.com', limitsAndRetries: { maxRetries: 0 } },
				{ continueOnFail },
			);
			const message = continueOnFail ? (json[0].error as string) : error?.message;
			expect(message).toBe(
				'Service Unavailable; the node could not check whether it was created: the look-up failed too, HTTP 500 (HTTP 503 after the request was sent: the contact may exist) [not sent: the appointment was not created]',
			);
			expect(upserts()).toHaveLength(1);
			expect(searches()).toHaveLength(2);
			expect(bookings()).toHaveLength(0);
		},
	);

	it('repeats a look-up HighLevel answered with a 502, as any read', async () => {
		ctx.sandbox.injectFault({
			method: 'GET',
			path: '/contacts/search/duplicate',
			kind: 'status',
			status: 502,
			times: 1,
		});
		const { json, error } = await book({ email: seeded(10).email });
		expect(error).toBeUndefined();
		expect(searches()).toHaveLength(2);
		expect(json[0]).toMatchObject({ contactId: seeded(10).id });
	});

	it('says which contact it used on an item skipped as already booked', async () => {
		const contact = seeded(11);
		const first = await book({ email: contact.email });
		expect(first.error).toBeUndefined();
		const { json, error } = await book({
			email: contact.email,
			appointmentCreateOptions: { skipIfAlreadyBooked: true },
		});
		expect(error).toBeUndefined();
		expect(bookings()).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id: first.json[0].id,
			skipped: true,
			contactId: contact.id,
			contact: { id: contact.id, created: false, matchedBy: 'email' },
		});
	});

	it('says which contact it used on an item recovered after an unclear failure', async () => {
		ctx.sandbox.injectFault({
			method: 'POST',
			path: '/calendars/events/appointments',
			kind: 'statusAfterHandling',
			status: 503,
			times: 1,
		});
		const { json, error } = await book({
			email: 'Recovered@Example.com',
			newContact: { firstName: 'Rita' },
		});
		expect(error).toBeUndefined();
		expect(bookings()).toHaveLength(1);
		expect(upserts()).toHaveLength(1);
		const created = [...ctx.sandbox.store.contacts.values()].find(
			(contact) => contact.email === 'recovered@example.com',
		)!;
		expect(json[0]).toMatchObject({
			recovered: true,
			contactId: created.id,
			contact: { id: created.id, created: true, matchedBy: null },
		});
	});
});

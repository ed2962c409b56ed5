import { appointmentsIn } from '../helpers/appointments';
import {
	DEFAULTS,
	apiCalls,
	byId,
	byName,
	credentialsFor,
	fromList,
	only,
	useSandbox,
} from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

const forContact = (contactId: unknown, parameters: Record<string, unknown> = {}, options = {}) =>
	appointment('getAllForContact', { contactId, ...parameters }, options);

/** Books one appointment for sandbox-contact-2, which the lists of sandbox-contact-1 leave out. */
async function bookedForOtherContact() {
	const { error } = await appointment('create', {
		calendarId: byId(DEFAULTS.calendarId),
		contactId: byId('sandbox-contact-2'),
		startTime: '2027-02-03T10:00:00',
	});
	expect(error).toBeUndefined();
	ctx.sandbox.requests.length = 0;
}

describe('Appointment: Get Many for Contact', () => {
	it('returns one item per appointment of the contact, unwrapped from { events }', async () => {
		const later = await booked('2027-02-02T14:00:00', '2027-02-02T14:30:00');
		const earlier = await booked('2027-02-01T10:00:00', '2027-02-01T10:45:00');
		await bookedForOtherContact();
		const { json, error } = await forContact(fromList(DEFAULTS.contactId), { returnAll: true });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'GET',
			path: `/contacts/${DEFAULTS.contactId}/appointments`,
			query: {},
			status: 200,
		});
		expect(request.headers.version).toBe('2021-07-28');
		expect(json.map((item) => item.id)).toEqual([earlier, later]);
		expect(json[0]).toMatchObject({
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			title: 'Booked',
			appointmentStatus: 'confirmed',
			// as GetEventSchema's examples write times
			startTime: '2027-02-01 10:00:00',
			endTime: '2027-02-01 10:45:00',
			// and with the offset in force on that date in the workflow's zone (America/New_York)
			startTimeIso: '2027-02-01T10:00:00-05:00',
			endTimeIso: '2027-02-01T10:45:00-05:00',
			dateAddedIso: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/),
			dateUpdatedIso: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/),
		});
	});

	it('reads the times in the Time Zone option, with the offset of their date', async () => {
		await booked('2027-07-01T10:00:00', '2027-07-01T10:30:00');
		const { json, error } = await forContact(
			byId(DEFAULTS.contactId),
			{ appointmentGetAllForContactOptions: { timeZone: byName('America/New_York') } },
			{ timezone: 'Europe/Berlin' },
		);
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).query).toEqual({});
		expect(json[0]).toMatchObject({
			startTime: '2027-07-01 10:00:00',
			startTimeIso: '2027-07-01T10:00:00-04:00',
			endTimeIso: '2027-07-01T10:30:00-04:00',
		});
	});

	it('keeps the instant of a time HighLevel sends with an offset, and leaves non-dates alone', async () => {
		ctx.sandbox.addHook((hook) => {
			if (!hook.path.endsWith('/appointments')) return false;
			hook.send(200, {
				events: [
					{ id: 'a1', startTime: '2027-02-01T15:00:00.000Z', endTime: '', dateAdded: 'soon' },
				],
			});
			return true;
		});
		const { json, error } = await forContact(byId(DEFAULTS.contactId));
		expect(error).toBeUndefined();
		expect(json).toEqual([
			{
				id: 'a1',
				startTime: '2027-02-01T15:00:00.000Z',
				startTimeIso: '2027-02-01T10:00:00-05:00',
				endTime: '',
				dateAdded: 'soon',
			},
		]);
	});

	it.each([
		['Limit 0', { returnAll: false, limit: 0 }, 'Limit: is 0; expected a number of at least 1'],
		[
			'a Time Zone that is none',
			{ appointmentGetAllForContactOptions: { timeZone: byName('Europe/Atlantis') } },
			'Time Zone: "Europe/Atlantis" is not a time zone. Use an IANA name such as America/New_York or Europe/Berlin.',
		],
	])('refuses %s before sending', async (_, parameters, message) => {
		const { error } = await forContact(byId(DEFAULTS.contactId), parameters);
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('stops at Limit', async () => {
		await booked('2027-02-01T10:00:00', '2027-02-01T10:30:00');
		await booked('2027-02-01T11:00:00', '2027-02-01T11:30:00');
		await booked('2027-02-01T12:00:00', '2027-02-01T12:30:00');
		const { json } = await forContact(byId(DEFAULTS.contactId), { returnAll: false, limit: 2 });
		expect(only(ctx.sandbox).query).toEqual({});
		expect(json.map((item) => item.startTime)).toEqual([
			'2027-02-01 10:00:00',
			'2027-02-01 11:00:00',
		]);
	});

	it('returns no items for a contact without appointments', async () => {
		await bookedForOtherContact();
		const { json, error } = await forContact(byId(DEFAULTS.contactId), { returnAll: true });
		expect(error).toBeUndefined();
		expect(json).toEqual([]);
	});

	it('takes the contact from its HighLevel URL', async () => {
		await booked();
		const url = `https://app.gohighlevel.com/v2/location/${DEFAULTS.locationId}/contacts/detail/${DEFAULTS.contactId}`;
		const { json, error } = await forContact({ __rl: true, mode: 'url', value: url });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).path).toBe(`/contacts/${DEFAULTS.contactId}/appointments`);
		expect(json).toHaveLength(1);
	});

	it('works with the OAuth2 credential', async () => {
		await booked();
		const { json, error } = await forContact(byId(DEFAULTS.contactId), {}, { auth: 'oauth2' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(json).toHaveLength(1);
	});

	it('refuses a missing contact before sending', async () => {
		const { error } = await forContact(byId(' '));
		expect(error?.message).toBe('Contact: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('passes on HighLevel’s 404 for an unknown contact', async () => {
		const { error } = await forContact(byId('noSuchContact'));
		expect(error?.message).toMatch(/Contact not found/);
		expect(only(ctx.sandbox).status).toBe(404);
	});

	it('passes on HighLevel’s 403 for a contact of another sub-account', async () => {
		const contact = ctx.sandbox.store.contacts.get(DEFAULTS.contactId)!;
		ctx.sandbox.store.contacts.set(DEFAULTS.contactId, {
			...contact,
			locationId: DEFAULTS.otherLocationId,
		});
		const { error } = await forContact(byId(DEFAULTS.contactId));
		expect(error?.httpCode).toBe('403');
		expect(only(ctx.sandbox).status).toBe(403);
	});

	it('names the contacts scope when the token lacks it', async () => {
		ctx.sandbox.addToken('pit-calendars-only', {
			kind: 'pit',
			scopes: ['calendars/events.readonly'],
			locationId: DEFAULTS.locationId,
		});
		const { error } = await forContact(
			byId(DEFAULTS.contactId),
			{},
			{ credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-calendars-only' }) },
		);
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"contacts.readonly"');
	});
});

import { DEFAULTS, apiCalls, fromList, only, useSandbox } from '../helpers/node';
import { notesIn } from '../helpers/notes';

const ctx = useSandbox();
const { note, booked } = notesIn(ctx);

describe('Appointment Note: Create', () => {
	it('posts the body to the appointment and returns the note itself', async () => {
		const appointmentId = await booked();
		const { json, error } = await note('create', {
			appointmentId,
			body: 'Bring the signed contract',
			appointmentNoteCreateFields: { userId: fromList('sandbox-user-2') },
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'POST',
			path: `/calendars/appointments/${appointmentId}/notes`,
			query: {},
			body: { body: 'Bring the signed contract', userId: 'sandbox-user-2' },
			status: 201,
		});
		expect(request.headers.version).toBe('2021-04-15');
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			body: 'Bring the signed contract',
			userId: 'sandbox-user-2',
			contactId: DEFAULTS.contactId,
			createdBy: { id: 'sandbox-user-2', name: 'Riley Reyes' },
		});
		expect(ctx.sandbox.store.notes.has(json[0].id as string)).toBe(true);
	});

	it('sends only the body when no user is added', async () => {
		const appointmentId = await booked();
		const { error } = await note('create', { appointmentId, body: 'Short' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({ body: 'Short' });
	});

	it('adds one note per input item, the body read from each item', async () => {
		const appointmentId = await booked();
		const items = [{ json: { text: 'First' } }, { json: { text: 'Second' } }];
		const { json, error } = await note(
			'create',
			{ appointmentId, body: '={{ $json.text }}' },
			{ items },
		);
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).map((call) => call.body)).toEqual([
			{ body: 'First' },
			{ body: 'Second' },
		]);
		expect(json.map((item) => item.body)).toEqual(['First', 'Second']);
	});

	it('under Continue On Fail, fails only the item with a bad body, paired with its input', async () => {
		const appointmentId = await booked();
		const items = [
			{ json: { text: 'First' } },
			{ json: { text: ' ' } },
			{ json: { text: 'Third' } },
		];
		const { items: out, error } = await note(
			'create',
			{ appointmentId, body: '={{ $json.text }}' },
			{ items, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(out![0].map((item) => item.pairedItem)).toEqual([0, 1, 2].map((item) => ({ item })));
		expect(out![0].map((item) => item.json.body ?? item.json.error)).toEqual([
			'First',
			'Body: is empty; a note needs text [not sent: the note was not created]',
			'Third',
		]);
		expect(apiCalls(ctx.sandbox).map((call) => call.body)).toEqual([
			{ body: 'First' },
			{ body: 'Third' },
		]);
	});

	it.each([
		['an empty body', '', 'Body: is empty; a note needs text'],
		['a blank body', '   ', 'Body: is empty; a note needs text'],
		[
			'a body over 5000 characters',
			'x'.repeat(5001),
			'Body: has 5001 characters; HighLevel takes at most 5000',
		],
	])('refuses %s before sending', async (_, body, message) => {
		const appointmentId = await booked();
		const { error } = await note('create', { appointmentId, body });
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses an appointment ID that is not an ID, before sending', async () => {
		const { error } = await note('create', { appointmentId: 'a/b', body: 'Hi' });
		expect(error?.message).toBe(
			'Appointment ID: "a/b" is not an ID: IDs have no spaces, slashes, ? or #',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('passes on HighLevel’s 404 for an unknown appointment', async () => {
		const { error } = await note('create', { appointmentId: 'noSuchAppointment', body: 'Hi' });
		expect(error?.message).toMatch(/Appointment not found/);
		expect(only(ctx.sandbox).status).toBe(404);
	});

	it('passes on HighLevel’s 403 for an appointment of another sub-account', async () => {
		const id = await booked();
		const appointment = ctx.sandbox.store.appointments.get(id)!;
		ctx.sandbox.store.appointments.set(id, {
			...appointment,
			locationId: DEFAULTS.otherLocationId,
		});
		const { error } = await note('create', { appointmentId: id, body: 'Hi' });
		expect(error?.httpCode).toBe('403');
		expect(only(ctx.sandbox).status).toBe(403);
		expect(ctx.sandbox.store.notes.size).toBe(0);
	});
});

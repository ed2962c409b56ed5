import { apiCalls, byId, fromList, only, useSandbox } from '../helpers/node';
import { notesIn } from '../helpers/notes';

const ctx = useSandbox();
const { note, booked, noted } = notesIn(ctx);

describe('Appointment Note: Update', () => {
	it('puts the new body (and user) to the note and returns the note itself', async () => {
		const appointmentId = await booked();
		const [noteId] = await noted(appointmentId);
		const { json, error } = await note('update', {
			appointmentId,
			noteId: fromList(noteId),
			body: 'Contract received',
			appointmentNoteUpdateFields: { userId: byId('sandbox-user-3') },
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'PUT',
			path: `/calendars/appointments/${appointmentId}/notes/${noteId}`,
			body: { body: 'Contract received', userId: 'sandbox-user-3' },
			status: 200,
		});
		expect(request.headers.version).toBe('2021-04-15');
		expect(json).toEqual([
			expect.objectContaining({ id: noteId, body: 'Contract received', userId: 'sandbox-user-3' }),
		]);
	});

	it('sends the body alone when no user is added (the spec requires body on PUT too)', async () => {
		const appointmentId = await booked();
		const [noteId] = await noted(appointmentId);
		const { error } = await note('update', { appointmentId, noteId: byId(noteId), body: 'New' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({ body: 'New' });
	});

	it('refuses an empty body before sending', async () => {
		const appointmentId = await booked();
		const [noteId] = await noted(appointmentId);
		const { error } = await note('update', { appointmentId, noteId: byId(noteId), body: '' });
		expect(error?.message).toBe('Body: is empty; a note needs text');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a missing note before sending', async () => {
		const appointmentId = await booked();
		const { error } = await note('update', { appointmentId, noteId: byId(''), body: 'New' });
		expect(error?.message).toBe('Note: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('passes on HighLevel’s 404 for a note of another appointment', async () => {
		const [noteId] = await noted(await booked());
		const other = await booked('2027-02-02T10:00:00', '2027-02-02T10:30:00');
		const { error } = await note('update', {
			appointmentId: other,
			noteId: byId(noteId),
			body: 'New',
		});
		expect(error?.message).toMatch(/Note not found/);
		expect(only(ctx.sandbox).status).toBe(404);
	});
});

import { apiCalls, byId, only, useSandbox } from '../helpers/node';
import { notesIn } from '../helpers/notes';

const ctx = useSandbox();
const { note, booked, noted } = notesIn(ctx);

describe('Appointment Note: Delete', () => {
	it('deletes the note and returns HighLevel’s answer', async () => {
		const appointmentId = await booked();
		const [noteId, kept] = await noted(appointmentId, 2);
		const { json, error } = await note('delete', { appointmentId, noteId: byId(noteId) });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'DELETE',
			path: `/calendars/appointments/${appointmentId}/notes/${noteId}`,
			status: 200,
		});
		expect(request.headers.version).toBe('2021-04-15');
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.notes.has(noteId)).toBe(false);
		expect(ctx.sandbox.store.notes.has(kept)).toBe(true);
	});

	it('path-encodes the IDs', async () => {
		const { error } = await note('delete', { appointmentId: 'a%b', noteId: byId('n') });
		expect(error?.message).toMatch(/Appointment not found/);
		expect(only(ctx.sandbox).path).toBe('/calendars/appointments/a%25b/notes/n');
	});

	it('refuses an empty appointment ID before sending', async () => {
		const { error } = await note('delete', { appointmentId: '', noteId: byId('n') });
		expect(error?.message).toBe('Appointment ID: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

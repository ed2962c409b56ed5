import { byId } from '../helpers/node';
import { notesIn } from '../helpers/notes';
import { type ResourceRouting, row } from '../helpers/routing';

const NOTES = '/calendars/appointments/{appointmentId}/notes';

export const routing: ResourceRouting = {
	resource: 'appointmentNote',
	rows: [
		row('create', 'POST', NOTES),
		row('delete', 'DELETE', `${NOTES}/{noteId}`),
		row('getAll', 'GET', NOTES, ['limit', 'offset']),
		row('update', 'PUT', `${NOTES}/{noteId}`),
	],
	async minimal(operation, ctx) {
		const { booked, noted } = notesIn(ctx);
		const appointmentId = await booked();
		if (operation === 'create') return { appointmentId, body: 'Hello' };
		if (operation === 'getAll') return { appointmentId };
		const [noteId] = await noted(appointmentId);
		if (operation === 'update') return { appointmentId, noteId: byId(noteId), body: 'Changed' };
		return { appointmentId, noteId: byId(noteId) };
	},
};

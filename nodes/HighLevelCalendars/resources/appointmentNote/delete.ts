import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { appointmentIdParameter, noteIdParameter } from './fields';

/** Appointment Note: Delete (DELETE /calendars/appointments/{appointmentId}/notes/{noteId}). */
export const appointmentNoteDelete: Operation = {
	resource: 'appointmentNote',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a note of an appointment',
		description: 'Delete a note of an appointment',
		routing: route(ENDPOINTS.deleteAppointmentNote, {
			path: [appointmentIdParameter, noteIdParameter],
		}),
	},
	parameters: [appointmentIdParameter, noteIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { checkBody, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import {
	appointmentIdParameter,
	noteBodyParameter,
	noteIdParameter,
	noteUserField,
} from './fields';
import { checkNoteBody } from './hooks';

/**
 * Appointment Note: Update (PUT /calendars/appointments/{appointmentId}/notes/{noteId}, NotesDTO).
 * Not a partial update: the spec requires `body` on PUT too, so Body is required here as on Create;
 * the User is sent only when added. (The spec's PUT and DELETE declare no `noteId` path parameter,
 * though their path has one; the node fills it from the Note picker.)
 */
const updateFields = sentAsBodyProperties([noteUserField]);
const fields = collection('appointmentNote', 'update', 'UpdateFields', updateFields);

export const appointmentNoteUpdate: Operation = {
	resource: 'appointmentNote',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a note of an appointment',
		description: "Replace a note's text (and optionally its user)",
		routing: route(ENDPOINTS.updateAppointmentNote, {
			path: [appointmentIdParameter, noteIdParameter],
			preSend: [checkBody([noteBodyParameter, ...updateFields]), checkNoteBody],
			postReceive: [unwrap('note')],
		}),
	},
	parameters: [appointmentIdParameter, noteIdParameter, noteBodyParameter, fields],
};

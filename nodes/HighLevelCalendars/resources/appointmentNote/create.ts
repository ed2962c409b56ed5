import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { checkBody, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { appointmentIdParameter, noteBodyParameter, noteUserField } from './fields';
import { checkNoteBody } from './hooks';
import { recoverAppointmentNote } from './recover';

/**
 * Appointment Note: Create (POST /calendars/appointments/{appointmentId}/notes, NotesDTO); the
 * answer's `note` is the item.
 */
const additionalFields = sentAsBodyProperties([noteUserField]);
const fields = collection('appointmentNote', 'create', 'Fields', additionalFields);

export const appointmentNoteCreate: Operation = {
	resource: 'appointmentNote',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Add a note to an appointment',
		description: 'Add a note to an appointment',
		routing: route(ENDPOINTS.createAppointmentNote, {
			path: [appointmentIdParameter],
			preSend: [checkBody([noteBodyParameter, ...additionalFields]), checkNoteBody],
			postReceive: [unwrap('note')],
			recover: recoverAppointmentNote,
		}),
	},
	parameters: [appointmentIdParameter, noteBodyParameter, fields],
};

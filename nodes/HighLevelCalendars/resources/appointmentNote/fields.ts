import type { INodeProperties } from 'n8n-workflow';

import { idMode, locator, userLocator } from '../../shared/descriptions';

/**
 * Appointment Note parameters, each defined once and shown by the operations that declare them. The
 * appointment's ID is a parameter of its own rather than the Appointment resource's `eventId`: the
 * notes paths name it `{appointmentId}` (calendars.json), and path parameters are named as the path.
 */

export const appointmentIdParameter: INodeProperties = {
	displayName: 'Appointment ID',
	name: 'appointmentId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'ocQHyuzHvysMo5N5VsXc',
	description: 'ID of the appointment the notes belong to (the ID returned when it was booked)',
};

export const noteIdParameter: INodeProperties = locator(
	{
		displayName: 'Note',
		name: 'noteId',
		required: true,
		description: 'Note of the appointment; the list shows the notes of the Appointment ID above',
	},
	{
		search: 'searchAppointmentNotes',
		listPlaceholder: 'Select a note...',
		byId: idMode('HGPcayliwcdoUFzvbTok', 'note'),
	},
);

/** NotesDTO.body: required, at most 5000 characters (checked by checkNoteBody before sending). */
export const NOTE_BODY_MAX_LENGTH = 5000;

export const noteBodyParameter: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	placeholder: 'Customer asked to bring the signed contract',
	description: `Text of the note (at most ${NOTE_BODY_MAX_LENGTH} characters)`,
	routing: { send: { type: 'body', property: 'body' } },
};

/** NotesDTO.userId: the user the note is written as. */
export const noteUserField: INodeProperties = userLocator({
	displayName: 'User',
	name: 'userId',
	description: 'Team member the note is written as',
});

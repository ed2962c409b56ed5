import type { Resource } from '../../shared/operations';
import { appointmentNoteCreate } from './create';
import { appointmentNoteDelete } from './delete';
import { appointmentNoteGetAll } from './getAll';
import { appointmentNoteUpdate } from './update';

export const appointmentNoteResource: Resource = {
	name: 'Appointment Note',
	value: 'appointmentNote',
	defaultOperation: 'create',
	operations: [
		appointmentNoteCreate,
		appointmentNoteGetAll,
		appointmentNoteUpdate,
		appointmentNoteDelete,
	],
};

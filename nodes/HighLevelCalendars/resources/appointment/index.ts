import type { Resource } from '../../shared/operations';
import { appointmentCancel } from './cancel';
import { appointmentCreate } from './create';
import { appointmentDelete } from './delete';
import { appointmentGet } from './get';
import { appointmentGetAll } from './getAll';
import { appointmentGetAllForContact } from './getAllForContact';
import { appointmentReschedule } from './reschedule';
import { appointmentUpdate } from './update';

export const appointmentResource: Resource = {
	name: 'Appointment',
	value: 'appointment',
	defaultOperation: 'create',
	operations: [
		appointmentCreate,
		appointmentGet,
		appointmentGetAll,
		appointmentGetAllForContact,
		appointmentUpdate,
		appointmentReschedule,
		appointmentCancel,
		appointmentDelete,
	],
};

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { eventIdParameter } from './fields';

/** Appointment: Delete (DELETE /calendars/events/{eventId}, shared by every kind of calendar event). */
export const appointmentDelete: Operation = {
	resource: 'appointment',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an appointment',
		description: 'Delete an appointment for good (to keep a record, use Cancel)',
		routing: route(ENDPOINTS.deleteEvent, { path: [eventIdParameter] }),
	},
	parameters: [eventIdParameter],
};

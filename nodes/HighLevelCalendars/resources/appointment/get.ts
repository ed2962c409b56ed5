import { ENDPOINTS } from '../../endpoints';
import { unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { eventIdParameter } from './fields';

/** Appointment: Get (GET /calendars/events/appointments/{eventId}); the answer's `event` is the item. */
export const appointmentGet: Operation = {
	resource: 'appointment',
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an appointment',
		description: 'Get one appointment by its ID',
		routing: route(ENDPOINTS.getAppointment, {
			path: [eventIdParameter],
			postReceive: [unwrap('event')],
		}),
	},
	parameters: [eventIdParameter],
};

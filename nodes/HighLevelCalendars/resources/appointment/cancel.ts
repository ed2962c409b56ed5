import { ENDPOINTS } from '../../endpoints';
import { collection } from '../../shared/descriptions';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { eventIdParameter, toNotifyField } from './fields';
import { markCancelled } from './hooks';

/**
 * Appointment: Cancel (PUT /calendars/events/appointments/{eventId} with appointmentStatus cancelled,
 * nothing else).
 */
const options = collection('appointment', 'cancel', 'Options', [
	{
		...toNotifyField('such as the cancellation email'),
		routing: { send: { type: 'body', property: 'toNotify' } },
	},
]);

export const appointmentCancel: Operation = {
	resource: 'appointment',
	option: {
		name: 'Cancel',
		value: 'cancel',
		action: 'Cancel an appointment',
		description: 'Set an appointment’s status to cancelled, changing nothing else',
		routing: route(ENDPOINTS.updateAppointment, {
			path: [eventIdParameter],
			preSend: [markCancelled],
		}),
	},
	parameters: [eventIdParameter, options],
};

import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties, timeZoneOption } from '../../shared/descriptions';
import { checkBody, requireSomethingToUpdate } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { appointmentFields, eventIdParameter } from './fields';
import { applyRecurrence, normalizeAppointmentTimes } from './hooks';

/**
 * Appointment: Update (PUT /calendars/events/appointments/{eventId}, AppointmentEditSchema). Only the
 * fields added to Update Fields are sent: a reschedule never resets the status, and the schema has no
 * locationId or contactId to send.
 */
const updateFields = sentAsBodyProperties(appointmentFields({ forUpdate: true }));
const fields = collection('appointment', 'update', 'UpdateFields', updateFields);
const options = collection('appointment', 'update', 'Options', [timeZoneOption()]);
const zonePath = `${options.name}.timeZone`;

export const appointmentUpdate: Operation = {
	resource: 'appointment',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an appointment',
		description: 'Change only the fields you set on an existing appointment',
		routing: route(ENDPOINTS.updateAppointment, {
			path: [eventIdParameter],
			preSend: [
				normalizeAppointmentTimes(zonePath),
				applyRecurrence(zonePath),
				checkBody(updateFields),
				requireSomethingToUpdate(fields),
			],
		}),
	},
	parameters: [eventIdParameter, fields, options],
};

import { ENDPOINTS } from '../../endpoints';
import { TIME_FORMAT_HINT, collection, timeZoneOption } from '../../shared/descriptions';
import { AGENT_TIME, AGENT_TIME_ZONE, fromAi, withToolVariant } from '../../shared/agent';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { eventIdParameter, startTimeParameter, toNotifyField } from './fields';
import { keepDuration, normalizeAppointmentTimes } from './hooks';

/**
 * Appointment: Reschedule (PUT /calendars/events/appointments/{eventId} with startTime and endTime).
 * Without a new end the appointment keeps its length (keepDuration reads the current one).
 */
const options = withToolVariant(
	collection('appointment', 'reschedule', 'Options', [
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			description: `New end. ${TIME_FORMAT_HINT}. Leave out to keep the appointment's length.`,
			routing: { send: { type: 'body', property: 'endTime' } },
		},
		{
			...toNotifyField('such as the reschedule email'),
			routing: { send: { type: 'body', property: 'toNotify' } },
		},
		timeZoneOption(),
	]),
	{
		default: {
			endTime: fromAi(
				'End Time',
				`New end: ${AGENT_TIME}. Empty string to keep the appointment's length`,
			),
			timeZone: { __rl: true, mode: 'name', value: fromAi('Time Zone', AGENT_TIME_ZONE) },
		},
	},
);
const zonePath = `${options.name}.timeZone`;

export const appointmentReschedule: Operation = {
	resource: 'appointment',
	option: {
		name: 'Reschedule',
		value: 'reschedule',
		action: 'Reschedule an appointment',
		description:
			'Move an appointment to a new start time, keeping its length unless a new end is given',
		routing: route(ENDPOINTS.updateAppointment, {
			path: [eventIdParameter],
			preSend: [
				normalizeAppointmentTimes(zonePath, { startRequired: true }),
				keepDuration(zonePath, eventIdParameter),
			],
		}),
	},
	parameters: [eventIdParameter, startTimeParameter, options],
};

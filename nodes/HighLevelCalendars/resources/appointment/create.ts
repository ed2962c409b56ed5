import { ENDPOINTS } from '../../endpoints';
import {
	calendarLocator,
	collection,
	sentAsBodyProperties,
	timeZoneOption,
} from '../../shared/descriptions';
import {
	AGENT_TIME,
	AGENT_TIME_ZONE,
	agentId,
	fromAi,
	locatorForTool,
	withToolVariant,
} from '../../shared/agent';
import { addIdsToBody, addLocationIdToBody, checkBody } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { recoverAppointment } from './booked';
import {
	addBookingContact,
	bookingContactParameters,
	checkContactInput,
	reportBookingContact,
} from './contactLookup';
import { appointmentFields, contactIdParameter, startTimeParameter } from './fields';
import { applyRecurrence, normalizeAppointmentTimes } from './hooks';
import { skipIfAlreadyBooked, skipIfAlreadyBookedOption } from './skipIfBooked';
import { offerNearestFreeSlots } from './slotAlternatives';

/**
 * Appointment: Create (POST /calendars/events/appointments, AppointmentCreateSchema). Calendar and
 * Contact go into the body by hook, locationId from the credential; the contact is picked, or found
 * (or created) by email or phone (contactLookup.ts), last, once the booking's own input is checked.
 */

// The calendar resource has its own Calendar parameter: displayOptions cannot say "calendar:get or
// appointment:create" in one definition. Cost of the second definition, measured with n8n-core 2.11 on
// a Calendar filled by expression: 3 evaluations per item instead of 2 (about 0.45 ms each on n8n 2.x's
// default expression engine, N8N-NOTES.md).
const calendarId = withToolVariant(
	calendarLocator({
		displayName: 'Calendar',
		name: 'calendarId',
		required: true,
		description: 'Calendar to book in',
	}),
	locatorForTool('Calendar ID', agentId('calendar', 'ask the user or list the calendars first')),
);

const additionalFields = sentAsBodyProperties(appointmentFields({ forUpdate: false }));
// The agent gives an end (or none) and a zone: both are filled in already in the tool variant.
const fields = withToolVariant(collection('appointment', 'create', 'Fields', additionalFields), {
	default: {
		endTime: fromAi(
			'End Time',
			`When the appointment ends: ${AGENT_TIME}. Empty string for the calendar's slot length`,
		),
	},
});
const options = withToolVariant(
	collection('appointment', 'create', 'Options', [skipIfAlreadyBookedOption, timeZoneOption()]),
	{
		default: {
			timeZone: { __rl: true, mode: 'name', value: fromAi('Time Zone', AGENT_TIME_ZONE) },
		},
	},
);
const zonePath = `${options.name}.timeZone`;

export const appointmentCreate: Operation = {
	resource: 'appointment',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Book an appointment',
		description: 'Book an appointment for a contact in a calendar at a given start time',
		routing: route(ENDPOINTS.createAppointment, {
			preSend: [
				checkContactInput,
				addLocationIdToBody,
				addIdsToBody(calendarId),
				normalizeAppointmentTimes(zonePath, { startRequired: true }),
				applyRecurrence(zonePath),
				checkBody(additionalFields),
				addBookingContact(contactIdParameter),
			],
			runner: reportBookingContact(
				skipIfAlreadyBooked(options.name, offerNearestFreeSlots(zonePath)),
			),
			recover: recoverAppointment,
		}),
	},
	parameters: [
		calendarId,
		...bookingContactParameters(contactIdParameter),
		startTimeParameter,
		fields,
		options,
	],
};

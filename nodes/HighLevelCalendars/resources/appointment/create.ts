import type { INodeProperties } from 'n8n-workflow';

import { calendarLocator, contactLocator } from '../../shared/descriptions';
import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { appointmentFields } from './fields';
import { startTimeParameter } from './parameters';

/**
 * Appointment: Create (POST /calendars/events/appointments, AppointmentCreateSchema). Start Time is
 * shared with Reschedule (parameters.ts) and placed here. calendarId and contactId go into the body by hook, locationId from the
 * credential.
 */
const showOnlyForAppointmentCreate = showFor('appointment', ['create']);

const additionalFields = sentAsBodyProperties(appointmentFields({ forUpdate: false }), ['timeZone']);

export const appointmentCreateDescription: INodeProperties[] = [
	// One definition for the appointment resource; the calendar resource has its own (displayOptions
	// cannot say "calendar:get or appointment:create").
	calendarLocator({
		displayName: 'Calendar',
		name: 'calendarId',
		required: true,
		description: 'Calendar to book in',
		displayOptions: showOnlyForAppointmentCreate,
	}),
	contactLocator({
		displayName: 'Contact',
		name: 'contactId',
		required: true,
		description: 'Contact the appointment is for',
		displayOptions: showOnlyForAppointmentCreate,
	}),
	startTimeParameter,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showOnlyForAppointmentCreate,
		options: additionalFields,
	},
];

export const appointmentCreateCheckedFields = additionalFields;

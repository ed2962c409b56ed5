import type { INodeProperties } from 'n8n-workflow';

import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { TIME_FORMAT_HINT, appointmentFields } from './fields';

const showOnlyForAppointmentCreate = showFor('appointment', ['create']);

/** Fields of Appointment: Create (AppointmentCreateSchema); calendarId and contactId go in by hook. */
export const appointmentCreateFields: INodeProperties[] = [
	{
		displayName: 'Calendar ID',
		name: 'calendarId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the calendar to book in',
		displayOptions: showOnlyForAppointmentCreate,
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the contact the appointment is for',
		displayOptions: showOnlyForAppointmentCreate,
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: `When the appointment starts. ${TIME_FORMAT_HINT}.`,
		displayOptions: showOnlyForAppointmentCreate,
		routing: { send: { type: 'body', property: 'startTime' } },
	},
];

const additionalFields = sentAsBodyProperties(appointmentFields({ forUpdate: false }), ['timeZone']);

export const appointmentCreateDescription: INodeProperties[] = [
	...appointmentCreateFields,
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

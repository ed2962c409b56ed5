import type { INodeProperties } from 'n8n-workflow';

import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { appointmentFields } from './fields';

const showOnlyForAppointmentUpdate = showFor('appointment', ['update']);

const updateFields = sentAsBodyProperties(appointmentFields({ forUpdate: true }), ['timeZone']);

/** Fields of Appointment: Update (AppointmentEditSchema): only what the user adds is sent. */
export const appointmentUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Appointment ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'ocQHyuzHvysMo5N5VsXc',
		description:
			'ID of the appointment. For one occurrence of a recurring series use its instance ID (such as ocQHyuzHvysMo5N5VsXc_1729821600000_1800); the series ID changes the whole series.',
		displayOptions: showOnlyForAppointmentUpdate,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else stays as it is',
		displayOptions: showOnlyForAppointmentUpdate,
		options: updateFields,
	},
];

export const appointmentUpdateCheckedFields = updateFields;

import type { INodeProperties } from 'n8n-workflow';

import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { appointmentFields } from './fields';

/**
 * Appointment: Update (PUT /calendars/events/appointments/{eventId}, AppointmentEditSchema). Also
 * shown: Appointment ID (parameters.ts). Only the fields added here are sent: a reschedule never resets
 * the status, and the schema has no locationId or contactId to send.
 */
const updateFields = sentAsBodyProperties(appointmentFields({ forUpdate: true }), ['timeZone']);

export const appointmentUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else stays as it is',
		displayOptions: showFor('appointment', ['update']),
		options: updateFields,
	},
];

export const appointmentUpdateCheckedFields = updateFields;

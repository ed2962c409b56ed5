import type { INodeProperties } from 'n8n-workflow';

import { TIME_FORMAT_HINT } from '../../shared/descriptions';

/**
 * Appointment parameters used by several operations, each defined once with every operation that
 * shows it: the routing engine evaluates a parameter once per definition for every item.
 */

export const eventIdParameter: INodeProperties = {
	displayName: 'Appointment ID',
	name: 'eventId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'ocQHyuzHvysMo5N5VsXc',
	description:
		'ID of the appointment (the ID returned when it was booked). For one occurrence of a recurring series use its instance ID, such as ocQHyuzHvysMo5N5VsXc_1729821600000_1800; the series ID changes the whole series.',
	displayOptions: {
		show: { resource: ['appointment'], operation: ['get', 'update', 'reschedule', 'cancel', 'delete'] },
	},
};

export const startTimeParameter: INodeProperties = {
	displayName: 'Start Time',
	name: 'startTime',
	type: 'dateTime',
	required: true,
	default: '',
	description: `When the appointment starts. ${TIME_FORMAT_HINT}.`,
	displayOptions: { show: { resource: ['appointment'], operation: ['create', 'reschedule'] } },
	routing: { send: { type: 'body', property: 'startTime' } },
};

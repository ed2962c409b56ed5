import type { INodeProperties } from 'n8n-workflow';

import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { calendarSettings } from './fields';

/**
 * Calendar: Update (PUT /calendars/{calendarId}, CalendarUpdateDTO). Also shown: Calendar
 * (parameters.ts). Only the fields added here are sent.
 */
const updateFields = sentAsBodyProperties([
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'New name of the calendar',
	},
	// CalendarUpdateDTO documents no slotBufferUnit (CalendarCreateDTO does): we follow the spec, and the
	// unit of Buffer After stays what it was.
	...calendarSettings({ forUpdate: true }).filter((field) => field.name !== 'slotBufferUnit'),
]);

export const calendarUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'calendarUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else stays as it is',
		displayOptions: showFor('calendar', ['update']),
		options: updateFields,
	},
];

export const calendarUpdateCheckedFields = updateFields;

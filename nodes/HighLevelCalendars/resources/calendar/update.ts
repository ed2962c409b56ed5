import { ENDPOINTS } from '../../endpoints';
import { sentAsBodyProperties } from '../../shared/descriptions';
import { checkBody, requireSomethingToUpdate, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { shapeCalendarSettings } from './body';
import { calendarIdParameter, calendarSettingCollections, calendarSettings } from './fields';

/** Calendar: Update (PUT /calendars/{calendarId}, CalendarUpdateDTO). Only the fields added are sent. */
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
const groups = calendarSettingCollections('update', updateFields);

export const calendarUpdate: Operation = {
	resource: 'calendar',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a calendar',
		description: 'Change only the settings you set on a calendar',
		routing: route(ENDPOINTS.updateCalendar, {
			path: [calendarIdParameter],
			preSend: [
				checkBody(updateFields),
				shapeCalendarSettings,
				requireSomethingToUpdate({ displayName: 'Calendar settings' }),
			],
			postReceive: [unwrap('calendar')],
		}),
	},
	parameters: [calendarIdParameter, ...groups],
};

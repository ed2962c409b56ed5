import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { scheduleIdParameter } from './fields';

/**
 * Availability Schedule: Add Calendar (PUT /calendars/schedules/{id}/associations/{calendarId}): the
 * calendar takes its availability from the schedule. The answer is `{ success }`.
 */
export const availabilityScheduleAddCalendar: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Add Calendar',
		value: 'addCalendar',
		action: 'Add a calendar to an availability schedule',
		description: 'Apply a schedule to a calendar of the same sub-account',
		routing: route(ENDPOINTS.addCalendarToSchedule, {
			path: { id: scheduleIdParameter, calendarId: calendarIdParameter },
		}),
	},
	parameters: [scheduleIdParameter, calendarIdParameter],
};

import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';
import { scheduleIdParameter } from './fields';

/**
 * Availability Schedule: Remove Calendar (DELETE /calendars/schedules/{id}/associations/{calendarId}):
 * the calendar no longer uses the schedule. The answer is `{ success }`.
 */
export const availabilityScheduleRemoveCalendar: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Remove Calendar',
		value: 'removeCalendar',
		action: 'Remove a calendar from an availability schedule',
		description: 'Stop a calendar from using a schedule',
		routing: route(ENDPOINTS.removeCalendarFromSchedule, {
			path: { id: scheduleIdParameter, calendarId: calendarIdParameter },
		}),
	},
	parameters: [scheduleIdParameter, calendarIdParameter],
};

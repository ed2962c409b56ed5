import { ENDPOINTS } from '../../endpoints';
import { unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { scheduleIdParameter, scheduleIdPath } from './fields';

/** Availability Schedule: Get (GET /calendars/schedules/{id}); the answer's `schedule` is the item. */
export const availabilityScheduleGet: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an availability schedule',
		description: 'Get a schedule with its rules, time zone and calendars',
		routing: route(ENDPOINTS.getSchedule, {
			path: scheduleIdPath,
			postReceive: [unwrap('schedule')],
		}),
	},
	parameters: [scheduleIdParameter],
};

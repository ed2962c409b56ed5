import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { scheduleIdParameter, scheduleIdPath } from './fields';

/** Availability Schedule: Delete (DELETE /calendars/schedules/{id}); the answer is `{ success }`. */
export const availabilityScheduleDelete: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an availability schedule',
		description: 'Delete a schedule and all its rules',
		routing: route(ENDPOINTS.deleteSchedule, {
			path: scheduleIdPath,
		}),
	},
	parameters: [scheduleIdParameter],
};

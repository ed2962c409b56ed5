import { ENDPOINTS } from '../../endpoints';
import {
	calendarLocator,
	collection,
	limitParameter,
	returnAllParameter,
} from '../../shared/descriptions';
import { addLocationIdToQuery, unwrap } from '../../shared/hooks';
import { pageBySkip } from '../../shared/pages';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { userIdParameter } from './fields';
import { addScheduleSearchQuery } from './hooks';

/**
 * Availability Schedule: Get Many (GET /calendars/schedules/search). The spec requires the user and
 * the location; the calendar is a filter. The endpoint pages with skip/limit (runner in hooks.ts).
 */
const calendarFilter = calendarLocator({
	displayName: 'Calendar',
	name: 'calendarId',
	description: 'Only schedules this calendar uses',
});
const filters = collection('availabilitySchedule', 'getAll', 'Filters', [calendarFilter]);

export const availabilityScheduleGetAll: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many availability schedules',
		description: "List a user's availability schedules",
		routing: route(ENDPOINTS.searchSchedules, {
			preSend: [
				addLocationIdToQuery,
				addScheduleSearchQuery(userIdParameter, filters, calendarFilter),
			],
			postReceive: [unwrap('schedules')],
			runner: pageBySkip,
		}),
	},
	parameters: [userIdParameter, returnAllParameter, limitParameter, filters],
};

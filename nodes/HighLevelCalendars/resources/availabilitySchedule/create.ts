import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { addIdsToBody, addLocationIdToBody, checkBody, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import {
	calendarIdsField,
	rulesField,
	scheduleNameField,
	scheduleTimeZoneField,
	userIdParameter,
} from './fields';
import { shapeSchedule } from './hooks';
import { recoverSchedule } from './recover';

/**
 * Availability Schedule: Create (POST /calendars/schedules, CreateScheduleDTO). locationId comes from
 * the credential; name, userId and timezone are required by the spec, rules are not.
 */
const [name, timezone, rules] = sentAsBodyProperties([
	scheduleNameField({ required: true }),
	scheduleTimeZoneField({ required: true }),
	rulesField,
]);
const additionalFields = sentAsBodyProperties([calendarIdsField]);
const fields = collection('availabilitySchedule', 'create', 'Fields', additionalFields);

export const availabilityScheduleCreate: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an availability schedule',
		description: 'Create a schedule of weekly hours and date overrides for a user',
		routing: route(ENDPOINTS.createSchedule, {
			recover: recoverSchedule,
			preSend: [
				addLocationIdToBody,
				addIdsToBody(userIdParameter),
				checkBody([name]),
				shapeSchedule({ required: true }),
			],
			postReceive: [unwrap('schedule')],
		}),
	},
	parameters: [name, userIdParameter, timezone, rules, fields],
};

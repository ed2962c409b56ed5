import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { checkBody, requireSomethingToUpdate, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import {
	rulesField,
	scheduleIdParameter,
	scheduleIdPath,
	scheduleNameField,
	scheduleTimeZoneField,
} from './fields';
import { shapeSchedule } from './hooks';

/**
 * Availability Schedule: Update (PUT /calendars/schedules/{id}, UpdateScheduleDTO: name, rules,
 * timezone, all optional). Only the fields added are sent; rules sent replace the schedule's rules.
 */
const name = scheduleNameField({ required: false });
const updateFields = sentAsBodyProperties([
	rulesField,
	name,
	scheduleTimeZoneField({ required: false }),
]);
const fields = collection('availabilitySchedule', 'update', 'UpdateFields', updateFields);

export const availabilityScheduleUpdate: Operation = {
	resource: 'availabilitySchedule',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an availability schedule',
		description: 'Change the name, time zone or hours of a schedule',
		routing: route(ENDPOINTS.updateSchedule, {
			path: scheduleIdPath,
			preSend: [
				// The time zone and the rules are checked by shapeSchedule.
				checkBody([name]),
				shapeSchedule(),
				requireSomethingToUpdate(fields),
			],
			postReceive: [unwrap('schedule')],
		}),
	},
	parameters: [scheduleIdParameter, fields],
};

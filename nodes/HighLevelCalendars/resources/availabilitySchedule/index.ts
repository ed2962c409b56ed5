import type { Resource } from '../../shared/operations';
import { availabilityScheduleAddCalendar } from './addCalendar';
import { availabilityScheduleCreate } from './create';
import { availabilityScheduleDelete } from './delete';
import { availabilityScheduleGet } from './get';
import { availabilityScheduleGetAll } from './getAll';
import { availabilityScheduleRemoveCalendar } from './removeCalendar';
import { availabilityScheduleUpdate } from './update';

export const availabilityScheduleResource: Resource = {
	name: 'Availability Schedule',
	value: 'availabilitySchedule',
	defaultOperation: 'create',
	operations: [
		availabilityScheduleCreate,
		availabilityScheduleGet,
		availabilityScheduleGetAll,
		availabilityScheduleUpdate,
		availabilityScheduleDelete,
		availabilityScheduleAddCalendar,
		availabilityScheduleRemoveCalendar,
	],
};

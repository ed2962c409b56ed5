import type { Resource } from '../../shared/operations';
import { calendarCreate } from './create';
import { calendarDelete } from './delete';
import { calendarGet } from './get';
import { calendarGetAll } from './getAll';
import { calendarGetFreeSlots } from './getFreeSlots';
import { calendarUpdate } from './update';

export const calendarResource: Resource = {
	name: 'Calendar',
	value: 'calendar',
	defaultOperation: 'create',
	operations: [
		calendarCreate,
		calendarGet,
		calendarGetAll,
		calendarGetFreeSlots,
		calendarUpdate,
		calendarDelete,
	],
};

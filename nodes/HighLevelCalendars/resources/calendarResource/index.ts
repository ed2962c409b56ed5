import type { Resource } from '../../shared/operations';
import { calendarResourceCreate } from './create';
import { calendarResourceDelete } from './delete';
import { calendarResourceGet } from './get';
import { calendarResourceGetAll } from './getAll';
import { calendarResourceUpdate } from './update';

/** Rooms and equipment that service calendars book (calendars.json, "Calendar Resources"). */
export const calendarResourceResource: Resource = {
	name: 'Calendar Resource',
	value: 'calendarResource',
	defaultOperation: 'create',
	operations: [
		calendarResourceCreate,
		calendarResourceGet,
		calendarResourceGetAll,
		calendarResourceUpdate,
		calendarResourceDelete,
	],
};

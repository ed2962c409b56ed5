import type { Resource } from '../../shared/operations';
import { calendarGroupCreate } from './create';
import { calendarGroupDelete } from './delete';
import { calendarGroupGetAll } from './getAll';
import { calendarGroupSetStatus } from './setStatus';
import { calendarGroupUpdate } from './update';
import { calendarGroupValidateSlug } from './validateSlug';

export const calendarGroupResource: Resource = {
	name: 'Calendar Group',
	value: 'calendarGroup',
	defaultOperation: 'create',
	operations: [
		calendarGroupCreate,
		calendarGroupGetAll,
		calendarGroupUpdate,
		calendarGroupSetStatus,
		calendarGroupValidateSlug,
		calendarGroupDelete,
	],
};

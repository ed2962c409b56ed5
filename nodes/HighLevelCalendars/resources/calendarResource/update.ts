import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody, requireSomethingToUpdate } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarResourceFields, resourceIdParameter, resourceTypeParameter } from './fields';
import { shapeCalendarIds } from './hooks';

/**
 * Calendar Resource: Update (PUT /calendars/resources/{resourceType}/{id}, UpdateCalendarResourceDTO).
 * Only the fields added are sent, with the credential's locationId; the fields are listed A to Z.
 */
const isActive: INodeProperties = {
	displayName: 'Is Active',
	name: 'isActive',
	type: 'boolean',
	default: true,
	description: 'Whether service calendars can book the resource',
};
const updateFields = sentAsBodyProperties(
	[...calendarResourceFields({ forUpdate: true }), isActive].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	),
);
const fields = collection('calendarResource', 'update', 'UpdateFields', updateFields);

export const calendarResourceUpdate: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a room or equipment',
		description: 'Change only the fields you set on a room or equipment',
		routing: route(ENDPOINTS.updateCalendarResource, {
			path: [resourceTypeParameter, resourceIdParameter],
			preSend: [
				checkBody(updateFields),
				shapeCalendarIds,
				requireSomethingToUpdate(fields),
				addLocationIdToBody,
			],
		}),
	},
	parameters: [resourceTypeParameter, resourceIdParameter, fields],
};

import { ENDPOINTS } from '../../endpoints';
import { sentAsBodyProperties } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarResourceFields, resourceTypeParameter } from './fields';
import { shapeCalendarIds } from './hooks';

/**
 * Calendar Resource: Create (POST /calendars/resources/{resourceType}, CreateCalendarResourceDTO). The
 * spec requires every field of the DTO, so each is a parameter; locationId comes from the credential.
 */
const fields = sentAsBodyProperties(calendarResourceFields({ forUpdate: false }));

export const calendarResourceCreate: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a room or equipment',
		description: 'Create a room or equipment that service calendars book',
		routing: route(ENDPOINTS.createCalendarResource, {
			path: [resourceTypeParameter],
			preSend: [addLocationIdToBody, checkBody(fields), shapeCalendarIds],
		}),
	},
	parameters: [resourceTypeParameter, ...fields],
};

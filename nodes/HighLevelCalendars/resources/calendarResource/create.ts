import { ENDPOINTS } from '../../endpoints';
import { sentAsBodyProperties } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody, requireFilled } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { calendarResourceFields, resourceTypeParameter } from './fields';
import { shapeCalendarIds } from './hooks';
import { recoverCalendarResource } from './recover';

/**
 * Calendar Resource: Create (POST /calendars/resources/{resourceType}, CreateCalendarResourceDTO). The
 * spec requires every field of the DTO, so each is a parameter; locationId comes from the credential.
 * checkBody drops blank text, so a Name or Description left blank (an expression giving '') is
 * refused by requireFilled instead of reaching HighLevel without it.
 */
const fields = sentAsBodyProperties(calendarResourceFields({ forUpdate: false }));
const requiredText = fields.filter((field) => field.type === 'string');

export const calendarResourceCreate: Operation = {
	resource: 'calendarResource',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a room or equipment',
		description: 'Create a room or equipment that service calendars book',
		routing: route(ENDPOINTS.createCalendarResource, {
			recover: recoverCalendarResource,
			path: [resourceTypeParameter],
			preSend: [
				addLocationIdToBody,
				checkBody(fields),
				requireFilled(...requiredText),
				shapeCalendarIds,
			],
		}),
	},
	parameters: [resourceTypeParameter, ...fields],
};

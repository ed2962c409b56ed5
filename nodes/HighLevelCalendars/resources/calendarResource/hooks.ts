import type { IDataObject } from 'n8n-workflow';

import { FieldError, requireId } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';

/** CreateCalendarResourceDTO.calendarIds: `maxItems: 100`. */
const MAX_CALENDARS = 100;

/**
 * The calendars of a resource as the API wants them: IDs, at most 100, and one for an equipment (the
 * spec: "One equipment can only be mapped with one service calendar").
 */
export function checkCalendarIds(
	body: IDataObject,
	resourceType: string,
	field: string,
): IDataObject {
	if (body.calendarIds === undefined) return body;
	const value = body.calendarIds;
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: [value];
	const calendarIds = list
		.map((id) => (typeof id === 'string' ? id.trim() : id))
		.filter((id) => id !== '')
		.map((id) => requireId(field, id));
	if (calendarIds.length > MAX_CALENDARS) {
		throw new FieldError(field, `has ${calendarIds.length} calendars; at most ${MAX_CALENDARS}`);
	}
	if (resourceType === 'equipments' && calendarIds.length > 1) {
		throw new FieldError(
			field,
			`has ${calendarIds.length} calendars; an equipment can be mapped to one service calendar only`,
		);
	}
	return { ...body, calendarIds };
}

export const shapeCalendarIds: PreSend = hook(async function (options) {
	const resourceType = String(this.getNodeParameter('resourceType'));
	options.body = checkCalendarIds(bodyOf(options), resourceType, 'Calendar Names or IDs');
	return options;
});

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	isBlank,
	requireBoolean,
	requireId,
	requireNumber,
	requireOneOf,
	requireString,
} from './input';

/**
 * Checks the values the routing engine put in the body against the fields that sent them, so that an
 * expression resolving to the wrong type (an object where text belongs, "abc" for a number, a value
 * outside the options) is refused before sending, naming the field. Blank text is dropped: an empty
 * field the user added sends nothing rather than erasing a value. Builders (fixed collections) are
 * checked by their own shapers.
 */
export function checkAgainstFields(body: IDataObject, fields: INodeProperties[]): IDataObject {
	const checked: IDataObject = { ...body };
	for (const field of fields) {
		if (!(field.name in checked)) continue;
		const value = checked[field.name];
		const label = field.displayName;
		switch (field.type) {
			case 'string':
			case 'color':
				if (isBlank(value)) delete checked[field.name];
				// Fields named like calendarId / assignedUserId carry IDs and get the ID check.
				else if (/Id$/.test(field.name)) checked[field.name] = requireId(label, value);
				else checked[field.name] = requireString(label, value);
				break;
			case 'resourceLocator':
				// The engine already took the value out of the picker; what is left must be an ID.
				if (isBlank(value)) delete checked[field.name];
				else checked[field.name] = requireId(label, value);
				break;
			case 'number': {
				const { minValue, maxValue, numberPrecision } = field.typeOptions ?? {};
				checked[field.name] = requireNumber(label, value, {
					min: minValue,
					max: maxValue,
					integer: numberPrecision === 0,
				});
				break;
			}
			case 'boolean':
				checked[field.name] = requireBoolean(label, value);
				break;
			case 'options': {
				// Options loaded from HighLevel (a calendar's meeting locations) are checked by HighLevel.
				if (field.typeOptions?.loadOptionsMethod) {
					checked[field.name] = /Id$/.test(field.name) ? requireId(label, value) : requireString(label, value);
					break;
				}
				const allowed = (field.options ?? []).map((option) => (option as { value: string | number }).value);
				checked[field.name] = requireOneOf(label, value, allowed);
				break;
			}
			default:
				break;
		}
	}
	return checked;
}


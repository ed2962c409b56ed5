import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { zoneFor } from '../../shared/input/dates';
import { FieldError, isBlank, requireId } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { extractId } from '../../shared/input/ids';
import { shapeAppointmentTimes } from '../appointment/hooks';

/** Hooks only block slots use; `zonePath` is where the operation keeps its Time Zone option. */

const CALENDAR = 'Calendar';
const USER = 'User';

/**
 * Calendar or User, checked as IDs: never both (HighLevel refuses a block slot with both, a reported
 * behaviour the spec only hints at in the two properties' descriptions) and, when `required`, one.
 */
export function shapeOwner(data: IDataObject, required: boolean, where = ''): IDataObject {
	for (const [property, label] of [
		['calendarId', CALENDAR],
		['assignedUserId', USER],
	] as const) {
		const value = extractId(data[property]);
		if (isBlank(value)) delete data[property];
		else data[property] = requireId(`${where}${label}`, value);
	}
	if (data.calendarId !== undefined && data.assignedUserId !== undefined) {
		throw new FieldError(
			`${where}${CALENDAR} and ${where}${USER}`,
			'are both set; a block slot blocks a calendar or a user, not both (HighLevel refuses both). Clear one of them.',
		);
	}
	if (required && data.calendarId === undefined && data.assignedUserId === undefined) {
		throw new FieldError(
			`${where}${CALENDAR} and ${where}${USER}`,
			'are both empty; set one: the calendar or the user whose time is blocked',
		);
	}
	return data;
}

export function checkOwner({ required, where }: { required: boolean; where?: string }): PreSend {
	return hook(async function (options) {
		shapeOwner(bodyOf(options), required, where);
		return options;
	});
}

/**
 * Start and end as ISO 8601 with the offset in force on that date in the chosen zone, as appointments
 * send them; end after start. With `required`, both must be given.
 */
export function shapeBlockTimes(data: IDataObject, zone: string, required: boolean): IDataObject {
	if (required && isBlank(data.endTime)) {
		throw new FieldError('End Time', 'is empty; a block slot needs an end');
	}
	return shapeAppointmentTimes(data, zone, required);
}

export function normalizeBlockTimes(zonePath: string, { required = false } = {}): PreSend {
	return hook(async function (options) {
		shapeBlockTimes(bodyOf(options), zoneFor(this, zonePath), required);
		return options;
	});
}

/** Top-level Start and End Time into the body (they are shared with Get Many, which sends no body). */
export function addTimesToBody(...parameters: INodeProperties[]): PreSend {
	return hook(async function (options) {
		const data = bodyOf(options);
		for (const parameter of parameters)
			data[parameter.name] = this.getNodeParameter(parameter.name);
		return options;
	});
}

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	FieldError,
	checkAgainstFields,
	describeValue,
	isBlank,
	requireId,
	requireNumber,
	requireOneOf,
	requireString,
} from '../../shared/input/fields';
import { type PreSend, hook } from '../../shared/input/hook';
import { scheduleUnits } from './fields';

/**
 * Notification settings as the API wants them: scalar settings checked against their fields, the
 * comma-separated lists as arrays, the Send Before / Send After builders as SchedulesDTO arrays.
 */

const LIST_SETTINGS = ['additionalEmailIds', 'additionalPhoneNumbers'];
const SCHEDULE_SETTINGS = ['afterTime', 'beforeTime'];

function label(fields: INodeProperties[], name: string): string {
	return fields.find((field) => field.name === name)?.displayName ?? name;
}

/** "a@x.com, b@x.com" (or a list) as ["a@x.com", "b@x.com"]; an email list's entries must look like emails. */
function toList(value: unknown, field: string, emails: boolean): string[] {
	const entries = Array.isArray(value) ? value : requireString(field, value).split(',');
	const list = entries.map((entry) => requireString(field, entry).trim()).filter(Boolean);
	for (const entry of list) {
		if (emails && !/^[^\s@]+@[^\s@]+$/.test(entry)) {
			throw new FieldError(field, `"${entry}" is not an email address`);
		}
	}
	return list;
}

/** The builder's `{ time: [...] }`, or (from an expression) the API's own list of SchedulesDTO. */
function toSchedules(value: unknown, field: string): IDataObject[] {
	if (value !== undefined && (value === null || typeof value !== 'object')) {
		throw new FieldError(field, `is ${describeValue(value)}; expected a list of times`);
	}
	const times = (Array.isArray(value) ? value : ((value as IDataObject)?.time ?? [])) as unknown;
	if (!Array.isArray(times) || times.some((time) => !time || typeof time !== 'object')) {
		throw new FieldError(field, 'expected a list of times, each a Time Offset and a Unit');
	}
	const units = scheduleUnits.map((unit) => unit.value);
	return times.map((time, index) => ({
		timeOffset: requireNumber(`${field} ${index + 1} → Time Offset`, time.timeOffset, { min: 0 }),
		unit: requireOneOf(`${field} ${index + 1} → Unit`, time.unit, units),
	}));
}

/** One notification's settings, checked and shaped; blank text and empty lists are left out. */
export function shapeNotification(values: IDataObject, fields: INodeProperties[]): IDataObject {
	// The lists are text in the editor, but an expression may give a list: checked by toList alone.
	const scalars = fields.filter((field) => !LIST_SETTINGS.includes(field.name));
	const shaped = checkAgainstFields(values, scalars);
	for (const name of LIST_SETTINGS) {
		if (!(name in shaped)) continue;
		const list = isBlank(shaped[name])
			? []
			: toList(shaped[name], label(fields, name), name === 'additionalEmailIds');
		if (list.length) shaped[name] = list;
		else delete shaped[name];
	}
	if ('selectedUsers' in shaped) {
		const field = label(fields, 'selectedUsers');
		const users = (
			Array.isArray(shaped.selectedUsers)
				? shaped.selectedUsers
				: requireString(field, shaped.selectedUsers).split(',')
		)
			.map((user) => (typeof user === 'string' ? user.trim() : user))
			.filter((user) => !isBlank(user))
			.map((user) => requireId(field, user));
		if (users.length) shaped.selectedUsers = users;
		else delete shaped.selectedUsers;
	}
	for (const name of SCHEDULE_SETTINGS) {
		if (!(name in shaped)) continue;
		const schedules = toSchedules(shaped[name], label(fields, name));
		if (schedules.length) shaped[name] = schedules;
		else delete shaped[name];
	}
	return shaped;
}

/**
 * The Notifications builder as the JSON array the Create endpoint takes, one object per entry; each
 * error names the entry (Notifications 2 → Channel).
 */
export function notificationsBody(
	builder: IDataObject | undefined,
	fields: INodeProperties[],
	displayName: string,
): IDataObject[] {
	const entries = (builder?.notification ?? []) as IDataObject[];
	if (!Array.isArray(entries) || entries.length === 0) {
		throw new FieldError(displayName, 'is empty; add at least one notification');
	}
	return entries.map((entry, index) => {
		let failure: unknown;
		try {
			return shapeNotification(entry, fields);
		} catch (error) {
			failure = error;
		}
		if (!(failure instanceof FieldError)) throw failure;
		throw new FieldError(`${displayName} ${index + 1} → ${failure.field}`, failure.problem);
	});
}

/** Create's body: the array of notification settings. */
export function sendNotifications(builder: INodeProperties, fields: INodeProperties[]): PreSend {
	return hook(async function (options) {
		const value = this.getNodeParameter(builder.name, {}) as IDataObject;
		options.body = notificationsBody(value, fields, builder.displayName);
		return options;
	});
}

/** Update's body: the Update Fields, shaped like one notification. */
export function sendNotificationUpdate(collection: INodeProperties): PreSend {
	const fields = (collection.options ?? []) as INodeProperties[];
	return hook(async function (options) {
		const value = this.getNodeParameter(collection.name, {}) as IDataObject;
		options.body = shapeNotification(value, fields);
		return options;
	});
}

import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { DateTime } from 'luxon';

import { ENDPOINTS } from '../../endpoints';
import { readTime, toApiDateTime, toDateTime, zoneFor } from '../../shared/input/dates';
import { FieldError, isBlank, requireString } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { readId } from '../../shared/input/ids';
import { apiRequest } from '../../shared/transport/transport';
import { buildRrule, normalizeRrule } from './rrule';

/**
 * Hooks only appointments use. Each is a thin wrapper around a pure function of the body (exported for
 * unit tests); `zonePath` is where the operation keeps its Time Zone option.
 */

/**
 * Start and end as ISO 8601 with the offset in force on that date in `zone`; end must come after start.
 * An optional time left empty is dropped rather than sent; a required start is refused.
 */
export function shapeAppointmentTimes(
	data: IDataObject,
	zone: string,
	startRequired: boolean,
): IDataObject {
	const times: Record<string, DateTime> = {};
	for (const [property, label] of [
		['startTime', 'Start Time'],
		['endTime', 'End Time'],
	] as const) {
		if (isBlank(data[property]) && !(property === 'startTime' && startRequired)) {
			delete data[property];
			continue;
		}
		times[property] = readTime(label, data[property], zone);
		data[property] = toApiDateTime(times[property]);
	}
	if (times.startTime && times.endTime && times.endTime <= times.startTime) {
		throw new FieldError(
			'End Time',
			`(${String(data.endTime)}) is not after Start Time (${String(data.startTime)}); the end must come after the start`,
		);
	}
	return data;
}

export function normalizeAppointmentTimes(
	zonePath: string,
	{ startRequired = false } = {},
): PreSend {
	return hook(async function (options) {
		shapeAppointmentTimes(bodyOf(options), zoneFor(this, zonePath), startRequired);
		return options;
	});
}

/**
 * Builds or checks the recurrence. HighLevel applies `rrule` only when `ignoreFreeSlotValidation` is
 * true and otherwise drops it silently, so a rule switches the flag on; an explicit "false" next to a
 * rule is refused rather than letting the recurrence vanish.
 */
export function shapeRecurrence(data: IDataObject, zone: () => string): IDataObject {
	const builder = (data.recurrence as IDataObject | undefined)?.rule as IDataObject | undefined;
	delete data.recurrence;
	if (builder && !isBlank(data.rrule)) {
		throw new FieldError('Recurrence', 'and Recurrence Rule (RRULE) are both set; use one of them');
	}
	if (builder) {
		const until = isBlank(builder.until)
			? undefined
			: readTime('Recurrence → Until', builder.until, zone());
		data.rrule = buildRrule({ ...builder, until });
	} else if (isBlank(data.rrule)) {
		delete data.rrule;
		return data;
	} else {
		data.rrule = normalizeRrule(requireString('Recurrence Rule (RRULE)', data.rrule));
	}
	if (data.ignoreFreeSlotValidation === false) {
		throw new FieldError(
			'Ignore Free Slot Validation',
			'is off, but HighLevel applies a recurrence only when it is on. Turn it on or remove the recurrence.',
		);
	}
	data.ignoreFreeSlotValidation = true;
	return data;
}

export function applyRecurrence(zonePath: string): PreSend {
	return hook(async function (options) {
		shapeRecurrence(bodyOf(options), () => zoneFor(this, zonePath));
		return options;
	});
}

/**
 * The end that keeps an appointment's length (in real time, so across a daylight-saving change the
 * wall-clock end moves), or undefined when the current times are unreadable.
 */
export function endKeepingLength(
	newStart: DateTime,
	current: IDataObject | undefined,
): string | undefined {
	const oldStart = Date.parse(String(current?.startTime));
	const oldEnd = Date.parse(String(current?.endTime));
	if (Number.isNaN(oldStart) || Number.isNaN(oldEnd)) return undefined;
	return toApiDateTime(newStart.plus({ milliseconds: oldEnd - oldStart }));
}

/** Reschedule without a new end: the current appointment is read and its length kept. */
export function keepDuration(zonePath: string, eventId: INodeProperties): PreSend {
	return hook(async function (options) {
		const data = bodyOf(options);
		if (!isBlank(data.endTime)) return options;
		const { event } = await apiRequest<{ event?: IDataObject }>(this, ENDPOINTS.getAppointment, {
			path: { eventId: readId(this, eventId) },
		});
		const endTime = endKeepingLength(toDateTime(data.startTime, zoneFor(this, zonePath)), event);
		if (endTime) data.endTime = endTime;
		return options;
	});
}

/** Cancel: the status becomes `cancelled` and nothing else is sent. */
export const markCancelled: PreSend = hook(async function (options) {
	bodyOf(options).appointmentStatus = 'cancelled';
	return options;
});

/** The times of a contact's appointment (GetEventSchema, contacts.json). */
export const CONTACT_EVENT_TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'] as const;

/**
 * The appointment with each time also as ISO 8601 with an offset (`startTimeIso` …). GetEventSchema
 * types the times as plain strings and its examples write `2021-07-16 11:00:00`, no offset and no
 * zone named: such a time is read as wall-clock time in `zone` (the offset in force on that date),
 * one with an offset keeps its instant. HighLevel's values stay as sent; one that is no date gets no
 * ISO form.
 */
export function withOffsetTimes(event: IDataObject, zone: string): IDataObject {
	const out = { ...event };
	for (const key of CONTACT_EVENT_TIMES) {
		const value = event[key];
		if (typeof value !== 'string') continue;
		const time = DateTime.fromISO(value.trim().replace(' ', 'T'), { zone });
		if (time.isValid) out[`${key}Iso`] = toApiDateTime(time);
	}
	return out;
}

/** Refuses a Time Zone option that is no zone before the request (the answer is read in it). */
export function checkTimeZone(zonePath: string): PreSend {
	return hook(async function (options) {
		zoneFor(this, zonePath);
		return options;
	});
}

/** postReceive: each appointment of a contact with its times also with an offset (withOffsetTimes). */
export function addOffsetTimes(zonePath: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		const zone = zoneFor(this, zonePath);
		return items.map((item) => ({ ...item, json: withOffsetTimes(item.json, zone) }));
	};
}

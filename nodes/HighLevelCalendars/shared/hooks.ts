import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import type { DateTime } from 'luxon';

import { getAccount } from './account';
import { API_VERSION, apiRequest } from './api';
import { extractId, shapeCalendarBody } from './calendarBody';
import { DateInputError, assertTimeZone, toApiDateTime, toDateTime } from './dates';
import { describeBody, toApiError, toInputError } from './errors';
import { checkAgainstFields } from './fieldCheck';
import { FieldError, isBlank, parseField, requireId, requireString } from './input';
import { readAnswer, readPolicySettings } from './policy';
import { buildRrule, normalizeRrule } from './recurrence';

/**
 * preSend and postReceive hooks: small verbs, one job each. Input problems become errors naming the
 * field, thrown here so that they happen before the request and count against the item (Continue On
 * Fail keeps the other items going).
 */

export type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

// With Continue On Fail, an item's input error is kept here instead of thrown, so that sendRequest can
// answer it with an error item paired to its input (the routing engine's own error items carry no
// pairedItem).
const inputErrors = new WeakMap<object, unknown>();

export function inputErrorOf(options: object): unknown {
	return inputErrors.get(options);
}

function guarded(hook: PreSend): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (inputErrors.has(options)) return options;
		try {
			return await hook.call(this, options);
		} catch (error) {
			const shaped = toInputError(this.getNode(), error, this.getItemIndex());
			if (!this.continueOnFail()) throw shaped;
			inputErrors.set(options, shaped);
			return options;
		}
	};
}

function body(options: IHttpRequestOptions): IDataObject {
	if (!options.body || typeof options.body !== 'object') options.body = {};
	return options.body as IDataObject;
}

/** Points the request at the credential's API host (tooling may set a local sandbox there). */
export const useAccount: PreSend = guarded(async function (options) {
	options.baseURL = (await getAccount(this)).baseUrl;
	return options;
});

/** The per-request timeout of Limits and Retries (the engine's own default is five minutes). */
export const applyTimeout: PreSend = guarded(async function (options) {
	options.timeout = readPolicySettings(this).timeoutMs;
	return options;
});

export const addLocationIdToBody: PreSend = guarded(async function (options) {
	body(options).locationId = (await getAccount(this)).locationId;
	return options;
});

export const addLocationIdToQuery: PreSend = guarded(async function (options) {
	options.qs = { ...(options.qs ?? {}), locationId: (await getAccount(this)).locationId };
	return options;
});

// How the ID parameters are labelled in the editor, for error messages.
const ID_LABELS: Record<string, string> = {
	calendarId: 'Calendar',
	contactId: 'Contact',
	eventId: 'Appointment ID',
};

function idParameter(context: IExecuteSingleFunctions, name: string): string {
	const value = context.getNodeParameter(name, undefined, { extractValue: true });
	return requireId(ID_LABELS[name] ?? name, value);
}

/** Replaces `{name}` placeholders of the operation's URL by the path-encoded parameter values. */
export const fillPathParameters: PreSend = guarded(async function (options) {
	options.url = String(options.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) =>
		encodeURIComponent(idParameter(this, name)),
	);
	return options;
});

/** Top-level ID parameters (Calendar, Contact) go into the body under their API names. */
export function addIdsToBody(...names: string[]): PreSend {
	return guarded(async function (options) {
		const data = body(options);
		for (const name of names) data[name] = idParameter(this, name);
		return options;
	});
}

/** The time zone named by `parameter` (a picker), or the workflow's when it is left empty. */
export function zoneFor(context: IExecuteSingleFunctions, parameter: string): string {
	const chosen = extractId(context.getNodeParameter(parameter, '', { extractValue: true }));
	if (isBlank(chosen)) return context.getTimezone();
	if (typeof chosen !== 'string') {
		throw new FieldError('Time Zone', 'is not text; expected an IANA name such as America/New_York');
	}
	return parseField('Time Zone', () => assertTimeZone(chosen.trim()), () => true);
}

export function readTime(field: string, value: unknown, zone: string): DateTime {
	return parseField(field, () => toDateTime(value, zone), (error) => error instanceof DateInputError);
}

/**
 * Start and end as ISO 8601 with the offset in force on that date in the chosen zone; end must come
 * after start. An optional time left empty is dropped rather than sent; a required start is refused.
 */
export function normalizeAppointmentTimes(
	zoneParameter: string,
	{ startRequired = false }: { startRequired?: boolean } = {},
): PreSend {
	return guarded(async function (options) {
		const data = body(options);
		const zone = zoneFor(this, zoneParameter);
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
		return options;
	});
}

/**
 * Builds or checks the recurrence. HighLevel applies `rrule` only when `ignoreFreeSlotValidation` is
 * true and otherwise drops it silently, so a rule switches the flag on; an explicit "false" next to a
 * rule is refused rather than letting the recurrence vanish.
 */
export function applyRecurrence(zoneParameter: string): PreSend {
	return guarded(async function (options) {
		const data = body(options);
		const builder = (data.recurrence as IDataObject | undefined)?.rule as IDataObject | undefined;
		delete data.recurrence;
		if (builder && !isBlank(data.rrule)) {
			throw new FieldError('Recurrence', 'and Recurrence Rule (RRULE) are both set; use one of them');
		}
		if (builder) {
			const until = isBlank(builder.until)
				? undefined
				: readTime('Recurrence → Until', builder.until, zoneFor(this, zoneParameter));
			data.rrule = buildRrule({ ...builder, until });
		} else if (isBlank(data.rrule)) {
			delete data.rrule;
			return options;
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
		return options;
	});
}

/**
 * Reschedule: without a new end, the appointment keeps its length (in real time, so across a
 * daylight-saving change the wall-clock end moves), so the current one is read first.
 */
export function keepDuration(zoneParameter: string): PreSend {
	return guarded(async function (options) {
		const data = body(options);
		if (!isBlank(data.endTime)) return options;
		const eventId = idParameter(this, 'eventId');
		const { event } = await apiRequest<{ event?: IDataObject }>(this, {
			method: 'GET',
			path: `/calendars/events/appointments/${encodeURIComponent(eventId)}`,
			version: API_VERSION.calendars,
	});
	const oldStart = Date.parse(String(event?.startTime));
	const oldEnd = Date.parse(String(event?.endTime));
	if (Number.isNaN(oldStart) || Number.isNaN(oldEnd)) return options;
	const newStart = toDateTime(data.startTime, zoneFor(this, zoneParameter));
	data.endTime = toApiDateTime(newStart.plus({ milliseconds: oldEnd - oldStart }));
	return options;
	});
}

/** Cancel: the status becomes `cancelled` and nothing else is sent. */
export const markCancelled: PreSend = guarded(async function (options) {
	body(options).appointmentStatus = 'cancelled';
	return options;
});

/** A window (From/To or Start/End Date) as epoch milliseconds in the query, in the chosen zone. */
export function windowInQuery(config: {
	from: [parameter: string, label: string];
	to: [parameter: string, label: string];
	zoneParameter: string;
	startKey: string;
	endKey: string;
	timezoneKey?: string;
}): PreSend {
	return guarded(async function (options) {
		const zone = zoneFor(this, config.zoneParameter);
		const read = ([parameter, label]: [string, string]) =>
			readTime(label, this.getNodeParameter(parameter), zone);
		const from = read(config.from);
		let to = read(config.to);
		// A bare date as the end means "through that day".
		if (/^\d{4}-\d{2}-\d{2}$/.test(String(this.getNodeParameter(config.to[0])).trim())) {
			to = to.endOf('day');
		}
		if (to <= from) {
			throw new FieldError(
				config.to[1],
				`(${toApiDateTime(to)}) is not after ${config.from[1]} (${toApiDateTime(from)}); the window must end after it starts`,
			);
		}
		options.qs = {
			...(options.qs ?? {}),
			[config.startKey]: from.toMillis(),
			[config.endKey]: to.toMillis(),
			...(config.timezoneKey ? { [config.timezoneKey]: zone } : {}),
		};
		return options;
	});
}

/** Appointment Get Many filters: exactly the calendar, user or group the API needs one of. */
export const addEventFilters: PreSend = guarded(async function (options) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [name, label] of [
		['calendarId', 'Filters → Calendar'],
		['userId', 'Filters → User'],
		['groupId', 'Filters → Group ID'],
	] as const) {
		const value = extractId(filters[name]);
		if (!isBlank(value)) qs[name] = requireId(label, value);
	}
	if (Object.keys(qs).length === 0) {
		throw new FieldError('Filters', 'name no calendar, user or group; HighLevel needs one of them to list appointments');
	}
	options.qs = { ...(options.qs ?? {}), ...qs };
	return options;
});

/** Checks each body value against the field that sent it (type, options, range) and drops blanks. */
export function checkBody(fields: INodeProperties[]): PreSend {
	return guarded(async function (options) {
		options.body = checkAgainstFields(body(options), fields);
		return options;
	});
}

export const shapeCalendarSettings: PreSend = guarded(async function (options) {
	options.body = shapeCalendarBody(body(options));
	return options;
});

/** A partial update must change something; an empty one is a mistake worth saying so. */
export function requireSomethingToUpdate(collectionLabel: string): PreSend {
	return guarded(async function (options) {
		if (Object.keys(body(options)).length === 0) {
			throw new FieldError(collectionLabel, 'is empty; add at least one field to change');
		}
		return options;
	});
}

/**
 * First postReceive of every operation: tells the rate gate what the answer said about the limit, and
 * refuses a success answer whose body is not HighLevel's JSON (an HTML page, nothing, broken JSON).
 */
export async function checkAnswer(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	await readAnswer(this, response);
	const answer = response.body as unknown;
	if (answer !== null && typeof answer === 'object' && !Buffer.isBuffer(answer)) return items;
	const operation = this.getNodeParameter('operation', '') as string;
	const error = toApiError(
		this.getNode(),
		{ status: response.statusCode, body: typeof answer === 'string' ? answer : undefined, headers: {} },
		{ method: operation === 'create' ? 'POST' : 'GET', path: '' },
	);
	error.message = `HighLevel answered with HTTP ${response.statusCode}${describeBody(
		Buffer.isBuffer(answer) ? answer.toString() : answer,
	)}`;
	error.description =
		operation === 'create'
			? 'The answer could not be read, so it is unknown whether HighLevel created the object: check in HighLevel before running this item again.'
			: 'The answer could not be read. Try again in a moment; if it persists, HighLevel may be having trouble.';
	throw error;
}

/** `{ calendar: {...} }` or `{ event: {...} }` answers: the user gets the object itself. */
export function unwrap(property: 'calendar' | 'event' | 'calendars') {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return items.flatMap((item) => {
			const inner = item.json[property];
			if (inner === undefined) return [item];
			return (Array.isArray(inner) ? inner : [inner]).map((json) => ({ json: json as IDataObject }));
		});
	};
}

/** Return All / Limit for lists the API returns whole. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	return items.slice(0, this.getNodeParameter('limit', 50) as number);
}

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { getAccount } from './account';
import { shapeCalendarBody } from './calendarBody';
import { DateInputError, assertTimeZone, toApiDateTime, toDateTime } from './dates';
import { toInputError } from './errors';
import { FieldError, isBlank, requireId } from './input';
import { checkAgainstFields } from './fieldCheck';

/**
 * preSend and postReceive hooks: small verbs, one job each. Input problems become errors naming the
 * field, thrown here so that they happen before the request and count against the item (Continue On
 * Fail keeps the other items going).
 */

type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

function guarded(hook: PreSend): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		try {
			return await hook.call(this, options);
		} catch (error) {
			throw toInputError(this.getNode(), error, this.getItemIndex());
		}
	};
}

function body(options: IHttpRequestOptions): IDataObject {
	if (!options.body || typeof options.body !== 'object') options.body = {};
	return options.body as IDataObject;
}

/** Points the request at the credential's API host (tooling may set a local sandbox there). */
export async function useAccount(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const account = await getAccount(this);
	options.baseURL = account.baseUrl;
	return options;
}

export async function addLocationIdToBody(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	body(options).locationId = (await getAccount(this)).locationId;
	return options;
}

export async function addLocationIdToQuery(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	options.qs = { ...(options.qs ?? {}), locationId: (await getAccount(this)).locationId };
	return options;
}

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
	const url = String(options.url ?? '');
	options.url = url.replace(/\{(\w+)\}/g, (_, name: string) =>
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

function zoneFor(context: IExecuteSingleFunctions, collection: string): string {
	const chosen = context.getNodeParameter(`${collection}.timeZone`, '') as unknown;
	if (isBlank(chosen)) return context.getTimezone();
	if (typeof chosen !== 'string') {
		throw new FieldError('Time Zone', 'is not text; expected an IANA name such as America/New_York');
	}
	try {
		return assertTimeZone(chosen.trim());
	} catch (error) {
		throw new FieldError('Time Zone', (error as Error).message);
	}
}

function readTime(field: string, value: unknown, zone: string) {
	try {
		return toDateTime(value, zone);
	} catch (error) {
		if (error instanceof DateInputError) throw new FieldError(field, error.message);
		throw error;
	}
}

/**
 * Start and end as ISO 8601 with the offset in force on that date in the chosen zone; end must come
 * after start. Values the user left empty are dropped rather than sent.
 */
export function normalizeAppointmentTimes(collection: string): PreSend {
	return guarded(async function (options) {
		const data = body(options);
		const zone = zoneFor(this, collection);
		const times: Record<string, ReturnType<typeof toDateTime>> = {};
		for (const [property, label] of [
			['startTime', 'Start Time'],
			['endTime', 'End Time'],
		] as const) {
			if (isBlank(data[property])) {
				delete data[property];
				continue;
			}
			times[property] = readTime(label, data[property], zone);
			data[property] = toApiDateTime(times[property]);
		}
		if (times.startTime && times.endTime && times.endTime <= times.startTime) {
			throw new FieldError(
				'End Time',
				`(${data.endTime}) is not after Start Time (${data.startTime}); the end must come after the start`,
			);
		}
		return options;
	});
}

/**
 * HighLevel applies `rrule` only when `ignoreFreeSlotValidation` is true and otherwise drops it
 * silently, so a rule switches the flag on; an explicit "false" next to a rule is refused.
 */
export const applyRecurrenceRule: PreSend = guarded(async function (options) {
	const data = body(options);
	if (isBlank(data.rrule)) {
		delete data.rrule;
		return options;
	}
	if (typeof data.rrule !== 'string') {
		throw new FieldError('Recurrence Rule', 'is not text; expected an RFC 5545 rule such as RRULE:FREQ=WEEKLY;COUNT=4');
	}
	if (data.ignoreFreeSlotValidation === false) {
		throw new FieldError(
			'Ignore Free Slot Validation',
			'is off, but HighLevel applies a Recurrence Rule only when it is on. Turn it on or remove the rule.',
		);
	}
	data.rrule = data.rrule.trim();
	data.ignoreFreeSlotValidation = true;
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

/** Create Calendar answers `{ calendar: {...} }`: the user gets the calendar itself. */
export async function unwrapCalendar(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => ({ ...item, json: (item.json.calendar ?? item.json) as IDataObject }));
}


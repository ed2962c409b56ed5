import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { API_VERSION, apiRequest } from './api';
import { toDateTime } from './dates';
import { inputErrorOf, zoneFor } from './hooks';
import { passOn } from './errors';
import { sendWithPolicy } from './policy';
import { mergeSlotMaps, splitWindow } from './windows';

type RequestData = DeclarativeRestApiSettings.ResultOptions;
type Runner = (this: IExecutePaginationFunctions, requestData: RequestData) => Promise<INodeExecutionData[]>;

function requestPath(options: DeclarativeRestApiSettings.HttpRequestOptions): string {
	return String(options.url ?? '').split('?')[0];
}

function withQuery(requestData: RequestData, qs: IDataObject): RequestData {
	return { ...requestData, options: { ...requestData.options, qs: { ...requestData.options.qs, ...qs } } };
}

const SLOT_TAKEN = /slot.*(no longer available|not available|unavailable|already booked)/i;

/**
 * When HighLevel refuses a booking because the slot is taken, look up the calendar's free slots around
 * the requested start, so that a workflow or an agent can offer the nearest alternatives.
 */
async function nearestFreeSlots(context: IExecutePaginationFunctions, body: IDataObject): Promise<string[]> {
	if (typeof body.calendarId !== 'string') return [];
	// The booking's own time zone (an IANA name, as the free-slots endpoint expects).
	const zone = zoneFor(context, 'additionalFields.timeZone');
	const start = toDateTime(body.startTime, zone);
	const from = Math.max(start.minus({ days: 3 }).toMillis(), Date.now());
	const to = start.plus({ days: 7 }).toMillis();
	if (from >= to) return [];
	const answer = await apiRequest<Record<string, unknown>>(context, {
		method: 'GET',
		path: `/calendars/${encodeURIComponent(body.calendarId)}/free-slots`,
		version: API_VERSION.calendars,
		qs: { startDate: from, endDate: to, timezone: zone },
	});
	const slots = Object.values(mergeSlotMaps([answer])).flatMap((day) => day.slots);
	const target = start.toMillis();
	return slots
		.sort((a, b) => Math.abs(Date.parse(a) - target) - Math.abs(Date.parse(b) - target))
		.slice(0, 5)
		.sort((a, b) => Date.parse(a) - Date.parse(b));
}

/** Adds the nearest free slots to HighLevel's "slot not available" refusal of a booking. */
async function withSlotAlternatives(
	context: IExecutePaginationFunctions,
	error: unknown,
	options: DeclarativeRestApiSettings.HttpRequestOptions,
): Promise<unknown> {
	const isBooking = options.method === 'POST' && requestPath(options) === '/calendars/events/appointments';
	if (!isBooking || !(error instanceof NodeApiError) || !SLOT_TAKEN.test(error.message)) return error;
	try {
		const alternatives = await nearestFreeSlots(context, (options.body ?? {}) as IDataObject);
		error.context.nearestFreeSlots = alternatives;
		error.message = alternatives.length
			? `${error.message} Nearest free slots: ${alternatives.join(', ')}`
			: `${error.message} No free slot was found in the week around the requested time.`;
		error.description = 'Book one of the nearest free slots, or use Calendar → Get Free Slots to look further.';
	} catch {
		// The refusal itself is what matters; a failed look-up must not hide it.
	}
	return error;
}

/** One request through the rate gate and retry policy; failures become NodeApiError. */
async function sendOnce(this: IExecutePaginationFunctions, requestData: RequestData) {
	const { method = 'GET' } = requestData.options;
	try {
		return await sendWithPolicy(this, { method, path: requestPath(requestData.options) }, async (letN8nRefresh) =>
			await this.makeRoutingRequest(
				letN8nRefresh
					? { ...requestData, options: { ...requestData.options, ignoreHttpStatusErrors: false } }
					: requestData,
			),
		);
	} catch (error) {
		throw await withSlotAlternatives(this, error, requestData.options);
	}
}

function firstJson(items: INodeExecutionData[]): IDataObject {
	return (items[0]?.json ?? {}) as IDataObject;
}

/** Free slots over any range: 31-day requests, merged by date, then one item per slot or the raw map. */
const getFreeSlots: Runner = async function (requestData) {
	const qs = requestData.options.qs as IDataObject;
	const spans = splitWindow(Number(qs.startDate), Number(qs.endDate));
	const answers: Array<Record<string, unknown>> = [];
	for (const [startDate, endDate] of spans) {
		answers.push(firstJson(await sendOnce.call(this, withQuery(requestData, { startDate, endDate }))));
	}
	const merged = mergeSlotMaps(answers);
	if (this.getNodeParameter('output', 'slots') === 'raw') return [{ json: merged }];
	const zone = String(qs.timezone);
	const minutes = await slotMinutes(this);
	return Object.entries(merged).flatMap(([date, { slots }]) =>
		slots.map((slot) => {
			const start = DateTime.fromISO(slot, { setZone: true });
			return {
				json: {
					start: slot,
					end: start.plus({ minutes }).toISO({ suppressMilliseconds: true }),
					date,
					timeZone: zone,
				},
			};
		}),
	);
};

async function slotMinutes(context: IExecutePaginationFunctions): Promise<number> {
	const calendarId = context.getNodeParameter('calendarId', undefined, { extractValue: true }) as string;
	const { calendar } = await apiRequest<{ calendar?: IDataObject }>(context, {
		method: 'GET',
		path: `/calendars/${encodeURIComponent(calendarId)}`,
		version: API_VERSION.calendars,
	});
	const duration = Number(calendar?.slotDuration ?? 30) || 30;
	return calendar?.slotDurationUnit === 'hours' ? duration * 60 : duration;
}

/** Appointments over any window: 31-day requests, each appointment once, in start order. */
const getManyAppointments: Runner = async function (requestData) {
	const qs = requestData.options.qs as IDataObject;
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const seen = new Map<string, IDataObject>();
	for (const [startTime, endTime] of splitWindow(Number(qs.startTime), Number(qs.endTime))) {
		const { events = [] } = firstJson(
			await sendOnce.call(this, withQuery(requestData, { startTime, endTime })),
		) as { events?: IDataObject[] };
		for (const event of events) seen.set(String(event.id), event);
		if (seen.size >= limit) break;
	}
	return [...seen.values()]
		.sort((a, b) => Date.parse(String(a.startTime)) - Date.parse(String(b.startTime)))
		.slice(0, limit)
		.map((json) => ({ json }));
};

const runners: Record<string, Runner> = {
	'calendar:getFreeSlots': getFreeSlots,
	'appointment:getAll': getManyAppointments,
};

/**
 * Every request of the node passes through here: n8n's routing engine hands a declarative node's
 * request to `requestOperations.pagination` when the operation sets `send.paginate` (see route() in
 * routing.ts), which makes this the one place that sees both the request and its outcome. Operations
 * that need several requests (long windows) have a runner; the others are sent once.
 */
export async function sendRequest(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	try {
		const inputError = inputErrorOf(requestData.options);
		if (inputError) throw inputError;
		const key = `${this.getNodeParameter('resource', '') as string}:${this.getNodeParameter('operation', '') as string}`;
		const items = await (runners[key] ?? sendOnce).call(this, requestData);
		return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
	} catch (error) {
		// Answered here rather than by the engine, whose Continue On Fail items lose their pairing.
		if (!this.continueOnFail()) passOn(error);
		return [errorItem(error as Error, itemIndex)];
	}
}

function errorItem(error: Error & { description?: string | null; httpCode?: string | null }, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error.httpCode) json.httpCode = error.httpCode;
	return { json, error: error as INodeExecutionData['error'], pairedItem: { item: itemIndex } };
}

import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	IPollFunctions,
} from 'n8n-workflow';

import { ENDPOINTS } from '../../HighLevelCalendars/endpoints';
import { getAccount } from '../../HighLevelCalendars/shared/transport/account';
import { apiRequest } from '../../HighLevelCalendars/shared/transport/transport';

/** The calendars of the credential's sub-account (GET /calendars/), drafts included. */
export async function listCalendars(
	context: ILoadOptionsFunctions | IPollFunctions,
): Promise<IDataObject[]> {
	const { locationId } = await getAccount(context);
	const { calendars = [] } = await apiRequest<{ calendars?: IDataObject[] }>(
		context,
		ENDPOINTS.getCalendars,
		{
			qs: { locationId, showDrafted: true },
		},
	);
	return calendars;
}

/** Options of the Calendars filter, by name. */
export async function getCalendars(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await listCalendars(this))
		.map((calendar) => ({ name: String(calendar.name ?? calendar.id), value: String(calendar.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The appointments of each calendar that overlap [fromMs, toMs] (GET /calendars/events, one request per
 * calendar; startTime and endTime are epoch milliseconds as strings, as the spec declares them).
 */
export async function readEvents(
	context: IPollFunctions,
	calendarIds: string[],
	fromMs: number,
	toMs: number,
): Promise<IDataObject[]> {
	const { locationId } = await getAccount(context);
	const ids =
		calendarIds.length > 0
			? calendarIds
			: (await listCalendars(context)).map((calendar) => String(calendar.id));
	const events: IDataObject[] = [];
	for (const calendarId of ids) {
		const answer = await apiRequest<{ events?: IDataObject[] }>(context, ENDPOINTS.getEvents, {
			qs: { locationId, calendarId, startTime: String(fromMs), endTime: String(toMs) },
		});
		events.push(...(answer.events ?? []));
	}
	return events;
}

import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

/** "round_robin" → "Round Robin": the names Calendar Type offers. */
const typeName = (type: unknown) =>
	String(type)
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');

/**
 * A calendar as the pickers list it: "Intro Call (Round Robin)", "Old Demo (Event) (draft)". Type
 * and draft state are in the name, since n8n 2.41 shows no per-item description.
 */
export function calendarLabel(calendar: IDataObject): string {
	const type = calendar.calendarType ? ` (${typeName(calendar.calendarType)})` : '';
	const draft = calendar.isActive === false ? ' (draft)' : '';
	return `${String(calendar.name ?? calendar.id)}${type}${draft}`;
}

/** The sub-account's calendars, drafts included, as picker entries sorted by name (also the Calendars dropdowns). */
export async function listCalendars(
	context: ILoadOptionsFunctions,
): Promise<INodeListSearchItems[]> {
	const { locationId } = await getAccount(context);
	const { calendars = [] } = await apiRequest<{ calendars?: IDataObject[] }>(
		context,
		ENDPOINTS.getCalendars,
		{
			qs: { locationId, showDrafted: true },
		},
	);
	return calendars
		.map((calendar) => ({
			name: calendarLabel(calendar),
			value: String(calendar.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function searchCalendars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return pageOfList(await listCalendars(this), filter, paginationToken);
}

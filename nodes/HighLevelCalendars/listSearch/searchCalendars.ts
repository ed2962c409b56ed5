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
			name: String(calendar.name ?? calendar.id),
			value: String(calendar.id),
			description: [calendar.calendarType, calendar.isActive === false ? 'draft' : undefined]
				.filter(Boolean)
				.join(' · '),
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

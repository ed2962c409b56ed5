import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

export async function searchCalendars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const { calendars = [] } = await apiRequest<{ calendars?: IDataObject[] }>(
		this,
		ENDPOINTS.getCalendars,
		{
			qs: { locationId, showDrafted: true },
		},
	);
	const items = calendars
		.map((calendar) => ({
			name: String(calendar.name ?? calendar.id),
			value: String(calendar.id),
			description: [calendar.calendarType, calendar.isActive === false ? 'draft' : undefined]
				.filter(Boolean)
				.join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

export async function searchCalendarGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const { groups = [] } = await apiRequest<{ groups?: IDataObject[] }>(
		this,
		ENDPOINTS.getCalendarGroups,
		{ qs: { locationId } },
	);
	const items = groups
		.map((group) => ({
			name: String(group.name ?? group.id),
			value: String(group.id),
			description: [group.slug, group.isActive === false ? 'disabled' : undefined]
				.filter(Boolean)
				.join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

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
import { listUsers } from './searchUsers';

// The search endpoint's largest page (`limit`: maximum 500).
const SEARCH_LIMIT = 500;

/**
 * The sub-account's availability schedules (GET /calendars/schedules/search). The spec requires a
 * user for that search, so the schedules of each user of the sub-account are looked up in turn, then
 * filtered and paged by the search text like the other pickers.
 */
export async function searchSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const items: INodeListSearchItems[] = [];
	for (const user of await listUsers(this)) {
		for (let skip = 0; ; skip += SEARCH_LIMIT) {
			const { schedules = [] } = await apiRequest<{ schedules?: IDataObject[] }>(
				this,
				ENDPOINTS.searchSchedules,
				{ qs: { locationId, userId: user.value, skip, limit: SEARCH_LIMIT } },
			);
			for (const schedule of schedules) {
				items.push({
					name: String(schedule.name || schedule.id),
					value: String(schedule.id),
					description: [user.name, schedule.timezone].filter(Boolean).join(' · '),
				});
			}
			if (schedules.length < SEARCH_LIMIT) break;
		}
	}
	items.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

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
 * filtered and paged by the search text like the other pickers. Each is named with its user: the
 * editor shows only names, and several users often have a schedule of the same name.
 */
export async function searchSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const items = new Map<string, INodeListSearchItems>();
	for (const user of await listUsers(this)) {
		for (let skip = 0; ;) {
			const { schedules = [] } = await apiRequest<{ schedules?: IDataObject[] }>(
				this,
				ENDPOINTS.searchSchedules,
				{ qs: { locationId, userId: user.value, skip, limit: SEARCH_LIMIT } },
			);
			const before = items.size;
			for (const schedule of schedules) {
				const name = String(schedule.name || schedule.id);
				items.set(String(schedule.id), {
					name: `${name} (${user.name})`,
					value: String(schedule.id),
					description: [user.name, schedule.timezone].filter(Boolean).join(' · '),
				});
			}
			// A short page is the last; a page with nothing new too, should the API ignore skip.
			if (schedules.length < SEARCH_LIMIT || items.size === before) break;
			skip += schedules.length;
		}
	}
	const sorted = [...items.values()].sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(sorted, filter, paginationToken);
}

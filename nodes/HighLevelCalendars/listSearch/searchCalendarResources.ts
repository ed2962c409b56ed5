import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { SKIP_PAGE_SIZE } from '../shared/pages';
import { requireOneOf } from '../shared/input/fields';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

/** Pages asked for at most, so a picker stays quick whatever the API does with `skip`. */
const MAX_PAGES = 20;

/** The rooms or the equipment (the node's Resource Type) of the sub-account, sorted by name. */
export async function searchCalendarResources(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const resourceType = requireOneOf('Resource Type', this.getCurrentNodeParameter('resourceType'), [
		'equipments',
		'rooms',
	]);
	const { locationId } = await getAccount(this);
	const resources: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const answer = await apiRequest<IDataObject[]>(this, ENDPOINTS.getCalendarResources, {
			path: { resourceType },
			qs: { locationId, limit: SKIP_PAGE_SIZE, skip: resources.length },
		});
		const entries = Array.isArray(answer) ? answer : [];
		resources.push(...entries);
		if (entries.length < SKIP_PAGE_SIZE) break;
	}
	const items = resources
		.map((resource) => ({
			// The editor shows only names: an inactive one says so there.
			name: `${String(resource.name ?? resource._id)}${resource.isActive === false ? ' (inactive)' : ''}`,
			value: String(resource._id ?? resource.id),
			description: [
				resource.isActive === false ? 'inactive' : undefined,
				typeof resource.capacity === 'number' && resourceType === 'rooms'
					? `capacity ${resource.capacity}`
					: undefined,
			]
				.filter(Boolean)
				.join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/account';
import { API_VERSION, apiRequest } from '../shared/api';
import { pageOfList } from './paging';

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	// GET /users/?locationId works with a sub-account token; /users/search needs the agency's companyId.
	const { users = [] } = await apiRequest<{ users?: IDataObject[] }>(this, {
		method: 'GET',
		path: '/users/',
		version: API_VERSION.users,
		qs: { locationId },
	});
	const items = users
		.map((user) => ({
			name: String(
				user.name || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email || user.id,
			),
			value: String(user.id),
			description: typeof user.email === 'string' ? user.email : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

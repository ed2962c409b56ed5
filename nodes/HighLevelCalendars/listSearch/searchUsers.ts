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

/** The sub-account's users as picker entries, sorted by name (also used by the User dropdowns). */
export async function listUsers(context: ILoadOptionsFunctions): Promise<INodeListSearchItems[]> {
	const { locationId } = await getAccount(context);
	// GET /users/?locationId works with a sub-account token; /users/search needs the agency's companyId.
	const { users = [] } = await apiRequest<{ users?: IDataObject[] }>(context, ENDPOINTS.getUsers, {
		qs: { locationId },
	});
	return users
		.map((user) => ({
			name: String(
				user.name ||
					[user.firstName, user.lastName].filter(Boolean).join(' ') ||
					user.email ||
					user.id,
			),
			value: String(user.id),
			description: typeof user.email === 'string' ? user.email : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return pageOfList(await listUsers(this), filter, paginationToken);
}

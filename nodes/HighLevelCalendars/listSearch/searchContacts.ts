import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { PAGE_SIZE } from './paging';

/**
 * Contact search by name, email or phone (POST /contacts/search). The spec leaves this body open
 * (SearchBodyV2DTO has no properties); the fields used are those of HighLevel's search docs.
 */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const page = Number(paginationToken ?? 1) || 1;
	const body: IDataObject = { locationId, page, pageLimit: PAGE_SIZE };
	if (filter?.trim()) body.query = filter.trim();
	const { contacts = [], total } = await apiRequest<{ contacts?: IDataObject[]; total?: number }>(
		this,
		ENDPOINTS.searchContacts,
		{
			body,
		},
	);
	const results = contacts.map((contact) => ({
		name: String(
			contact.contactName ||
				[contact.firstName, contact.lastName].filter(Boolean).join(' ') ||
				contact.email ||
				contact.phone ||
				contact.id,
		),
		value: String(contact.id),
		description: [contact.email, contact.phone].filter(Boolean).join(' · ') || undefined,
	}));
	const more = typeof total === 'number' ? page * PAGE_SIZE < total : contacts.length === PAGE_SIZE;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}

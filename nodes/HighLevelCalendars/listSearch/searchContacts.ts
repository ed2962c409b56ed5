import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { PAGE_SIZE } from './paging';

/**
 * A name HighLevel wrote in lower case (its `contactName` is "ada lovelace") in proper case: "Ada
 * Lovelace", "Mary-Jane O'Brien". A name with a capital letter anywhere is kept as written ("McDonald").
 */
export function properCase(name: string): string {
	if (/\p{Lu}/u.test(name)) return name;
	return name.replace(
		/(^|[\s\-'’.])(\p{Ll})/gu,
		(_, before: string, letter: string) => before + letter.toUpperCase(),
	);
}

/**
 * A contact as the picker lists it: "Ada Lovelace (ada@example.com)", the phone when there is no
 * email, so that namesakes can be told apart (n8n 2.41 shows no per-item description).
 */
export function contactLabel(contact: IDataObject): string {
	const given = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
	const name = properCase(String(given || contact.contactName || '').trim());
	const reach = String(contact.email || contact.phone || '').trim();
	if (name && reach) return `${name} (${reach})`;
	return name || reach || String(contact.id);
}

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
		name: contactLabel(contact),
		value: String(contact.id),
		description: [contact.email, contact.phone].filter(Boolean).join(' · ') || undefined,
	}));
	const more = typeof total === 'number' ? page * PAGE_SIZE < total : contacts.length === PAGE_SIZE;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}

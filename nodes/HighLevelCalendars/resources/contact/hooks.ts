import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { normaliseEmail, normalisePhone } from '../../shared/input/contact';
import { FieldError, requireString } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { wanted } from '../../shared/pages';
import { getAccount } from '../../shared/transport/account';
import type { Runner, RequestData } from '../../shared/transport/send';

/** The most contacts one search page asks for (POST /contacts/search `pageLimit`). */
export const SEARCH_PAGE_SIZE = 100;

type FindBy = 'email' | 'phone' | 'query';

const findByOf = (context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>): FindBy =>
	context.getNodeParameter('findBy', 'query') as FindBy;

/** The duplicate search's query (`email` or `number`, checked and normalised), or an error naming the field. */
export function duplicateQuery(findBy: 'email' | 'phone', value: unknown): IDataObject {
	if (findBy === 'email') {
		const email = normaliseEmail('Email', value);
		if (!email) throw new FieldError('Email', 'is empty');
		return { email };
	}
	const phone = normalisePhone('Phone', value);
	if (!phone) throw new FieldError('Phone', 'is empty');
	// The spec names the phone `number` in this query.
	return { number: phone };
}

/**
 * By email or phone: GET /contacts/search/duplicate?locationId=&email= (or &number=). By text: the
 * request becomes POST /contacts/search { locationId, query, pageLimit } (the body HighLevel's search
 * docs give; SearchBodyV2DTO documents no properties), paged by findPages.
 */
export const findRequest: PreSend = hook(async function (options) {
	const { locationId } = await getAccount(this);
	const findBy = findByOf(this);
	if (findBy === 'query') {
		const query = requireString('Search Text', this.getNodeParameter('query', '')).trim();
		if (!query) throw new FieldError('Search Text', 'is empty');
		const limit = wanted(this);
		options.method = ENDPOINTS.searchContacts.method;
		options.url = ENDPOINTS.searchContacts.path;
		options.headers = { ...options.headers, Version: ENDPOINTS.searchContacts.version };
		Object.assign(bodyOf(options), {
			locationId,
			query,
			page: 1,
			pageLimit: Math.min(SEARCH_PAGE_SIZE, limit),
		});
		return options;
	}
	const value = this.getNodeParameter(findBy === 'email' ? 'email' : 'phone', '');
	options.qs = { ...(options.qs ?? {}), locationId, ...duplicateQuery(findBy, value) };
	return options;
});

/** `{ contact }` (null: none) and `{ contacts: [...] }` answers: one item per contact. */
export async function eachContact(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		if ('contacts' in item.json) {
			const contacts = Array.isArray(item.json.contacts) ? item.json.contacts : [];
			return (contacts as IDataObject[]).map((json) => ({ json }));
		}
		if ('contact' in item.json) {
			const contact = item.json.contact;
			return contact && typeof contact === 'object' ? [{ json: contact as IDataObject }] : [];
		}
		return [item];
	});
}

function withPage(requestData: RequestData, page: number, pageLimit: number): RequestData {
	const body = { ...(requestData.options.body as IDataObject), page, pageLimit };
	return { ...requestData, options: { ...requestData.options, body } };
}

/**
 * By text, page after page (`page`, `pageLimit`) until Limit, a short page or a page with nothing new;
 * by email or phone, the one request.
 */
export const findPages: Runner = async function (requestData, send) {
	if (findByOf(this) !== 'query') return await send(requestData);
	const limit = wanted(this);
	const items: INodeExecutionData[] = [];
	const seen = new Set<string>();
	// Pages keep one size, so that page n starts where page n-1 ended.
	const size = Math.min(SEARCH_PAGE_SIZE, limit);
	for (let page = 1; items.length < limit; page++) {
		const answer = await send(withPage(requestData, page, size));
		const fresh = answer.filter((item) => {
			const id = String(item.json.id ?? '');
			if (!id || seen.has(id)) return !id;
			seen.add(id);
			return true;
		});
		items.push(...fresh);
		if (answer.length < size || fresh.length === 0) break;
	}
	return items.slice(0, limit);
};

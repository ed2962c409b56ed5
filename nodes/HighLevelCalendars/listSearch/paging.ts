import type { INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

export const PAGE_SIZE = 50;

/**
 * For look-ups whose endpoint returns the whole list at once (calendars, users, time zones): filter by
 * the search text, then hand the editor one page at a time so long lists stay responsive.
 */
export function pageOfList(
	items: INodeListSearchItems[],
	filter: string | undefined,
	paginationToken: string | number | undefined,
): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const matching = needle
		? items.filter(
				(item) =>
					item.name.toLowerCase().includes(needle) ||
					String(item.value).toLowerCase().includes(needle) ||
					(item.description ?? '').toLowerCase().includes(needle),
			)
		: items;
	const start = Number(paginationToken ?? 0) || 0;
	const end = start + PAGE_SIZE;
	return {
		results: matching.slice(start, end),
		// A string: n8n 2.11's editor refuses a numeric token when it asks for the next page.
		paginationToken: end < matching.length ? String(end) : undefined,
	};
}

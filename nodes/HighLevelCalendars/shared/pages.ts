import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { requireNumber } from './input/fields';
import { type PreSend, hook } from './input/hook';
import { type Runner, withQuery } from './transport/send';

/**
 * Get Many of lists HighLevel pages with `limit` and `skip` (calendar resources, notifications):
 * Return All asks page after page until a short one; Limit asks only for as many as wanted.
 */

/** The most one request asks for (the notifications list's own default page). */
export const SKIP_PAGE_SIZE = 100;

/** How many items Return All / Limit ask for; a Limit below 1 or not whole is refused, naming it. */
export function wanted(context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>): number {
	if (context.getNodeParameter('returnAll', false) as boolean) return Infinity;
	return requireNumber('Limit', context.getNodeParameter('limit', 50), { min: 1, integer: true });
}

/** Checks Limit and puts the first page (`limit`, `skip: 0`) in the query. */
export const firstPage: PreSend = hook(async function (options) {
	options.qs = { ...(options.qs ?? {}), limit: Math.min(SKIP_PAGE_SIZE, wanted(this)), skip: 0 };
	return options;
});

/** Checks Limit before the request, for lists whose paging is not limit/skip. */
export const checkLimit: PreSend = hook(async function (options) {
	wanted(this);
	return options;
});

/**
 * Asks for the next page (`skip` = what came so far) until Limit is reached, a page is short, or a page
 * brings nothing new (should the API ignore `skip`, Return All would otherwise ask forever). Each entry
 * is kept once, by its `_id` (or `id`).
 */
export const pageBySkip: Runner = async function (requestData, send) {
	const limit = wanted(this);
	const items: INodeExecutionData[] = [];
	const seen = new Set<string>();
	let skip = 0;
	while (items.length < limit) {
		const size = Math.min(SKIP_PAGE_SIZE, limit - items.length);
		const page = await send(withQuery(requestData, { limit: size, skip }));
		const fresh = page.filter((item) => {
			const id = item.json._id ?? item.json.id;
			if (id === undefined) return true;
			if (seen.has(String(id))) return false;
			seen.add(String(id));
			return true;
		});
		items.push(...fresh);
		skip += page.length;
		if (page.length < size || fresh.length === 0) break;
	}
	return items.slice(0, limit);
};

/** A list answer (a JSON array) as one item per entry. */
export async function eachOfList(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.flatMap((item) =>
		Array.isArray(item.json)
			? (item.json as INodeExecutionData['json'][]).map((json) => ({ json }))
			: [item],
	);
}

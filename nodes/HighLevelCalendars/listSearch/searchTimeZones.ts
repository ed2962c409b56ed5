import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

/** The time zones HighLevel offers for the sub-account (GET /locations/{locationId}/timezones). */
export async function searchTimeZones(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const response = await apiRequest<{ timeZones?: unknown[]; timezones?: unknown[] } | unknown[]>(
		this,
		ENDPOINTS.getTimeZones,
		{ path: { locationId } },
	);
	// The spec documents no response body; HighLevel answers with a list of IANA names.
	const zones = Array.isArray(response)
		? response
		: (response.timeZones ?? response.timezones ?? []);
	const items = zones
		.map((zone) =>
			typeof zone === 'string' ? zone : String((zone as { value?: unknown }).value ?? ''),
		)
		.filter(Boolean)
		.map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone }));
	return pageOfList(items, filter, paginationToken);
}

import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { HIGHLEVEL_API_BASE_URL } from '../../../credentials/shared';
import { ENDPOINTS } from '../endpoints';
import { AGENCY_CREDENTIAL, agencyOf } from '../shared/transport/account';
import { passOn, readHttpFailure } from '../shared/transport/errors';
import { agencyRequest } from '../shared/transport/subAccount';
import { PAGE_SIZE, pageOfList } from './paging';

// Refusals that mean "this list is not available to the connection" (no oauth.readonly, a wrong App
// ID), after which the sub-accounts approved at install time are still known.
const LIST_REFUSED = [400, 401, 403, 404, 422];

/**
 * The sub-accounts of an agency connection: those the app is installed on
 * (`GET /oauth/installedLocations?isInstalled=true`, paged with skip and limit, searched by name), or,
 * when that list is refused or the credential has no App ID, the `approvedLocations` of the agency's
 * token response (IDs only: the token response names no sub-account).
 */
export async function searchSubAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials(AGENCY_CREDENTIAL);
	const { companyId } = agencyOf(this, credentials);
	const baseUrl = String(credentials.baseUrl || HIGHLEVEL_API_BASE_URL).replace(/\/+$/, '');
	const appId = String(credentials.appId ?? '').trim();
	const approved = (credentials.oauthTokenData as IDataObject | undefined)?.approvedLocations;
	const fallback: INodeListSearchItems[] = (Array.isArray(approved) ? approved : []).map((id) => ({
		name: String(id),
		value: String(id),
	}));
	if (appId) {
		const skip = Number(paginationToken ?? 0) || 0;
		try {
			const { locations = [] } = await agencyRequest<{ locations?: IDataObject[] }>(
				this,
				ENDPOINTS.getInstalledLocations,
				baseUrl,
				{
					companyId,
					appId,
					isInstalled: true,
					skip: String(skip),
					limit: String(PAGE_SIZE),
					...(filter?.trim() ? { query: filter.trim() } : {}),
				},
			);
			return {
				results: locations.map((location) => ({
					name: String(location.name || location._id),
					value: String(location._id),
					description: typeof location.address === 'string' ? location.address : undefined,
				})),
				// The answer's `count` is "Total location count under the company" (oauth.json), installed
				// or not, so a full page is what says there may be more.
				paginationToken: locations.length >= PAGE_SIZE ? String(skip + PAGE_SIZE) : undefined,
			};
		} catch (error) {
			const status = readHttpFailure(error).status;
			if (fallback.length === 0 || status === undefined || !LIST_REFUSED.includes(status))
				passOn(error);
		}
	}
	return pageOfList(fallback, filter, paginationToken);
}

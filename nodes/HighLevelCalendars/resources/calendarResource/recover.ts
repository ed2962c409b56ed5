import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, matchesBySkip, newest } from '../../shared/transport/recover';

/**
 * Calendar Resource: Create's look-up after an unclear failure: a room or equipment of that type with
 * that name and description (GET /calendars/resources/{resourceType}, paged with limit and skip). The
 * spec's CalendarResourceByIdResponseDTO has no creation date, so a match is not claimed (newest() →
 * Undecidable, naming its `_id`); none found, the create is sent once more.
 */
export const recoverCalendarResource: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	const match = /\/calendars\/resources\/([^/?]+)$/.exec(
		String(requestData.options.url ?? '').split('?')[0],
	);
	if (!match) return undefined;
	const { locationId } = await getAccount(this);
	const matches = await matchesBySkip(
		this,
		ENDPOINTS.getCalendarResources,
		{ path: { resourceType: decodeURIComponent(match[1]) }, qs: { locationId } },
		(resource) => resource.name === body.name && resource.description === body.description,
	);
	return newest(matches, sentAt);
};

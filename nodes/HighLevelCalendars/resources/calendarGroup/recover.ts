import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

/**
 * Calendar Group: Create's look-up after an unclear failure: a group of that name and slug (GET
 * /calendars/groups). The spec's GroupDTO has no creation date, so, as for calendars, a match may be
 * an older group and is not claimed (newest() → Undecidable: the item fails naming its ID); none
 * found, the create did not happen and is sent once more.
 */
export const recoverCalendarGroup: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	const { locationId } = await getAccount(this);
	const answer = await apiRequest<{ groups?: IDataObject[] }>(this, ENDPOINTS.getCalendarGroups, {
		qs: { locationId },
	});
	const matches = (answer.groups ?? []).filter(
		(group) => group.name === body.name && group.slug === body.slug,
	);
	return newest(matches, sentAt);
};

import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

/**
 * Calendar: Create's look-up after an unclear failure: a calendar of that name and slug (GET
 * /calendars/, drafts too). The spec's CalendarDTO has no creation date (unlike events and notes), so a
 * match cannot be told from an older calendar of the same name: then the item fails with the safe
 * message naming its ID (newest() → Undecidable), and no calendar is made twice. None found: the
 * create did not happen and is sent once more.
 */
export const recoverCalendar: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	const { locationId } = await getAccount(this);
	const answer = await apiRequest<{ calendars?: IDataObject[] }>(this, ENDPOINTS.getCalendars, {
		qs: { locationId, showDrafted: true },
	});
	const matches = (answer.calendars ?? []).filter(
		(calendar) =>
			calendar.name === body.name && (body.slug === undefined || calendar.slug === body.slug),
	);
	return newest(matches, sentAt);
};

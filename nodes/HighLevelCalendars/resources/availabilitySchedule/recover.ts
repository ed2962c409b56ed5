import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

// The spec allows up to 500 schedules per page; two pages cover any user's schedules.
const PAGE = 500;
const PAGES = 2;

/**
 * Availability Schedule: Create's look-up after an unclear failure: a schedule of that user with that
 * name and time zone (GET /calendars/schedules/search), made since the request was sent: the spec's
 * ScheduleObjectResponseDTO requires `dateAdded`, so an older one of the same name is not claimed.
 */
export const recoverSchedule: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	if (typeof body.userId !== 'string') return undefined;
	const { locationId } = await getAccount(this);
	const matches: IDataObject[] = [];
	for (let page = 0; page < PAGES; page++) {
		const answer = await apiRequest<{ schedules?: IDataObject[] }>(
			this,
			ENDPOINTS.searchSchedules,
			{
				qs: { locationId, userId: body.userId, skip: page * PAGE, limit: PAGE },
			},
		);
		const schedules = answer.schedules ?? [];
		matches.push(
			...schedules.filter(
				(schedule) =>
					schedule.name === body.name &&
					schedule.userId === body.userId &&
					schedule.timezone === body.timezone &&
					schedule.deleted !== true,
			),
		);
		if (schedules.length < PAGE) break;
	}
	return newest(matches, sentAt);
};

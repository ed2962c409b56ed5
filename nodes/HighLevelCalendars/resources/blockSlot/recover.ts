import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

const HOUR_MS = 3_600_000;

/**
 * Block Slot: Create's look-up after an unclear failure: a block slot of that calendar (or user) with
 * that start, end and title, made since the request was sent (GET /calendars/blocked-slots around it).
 */
export const recoverBlockSlot: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	const [start, end] = [Date.parse(String(body.startTime)), Date.parse(String(body.endTime))];
	if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
	const owner =
		typeof body.calendarId === 'string'
			? { calendarId: body.calendarId }
			: { userId: body.assignedUserId };
	const { locationId } = await getAccount(this);
	const answer = await apiRequest<{ events?: IDataObject[] }>(this, ENDPOINTS.getBlockedSlots, {
		qs: { locationId, ...owner, startTime: start - HOUR_MS, endTime: end + HOUR_MS },
	});
	const matches = (answer.events ?? []).filter(
		(slot) =>
			Date.parse(String(slot.startTime)) === start &&
			Date.parse(String(slot.endTime)) === end &&
			(owner.calendarId === undefined
				? slot.assignedUserId === owner.userId
				: slot.calendarId === owner.calendarId) &&
			(body.title === undefined || slot.title === body.title),
	);
	return newest(matches, sentAt);
};

import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { DateTime } from 'luxon';

import { getAccount } from '../shared/transport/account';
import { ENDPOINTS } from '../endpoints';
import { DAY_MS } from '../shared/input/windows';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';
import { listUsers } from './searchUsers';

/** How far ahead the picker looks: GET /calendars/blocked-slots needs a window. */
export const BLOCK_SLOT_PICKER_DAYS = 90;

const shortTime = (iso: unknown) => {
	const parsed = DateTime.fromISO(String(iso), { setZone: true });
	return parsed.isValid ? parsed.toFormat('yyyy-MM-dd HH:mm') : String(iso);
};

/**
 * The block slots of the next 90 days. The list endpoint answers for one calendar, user or group at a
 * time, so it is asked once per calendar and once per user of the sub-account (a user's block slots
 * belong to no calendar); each block slot is listed once, in start order.
 */
export async function searchBlockSlots(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { locationId } = await getAccount(this);
	const { calendars = [] } = await apiRequest<{ calendars?: IDataObject[] }>(
		this,
		ENDPOINTS.getCalendars,
		{ qs: { locationId, showDrafted: true } },
	);
	const users = await listUsers(this);
	const owners = new Map<string, string>([
		...calendars.map((calendar) => [String(calendar.id), String(calendar.name ?? calendar.id)]),
		...users.map((user) => [String(user.value), user.name]),
	] as Array<[string, string]>);

	const startTime = Date.now();
	const endTime = startTime + BLOCK_SLOT_PICKER_DAYS * DAY_MS;
	const queries: IDataObject[] = [
		...calendars.map((calendar) => ({ calendarId: String(calendar.id) })),
		...users.map((user) => ({ userId: String(user.value) })),
	];
	const slots = new Map<string, IDataObject>();
	for (const query of queries) {
		const { events = [] } = await apiRequest<{ events?: IDataObject[] }>(
			this,
			ENDPOINTS.getBlockedSlots,
			{ qs: { locationId, ...query, startTime, endTime } },
		);
		for (const event of events) slots.set(String(event.id), event);
	}

	const items: INodeListSearchItems[] = [...slots.values()]
		.sort((a, b) => Date.parse(String(a.startTime)) - Date.parse(String(b.startTime)))
		.map((slot) => ({
			name: `${shortTime(slot.startTime)} – ${shortTime(slot.endTime)}${slot.title ? ` · ${String(slot.title)}` : ''}`,
			value: String(slot.id),
			description:
				owners.get(String(slot.calendarId || slot.assignedUserId)) ??
				String(slot.calendarId || slot.assignedUserId || ''),
		}));
	return pageOfList(items, filter, paginationToken);
}

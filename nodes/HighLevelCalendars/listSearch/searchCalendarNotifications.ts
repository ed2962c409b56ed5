import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import { requireId } from '../shared/input/fields';
import { extractId } from '../shared/input/ids';
import { SKIP_PAGE_SIZE } from '../shared/pages';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

/** Pages asked for at most, so a picker stays quick whatever the API does with `skip`. */
const MAX_PAGES = 20;

const words = (value: unknown) =>
	String(value ?? '')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase();

/** "Reminder by email to contact": what a notification does, as its picker entry. */
function describe(notification: IDataObject): string {
	const what = words(notification.notificationType);
	return `${what.charAt(0).toUpperCase()}${what.slice(1)} by ${words(notification.channel)} to ${words(notification.receiverType)}`;
}

/** The notifications of the operation's Calendar (inactive ones marked so), sorted by name. */
export async function searchCalendarNotifications(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const calendarId = requireId(
		'Calendar',
		extractId(this.getCurrentNodeParameter('calendarId', { extractValue: true })),
	);
	const notifications: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const answer = await apiRequest<IDataObject[]>(this, ENDPOINTS.getCalendarNotifications, {
			path: { calendarId },
			qs: { limit: SKIP_PAGE_SIZE, skip: notifications.length },
		});
		const entries = Array.isArray(answer) ? answer : [];
		notifications.push(...entries);
		if (entries.length < SKIP_PAGE_SIZE) break;
	}
	const items = notifications
		.map((notification) => ({
			name: describe(notification),
			value: String(notification._id),
			description: [
				notification.isActive === false ? 'inactive' : undefined,
				typeof notification.subject === 'string' && notification.subject
					? notification.subject
					: undefined,
			]
				.filter(Boolean)
				.join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return pageOfList(items, filter, paginationToken);
}

import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import { requireId } from '../shared/input/fields';
import { extractId } from '../shared/input/ids';
import { SKIP_PAGE_SIZE } from '../shared/pages';
import { apiRequest } from '../shared/transport/transport';
import {
	channels,
	notificationTypes,
	receiverTypes,
} from '../resources/calendarNotification/fields';
import { pageOfList } from './paging';

/** Pages asked for at most, so a picker stays quick whatever the API does with `skip`. */
const MAX_PAGES = 20;

const words = (value: unknown) =>
	String(value ?? '')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase();

/** The option's own label in running text (Follow-Up → follow-up; SMS and WhatsApp kept), else the value spelled out. */
function label(options: Array<{ name: string; value: string }>, value: unknown): string {
	const name = options.find((option) => option.value === value)?.name;
	if (name === undefined) return words(value);
	return name.replace(/[A-Za-z]+/g, (word) =>
		/^[A-Z][a-z]*$/.test(word) ? word.toLowerCase() : word,
	);
}

/** "24 hours, 1 hour before": the times of Send Before / Send After. */
function times(value: unknown, when: string): string | undefined {
	if (!Array.isArray(value) || value.length === 0) return undefined;
	const each = (value as IDataObject[]).map(({ timeOffset, unit }) => {
		const units = String(unit);
		return `${timeOffset} ${timeOffset === 1 ? units.replace(/s$/, '') : units}`;
	});
	return `${each.join(', ')} ${when}`;
}

/**
 * "Reminder by email to contact, 24 hours before: Your visit (inactive)": what a notification does.
 * The editor shows only the names of list results, so the name carries what tells two apart.
 */
function describe(notification: IDataObject): string {
	const what = label(notificationTypes, notification.notificationType);
	const timing = [
		times(notification.beforeTime, 'before'),
		times(notification.afterTime, 'after'),
	].filter(Boolean);
	const subject = typeof notification.subject === 'string' ? notification.subject.trim() : '';
	return [
		`${what.charAt(0).toUpperCase()}${what.slice(1)} by ${label(channels, notification.channel)}`,
		` to ${label(receiverTypes, notification.receiverType)}`,
		timing.length ? `, ${timing.join(', ')}` : '',
		subject ? `: ${subject}` : '',
		notification.isActive === false ? ' (inactive)' : '',
	].join('');
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

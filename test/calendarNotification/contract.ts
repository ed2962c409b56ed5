import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { type ContractCase, allFields, collected, shownFor } from '../helpers/contract';

/** The settings of one entry of Create's Notifications builder (one CreateCalendarNotificationDTO). */
const entryFields = () => {
	const builder = shownFor('calendarNotification', 'create').find(
		(property) => property.name === 'notifications',
	)!;
	return (builder.options as INodePropertyCollection[])[0].values as INodeProperties[];
};

const loadedUsers = {
	selectedUsers: "the sub-account's users and sub_account_admin, loaded from HighLevel",
};

export const contract: ContractCase[] = [
	{
		// The body is an array of this schema: each entry of the builder is one item.
		name: 'Calendar Notification: Create',
		body: { schema: 'CreateCalendarNotificationDTO' },
		fields: entryFields,
		noSpecEnum: loadedUsers,
	},
	{
		name: 'Calendar Notification: Update',
		body: { schema: 'UpdateCalendarNotificationsDTO' },
		fields: () => collected('calendarNotification', 'update'),
		noSpecEnum: loadedUsers,
	},
	{
		name: 'Calendar Notification: Get Many',
		query: { method: 'GET', path: '/calendars/{calendarId}/notifications' },
		fields: () => allFields('calendarNotification', 'getAll'),
		// limit and skip: each page's, set by the skip pager (shared/pages.ts) from Return All / Limit.
		filledByHook: ['limit', 'skip'],
	},
];

import { ENDPOINTS } from '../../endpoints';
import { collection, limitParameter, returnAllParameter } from '../../shared/descriptions';
import type { Operation } from '../../shared/operations';
import { eachOfList, firstPage, pageBySkip } from '../../shared/pages';
import { route } from '../../shared/routing';
import { calendarIdParameter } from '../calendar/fields';

/**
 * Calendar Notification: Get Many (GET /calendars/{calendarId}/notifications?isActive=&deleted=&limit=&skip=).
 * The API pages with limit and skip: Return All asks until a short page.
 */
const filters = collection('calendarNotification', 'getAll', 'Filters', [
	{
		displayName: 'Deleted',
		name: 'deleted',
		type: 'boolean',
		default: false,
		description: 'Whether to list the notifications marked deleted (true) or the others (false)',
		routing: { send: { type: 'query', property: 'deleted' } },
	},
	{
		displayName: 'Is Active',
		name: 'isActive',
		type: 'boolean',
		default: true,
		description: 'Whether to list the active notifications (true) or the inactive ones (false)',
		routing: { send: { type: 'query', property: 'isActive' } },
	},
]);

export const calendarNotificationGetAll: Operation = {
	resource: 'calendarNotification',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many calendar notifications',
		description: 'List the notifications of a calendar',
		routing: route(ENDPOINTS.getCalendarNotifications, {
			path: [calendarIdParameter],
			preSend: [firstPage],
			postReceive: [eachOfList],
			runner: pageBySkip,
		}),
	},
	parameters: [calendarIdParameter, returnAllParameter, limitParameter, filters],
};

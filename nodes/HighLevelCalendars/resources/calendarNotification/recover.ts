import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { type Recover, matchesBySkip, newest } from '../../shared/transport/recover';

/** The settings that tell one notification from another of the same calendar, where given. */
const SAME = ['receiverType', 'channel', 'notificationType', 'templateId', 'subject', 'body'];

/**
 * Calendar Notification: Create's look-up after an unclear failure: a notification of the calendar
 * (GET /calendars/{calendarId}/notifications, not deleted) like any of the request's, by receiver,
 * channel, type and, where given, template, subject and body. The spec's
 * CalendarNotificationResponseDTO has no creation date, so a match is not claimed (newest() →
 * Undecidable, naming its `_id`); none found, the create did not happen and is sent once more.
 */
export const recoverCalendarNotifications: Recover = async function (requestData, sentAt) {
	const wanted = requestData.options.body;
	const match = /\/calendars\/([^/]+)\/notifications$/.exec(
		String(requestData.options.url ?? '').split('?')[0],
	);
	if (!match || !Array.isArray(wanted)) return undefined;
	const like = (listed: IDataObject) =>
		(wanted as IDataObject[]).some((entry) =>
			SAME.every((key) => entry[key] === undefined || listed[key] === entry[key]),
		);
	const matches = await matchesBySkip(
		this,
		ENDPOINTS.getCalendarNotifications,
		{ path: { calendarId: decodeURIComponent(match[1]) }, qs: { deleted: false } },
		like,
	);
	return newest(matches, sentAt);
};

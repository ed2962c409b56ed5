import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

// The spec allows at most 20 notes per page; five pages cover any appointment's recent notes.
const PAGE = 20;
const PAGES = 5;

/**
 * Appointment Note: Create's look-up after an unclear failure: a note of that appointment with that
 * text (and author, when one was named), added since the request was sent.
 */
export const recoverAppointmentNote: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	const match = /\/calendars\/appointments\/([^/]+)\/notes$/.exec(
		String(requestData.options.url ?? '').split('?')[0],
	);
	if (!match) return undefined;
	const appointmentId = decodeURIComponent(match[1]);
	const matches: IDataObject[] = [];
	for (let page = 0; page < PAGES; page++) {
		const answer = await apiRequest<{ notes?: IDataObject[]; hasMore?: boolean }>(
			this,
			ENDPOINTS.getAppointmentNotes,
			{ path: { appointmentId }, qs: { limit: PAGE, offset: page * PAGE } },
		);
		matches.push(
			...(answer.notes ?? []).filter(
				(note) =>
					note.body === body.body && (body.userId === undefined || note.userId === body.userId),
			),
		);
		if (!answer.hasMore) break;
	}
	return newest(matches, sentAt);
};

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { getAccount } from '../../shared/transport/account';
import { type Recover, newest } from '../../shared/transport/recover';
import { apiRequest } from '../../shared/transport/transport';

const HOUR_MS = 3_600_000;

/**
 * The appointments of the booking's contact that start when the booking does, in its calendar: one
 * read of the calendar's events (GET /calendars/events) in the hour either side of the start, so that
 * the API's window rule (overlapping or starting in it) does not matter.
 */
export async function appointmentsAt(
	context: IExecuteSingleFunctions,
	body: IDataObject,
): Promise<IDataObject[]> {
	const start = Date.parse(String(body.startTime ?? ''));
	if (typeof body.calendarId !== 'string' || Number.isNaN(start)) return [];
	const { locationId } = await getAccount(context);
	const answer = await apiRequest<{ events?: IDataObject[] }>(context, ENDPOINTS.getEvents, {
		qs: {
			locationId,
			calendarId: body.calendarId,
			startTime: start - HOUR_MS,
			endTime: start + HOUR_MS,
		},
	});
	return (answer.events ?? []).filter(
		(event) =>
			event.calendarId === body.calendarId &&
			event.contactId === body.contactId &&
			Date.parse(String(event.startTime)) === start,
	);
}

/** Appointment: Create's look-up after an unclear failure: that booking, made since it was sent. */
export const recoverAppointment: Recover = async function (requestData, sentAt) {
	const body = (requestData.options.body ?? {}) as IDataObject;
	return newest(await appointmentsAt(this, body), sentAt);
};

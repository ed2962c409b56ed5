import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import type { AppointmentEvent, Previous } from './events';

/** One output item per event, the same for both triggers. */

export interface EventItem {
	event: AppointmentEvent;
	appointment: IDataObject;
	/** The sub-account; the payload's top-level locationId where there is one. */
	locationId?: string;
	/** What the trigger remembered before this change; left out when it had not seen the appointment. */
	previous?: Previous;
	/** The delivery or poll answer the event came from, when the user asked for it. */
	payload?: IDataObject;
}

/**
 * An ISO time with its offset, expressed in `zone` (also with the offset in force there). A time
 * without an offset is read in `zone`; anything unreadable is left out rather than guessed.
 */
export function inZone(value: unknown, zone: string): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const parsed = DateTime.fromISO(value.trim(), { zone, setZone: true });
	if (!parsed.isValid) return undefined;
	return parsed.setZone(zone).toISO({ suppressMilliseconds: true }) ?? undefined;
}

function withoutUndefined(object: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(object).filter(([, value]) => value !== undefined),
	) as IDataObject;
}

export function shapeEvent(item: EventItem, zone: string, includePayload: boolean): IDataObject {
	const { appointment } = item;
	const previous = item.previous
		? withoutUndefined({
				startTime: inZone(item.previous.startTime, zone),
				endTime: inZone(item.previous.endTime, zone),
				appointmentStatus: item.previous.appointmentStatus,
			})
		: undefined;
	return withoutUndefined({
		event: item.event,
		appointmentId: appointment.id as string | undefined,
		locationId: item.locationId ?? (appointment.locationId as string | undefined),
		calendarId: appointment.calendarId as string | undefined,
		appointmentStatus: appointment.appointmentStatus as string | undefined,
		startTime: inZone(appointment.startTime, zone),
		endTime: inZone(appointment.endTime, zone),
		timeZone: zone,
		appointment,
		previous,
		payload: includePayload ? item.payload : undefined,
	});
}

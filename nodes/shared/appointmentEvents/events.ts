/**
 * The events both triggers report, and how a HighLevel change becomes one of them. Pure: the callers
 * pass in what the trigger remembers of the appointment.
 */

export const APPOINTMENT_EVENTS = {
	booked: 'appointmentBooked',
	updated: 'appointmentUpdated',
	cancelled: 'appointmentCancelled',
	deleted: 'appointmentDeleted',
} as const;

export type AppointmentEvent = (typeof APPOINTMENT_EVENTS)[keyof typeof APPOINTMENT_EVENTS];

/** The webhook event types HighLevel posts for appointments (docs/webhook-events/Appointment*.md). */
export const WEBHOOK_TYPES = {
	create: 'AppointmentCreate',
	update: 'AppointmentUpdate',
	delete: 'AppointmentDelete',
} as const;

export const CANCELLED = 'cancelled';

/** What a trigger keeps of an appointment it has seen, in static data (short keys: it is stored per workflow). */
export interface Remembered {
	/** dateUpdated as HighLevel sent it */
	u?: string;
	/** appointmentStatus */
	s?: string;
	/** startTime, endTime as HighLevel sent them */
	st?: string;
	en?: string;
	/** when the trigger last saw it (epoch ms), for pruning */
	t: number;
}

export interface Previous {
	startTime?: string;
	endTime?: string;
	appointmentStatus?: string;
}

export function previousOf(remembered: Remembered | undefined): Previous | undefined {
	if (!remembered) return undefined;
	return { startTime: remembered.st, endTime: remembered.en, appointmentStatus: remembered.s };
}

/** An update that makes the status cancelled is a cancellation, reported once and not also as an update. */
export function changeKind(status: unknown, remembered: Remembered | undefined): AppointmentEvent {
	return status === CANCELLED && remembered?.s !== CANCELLED
		? APPOINTMENT_EVENTS.cancelled
		: APPOINTMENT_EVENTS.updated;
}

/**
 * The event of one webhook delivery, or undefined for a type the triggers do not handle. HighLevel's
 * documented examples of AppointmentUpdate and AppointmentDelete say `"type": "AppointmentCreate"`; a
 * create for an appointment the trigger already knows in another version is therefore read as a change.
 */
export function webhookEvent(
	type: unknown,
	appointment: { appointmentStatus?: unknown; dateUpdated?: unknown },
	remembered: Remembered | undefined,
): AppointmentEvent | undefined {
	switch (type) {
		case WEBHOOK_TYPES.create:
			if (
				remembered &&
				remembered.u !== undefined &&
				remembered.u !== String(appointment.dateUpdated ?? '')
			) {
				return changeKind(appointment.appointmentStatus, remembered);
			}
			return APPOINTMENT_EVENTS.booked;
		case WEBHOOK_TYPES.update:
			return changeKind(appointment.appointmentStatus, remembered);
		case WEBHOOK_TYPES.delete:
			return APPOINTMENT_EVENTS.deleted;
		default:
			return undefined;
	}
}

export function remember(appointment: Record<string, unknown>, nowMs: number): Remembered {
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return {
		u: text(appointment.dateUpdated),
		s: text(appointment.appointmentStatus),
		st: text(appointment.startTime),
		en: text(appointment.endTime),
		t: nowMs,
	};
}

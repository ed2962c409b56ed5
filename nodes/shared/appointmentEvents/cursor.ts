import type { IDataObject } from 'n8n-workflow';

import {
	APPOINTMENT_EVENTS,
	type AppointmentEvent,
	type Previous,
	type Remembered,
	changeKind,
	previousOf,
	remember,
} from './events';
import { MAX_APPOINTMENTS } from './memory';
import { timestampMillis } from './freshness';

/**
 * The polling cursor: which appointments in the window are new or changed since the last poll. Pure:
 * takes the stored state and the events read now, returns what to emit and the state to store.
 *
 * - First poll: remembers everything in the window and emits nothing (no flood of old appointments).
 * - Seen before: emitted when dateUpdated, status, start or end differ from what was remembered.
 * - Not seen before: booked when added after the trigger started watching; otherwise (an old
 *   appointment that moved into the window) emitted as changed only when it changed since the last poll.
 * Each version of an appointment is emitted once: the state after a poll holds what was emitted.
 */

// HighLevel's clock and n8n's may differ; events this close to a boundary count as after it.
export const CLOCK_SKEW_MS = 60_000;

export interface PollState {
	/** When the trigger started watching (epoch ms). */
	since: number;
	/** When the last poll ran (epoch ms). */
	lastPoll: number;
	appointments: Record<string, Remembered>;
}

export interface Change {
	event: AppointmentEvent;
	appointment: IDataObject;
	previous?: Previous;
}

function differs(appointment: IDataObject, seen: Remembered): boolean {
	const now = remember(appointment, 0);
	const updated = (value?: string) => timestampMillis(value) ?? value;
	return (
		updated(now.u) !== updated(seen.u) ||
		now.s !== seen.s ||
		now.st !== seen.st ||
		now.en !== seen.en
	);
}

export function diffPoll(
	state: PollState | undefined,
	events: IDataObject[],
	nowMs: number,
): { changes: Change[]; state: PollState } {
	const appointments: Record<string, Remembered> = {};
	const changes: Change[] = [];
	for (const appointment of events) {
		const id = typeof appointment.id === 'string' ? appointment.id : undefined;
		if (!id || appointments[id]) continue;
		appointments[id] = remember(appointment, nowMs);
		if (!state) continue;
		const seen = state.appointments[id];
		if (seen) {
			if (differs(appointment, seen)) {
				changes.push({
					event: changeKind(appointment.appointmentStatus, seen),
					appointment,
					previous: previousOf(seen),
				});
			}
			continue;
		}
		const added = timestampMillis(appointment.dateAdded);
		const updated = timestampMillis(appointment.dateUpdated);
		if (added !== undefined && added >= state.since - CLOCK_SKEW_MS) {
			changes.push({ event: APPOINTMENT_EVENTS.booked, appointment });
		} else if (updated !== undefined && updated >= state.lastPoll - CLOCK_SKEW_MS) {
			changes.push({ event: changeKind(appointment.appointmentStatus, undefined), appointment });
		}
	}
	if (state) {
		// What left the window is kept a little while (a short outage of one calendar must not look
		// like new appointments later), up to the bound.
		for (const [id, seen] of Object.entries(state.appointments)) {
			if (!appointments[id]) appointments[id] = seen;
		}
	}
	const kept = Object.entries(appointments)
		.sort(([, a], [, b]) => b.t - a.t)
		.slice(0, MAX_APPOINTMENTS);
	return {
		changes,
		state: {
			since: state?.since ?? nowMs,
			lastPoll: nowMs,
			appointments: Object.fromEntries(kept),
		},
	};
}

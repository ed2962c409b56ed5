import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readEvents } from '../shared/appointmentEvents/calendars';
import { type PollState, diffPoll } from '../shared/appointmentEvents/cursor';
import {
	APPOINTMENT_EVENTS,
	type AppointmentEvent,
	CANCELLED,
} from '../shared/appointmentEvents/events';
import { dropReason, listOf } from '../shared/appointmentEvents/filters';
import { timestampMillis } from '../shared/appointmentEvents/freshness';
import { shapeEvent } from '../shared/appointmentEvents/output';
import { outputZone } from '../shared/appointmentEvents/zone';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * One poll: read the window's appointments, compare with what the cursor remembers in static data,
 * emit each change once. In manual mode ("Fetch Test Event") the latest real appointment instead,
 * and the cursor is left alone.
 */
export async function pollAppointments(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const now = Date.now();
	const lookAheadDays = this.getNodeParameter('lookAheadDays', 30) as number;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const lookBackHours = typeof options.lookBackHours === 'number' ? options.lookBackHours : 24;
	const calendarIds = listOf(this.getNodeParameter('calendarIds', []));
	const zone = outputZone(this);
	const includePayload = options.includePayload === true;
	const filters = {
		events: listOf(this.getNodeParameter('events', [])),
		calendarIds,
		statuses: listOf(this.getNodeParameter('statuses', [])),
	};

	const events = await readEvents(
		this,
		calendarIds,
		now - lookBackHours * HOUR,
		now + lookAheadDays * DAY,
	);

	if (this.getMode() === 'manual') {
		const sample = latest(
			events.filter((appointment) => !dropReason({ ...filters, events: [] }, facts(appointment))),
		);
		if (!sample) {
			throw new NodeOperationError(this.getNode(), 'No appointment to show as a test event', {
				description: `None of the chosen calendars has an appointment from ${lookBackHours} hours ago to ${lookAheadDays} days ahead that matches the filters. Book one, or widen Look Ahead.`,
			});
		}
		const item = shapeEvent(
			{ event: sampleEvent(sample), appointment: sample, payload: sample },
			zone,
			includePayload,
		);
		return [[{ json: item }]];
	}

	const staticData = this.getWorkflowStaticData('node');
	const { changes, state } = diffPoll(staticData.cursor as PollState | undefined, events, now);
	staticData.cursor = state as unknown as IDataObject;
	const items = changes
		.filter((change) => !dropReason(filters, { ...facts(change.appointment), event: change.event }))
		.map((change) => ({
			json: shapeEvent({ ...change, payload: change.appointment }, zone, includePayload),
		}));
	return items.length > 0 ? [items] : null;
}

function facts(appointment: IDataObject) {
	return {
		event: APPOINTMENT_EVENTS.booked as AppointmentEvent,
		calendarId: appointment.calendarId,
		locationId: appointment.locationId,
		status: appointment.appointmentStatus,
	};
}

function changedAt(appointment: IDataObject): number {
	return timestampMillis(appointment.dateUpdated) ?? timestampMillis(appointment.dateAdded) ?? 0;
}

function latest(events: IDataObject[]): IDataObject | undefined {
	return events.reduce<IDataObject | undefined>(
		(best, appointment) => (!best || changedAt(appointment) > changedAt(best) ? appointment : best),
		undefined,
	);
}

/** What the latest appointment would have been reported as, without the cursor's memory. */
function sampleEvent(appointment: IDataObject): AppointmentEvent {
	if (appointment.appointmentStatus === CANCELLED) return APPOINTMENT_EVENTS.cancelled;
	const added = timestampMillis(appointment.dateAdded);
	return added !== undefined && changedAt(appointment) > added + 1000
		? APPOINTMENT_EVENTS.updated
		: APPOINTMENT_EVENTS.booked;
}

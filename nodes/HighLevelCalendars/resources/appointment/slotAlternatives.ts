import type { IDataObject, IExecutePaginationFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { toDateTime, zoneFor } from '../../shared/input/dates';
import { mergeSlotMaps } from '../../shared/input/windows';
import { noteBeforeOutcome } from '../../shared/transport/outcome';
import type { Runner } from '../../shared/transport/send';
import { apiRequest } from '../../shared/transport/transport';

const SLOT_TAKEN = /slot.*(no longer available|not available|unavailable|already booked)/i;

/** The (at most) five free slots nearest to `target`, in time order. */
export function nearest(slots: string[], target: number, count = 5): string[] {
	return [...slots]
		.sort((a, b) => Math.abs(Date.parse(a) - target) - Math.abs(Date.parse(b) - target))
		.slice(0, count)
		.sort((a, b) => Date.parse(a) - Date.parse(b));
}

/** The calendar's free slots from three days before to a week after the requested start. */
async function nearestFreeSlots(
	context: IExecutePaginationFunctions,
	body: IDataObject,
	zone: string,
): Promise<string[]> {
	if (typeof body.calendarId !== 'string') return [];
	const start = toDateTime(body.startTime, zone);
	const from = Math.max(start.minus({ days: 3 }).toMillis(), Date.now());
	const to = start.plus({ days: 7 }).toMillis();
	if (from >= to) return [];
	const answer = await apiRequest<Record<string, unknown>>(context, ENDPOINTS.getFreeSlots, {
		path: { calendarId: body.calendarId },
		qs: { startDate: from, endDate: to, timezone: zone },
	});
	const slots = Object.values(mergeSlotMaps([answer])).flatMap((day) => day.slots);
	return nearest(slots, start.toMillis());
}

/**
 * Appointment: Create's runner. When HighLevel refuses a booking because the slot is taken, it looks up
 * the calendar's free slots around the requested start (in the booking's own Time Zone option), so that
 * a workflow or an agent can offer the nearest alternatives.
 */
export function offerNearestFreeSlots(zonePath: string): Runner {
	return async function (requestData, send) {
		let refusal: unknown;
		try {
			return await send(requestData);
		} catch (error) {
			refusal = error;
		}
		if (refusal instanceof NodeApiError && SLOT_TAKEN.test(refusal.message)) {
			try {
				const body = (requestData.options.body ?? {}) as IDataObject;
				const alternatives = await nearestFreeSlots(this, body, zoneFor(this, zonePath));
				refusal.context.nearestFreeSlots = alternatives;
				// Before the outcome bracket, which stays the last thing in the message.
				refusal.message = noteBeforeOutcome(
					refusal.message,
					alternatives.length
						? `Nearest free slots: ${alternatives.join(', ')}`
						: 'No free slot was found in the week around the requested time.',
					' ',
				);
				refusal.description =
					'Book one of the nearest free slots, or use Calendar → Get Free Slots to look further.';
			} catch {
				// The refusal itself is what matters; a failed look-up must not hide it.
			}
		}
		throw refusal;
	};
}

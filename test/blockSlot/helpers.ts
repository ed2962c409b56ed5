import { DateTime } from 'luxon';

import { DEFAULTS, type Sandbox, run, useSandbox } from '../helpers/node';

/** The sandbox of one test file, a runner of Block Slot operations, and block slots put straight in its store. */
export function blockSlotRunner() {
	const ctx = useSandbox();
	const blockSlot = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
		run(ctx.sandbox, { resource: 'blockSlot', operation, ...parameters }, options);
	return { ctx, blockSlot, stored: (fields: StoredSlot) => storeBlockSlot(ctx.sandbox, fields) };
}

interface StoredSlot {
	id: string;
	start: string;
	end: string;
	calendarId?: string;
	assignedUserId?: string;
	title?: string;
	locationId?: string;
}

/** A block slot in the sandbox's store (times read in the sandbox location's zone). */
export function storeBlockSlot(sandbox: Sandbox, slot: StoredSlot) {
	const start = DateTime.fromISO(slot.start, { zone: DEFAULTS.timezone });
	const end = DateTime.fromISO(slot.end, { zone: DEFAULTS.timezone });
	sandbox.store.blockSlots.set(slot.id, {
		id: slot.id,
		locationId: slot.locationId ?? DEFAULTS.locationId,
		title: slot.title ?? '',
		calendarId: slot.calendarId,
		assignedUserId: slot.assignedUserId,
		startTime: start.toISO({ suppressMilliseconds: true }),
		endTime: end.toISO({ suppressMilliseconds: true }),
		startMs: start.toMillis(),
		endMs: end.toMillis(),
		dateAdded: '2026-12-01T09:00:00.000Z',
		dateUpdated: '2026-12-01T09:00:00.000Z',
	});
	return slot.id;
}

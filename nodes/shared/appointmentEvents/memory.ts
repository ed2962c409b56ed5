import type { IDataObject } from 'n8n-workflow';

import type { Remembered } from './events';

/**
 * What the triggers keep in the workflow's static data, bounded: seen webhook IDs only as long as the
 * time window could let a replay through, appointments up to a fixed count (the least recently seen
 * go first).
 */

export const MAX_APPOINTMENTS = 5000;
export const MAX_DELIVERIES = 5000;

export interface TriggerMemory {
	/** appointment id → what was seen last */
	appointments: Record<string, Remembered>;
	/** webhookId → when it was received (epoch ms) */
	deliveries: Record<string, number>;
}

/** The memory inside a static data object, created on first use; changes are written straight into it. */
export function memoryIn(staticData: IDataObject): TriggerMemory {
	if (typeof staticData.appointments !== 'object' || staticData.appointments === null)
		staticData.appointments = {};
	if (typeof staticData.deliveries !== 'object' || staticData.deliveries === null)
		staticData.deliveries = {};
	return staticData as unknown as TriggerMemory;
}

function keepNewest<T>(record: Record<string, T>, max: number, time: (value: T) => number): void {
	const keys = Object.keys(record);
	if (keys.length <= max) return;
	keys
		.sort((a, b) => time(record[a]) - time(record[b]))
		.slice(0, keys.length - max)
		.forEach((key) => delete record[key]);
}

export function pruneAppointments(memory: TriggerMemory, max = MAX_APPOINTMENTS): void {
	keepNewest(memory.appointments, max, (entry) => entry.t);
}

/**
 * Records a delivery ID; false when it was already seen. IDs older than `keepMs` are forgotten: the
 * timestamp check refuses such deliveries anyway.
 */
export function firstDelivery(
	memory: TriggerMemory,
	webhookId: string,
	nowMs: number,
	keepMs: number,
	max = MAX_DELIVERIES,
): boolean {
	for (const [id, at] of Object.entries(memory.deliveries)) {
		if (keepMs > 0 && nowMs - at > keepMs) delete memory.deliveries[id];
	}
	if (memory.deliveries[webhookId] !== undefined) return false;
	memory.deliveries[webhookId] = nowMs;
	keepNewest(memory.deliveries, max, (at) => at);
	return true;
}

import type { AppointmentEvent } from './events';

/** Which events the user wants; an empty list means "any". Pure. */
export interface EventFilters {
	events: string[];
	calendarIds: string[];
	statuses: string[];
	/** Undefined: any sub-account. */
	locationId?: string;
}

export interface EventFacts {
	event: AppointmentEvent;
	calendarId?: unknown;
	locationId?: unknown;
	status?: unknown;
}

/** Undefined when the event passes, else why it is dropped (for the debug log). */
export function dropReason(filters: EventFilters, facts: EventFacts): string | undefined {
	if (filters.events.length > 0 && !filters.events.includes(facts.event))
		return `event ${facts.event} not chosen`;
	if (filters.locationId && facts.locationId !== filters.locationId) return 'another sub-account';
	if (
		filters.calendarIds.length > 0 &&
		!filters.calendarIds.includes(String(facts.calendarId ?? ''))
	) {
		return 'another calendar';
	}
	if (filters.statuses.length > 0 && !filters.statuses.includes(String(facts.status ?? '')))
		return 'another status';
	return undefined;
}

/** A list parameter as strings, whether it came as an array or comma-separated text (from an expression). */
export function listOf(value: unknown): string[] {
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	return items.map((item) => String(item).trim()).filter(Boolean);
}

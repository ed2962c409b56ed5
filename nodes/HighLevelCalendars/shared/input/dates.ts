// luxon is not a dependency of the package: n8n itself ships it (n8n-workflow depends on it), and
// community packages may not bring runtime dependencies of their own.
import { DateTime, IANAZone } from 'luxon';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { FieldError, describeValue, isBlank, parseField } from './fields';
import { extractId } from './ids';

/** Why a value could not be read as a date-time; the caller names the field. */
export class DateInputError extends Error {}

function isLuxonDateTime(value: unknown): value is DateTime {
	return (
		DateTime.isDateTime(value) ||
		// A DateTime from n8n's own luxon copy fails `instanceof` against ours: recognise it by shape.
		(typeof value === 'object' &&
			value !== null &&
			typeof (value as DateTime).toISO === 'function' &&
			typeof (value as DateTime).toMillis === 'function' &&
			'zone' in value)
	);
}

/** Values worked out once per key, at most `max` kept (the oldest dropped first). */
class Remembered<V> {
	private known = new Map<string, V>();

	constructor(private readonly max: number) {}

	/** The value of `key`, worked out by `compute` when not known; kept only if `keep` says so. */
	get(key: string, compute: () => V, keep: (value: V) => boolean = () => true): V {
		if (this.known.has(key)) return this.known.get(key) as V;
		const value = compute();
		if (keep(value)) {
			if (this.known.size >= this.max) this.known.delete(this.known.keys().next().value as string);
			this.known.set(key, value);
		}
		return value;
	}

	get size(): number {
		return this.known.size;
	}
}

/**
 * Whether `zone` is an IANA time zone, remembered per name: luxon's check builds an
 * Intl.DateTimeFormat each time (about 150 µs), and every item asks for each of its times. The
 * answer depends only on the name and the runtime's zone data, so it never goes stale; at most
 * `max` names are kept (the oldest is dropped), so names typed per item cannot grow it.
 */
export class ZoneValidity {
	private known: Remembered<boolean>;

	constructor(
		readonly max = 512,
		private readonly check: (zone: string) => boolean = (zone) => IANAZone.isValidZone(zone),
	) {
		this.known = new Remembered(max);
	}

	isValid(zone: string): boolean {
		return this.known.get(zone, () => this.check(zone));
	}

	get size(): number {
		return this.known.size;
	}
}

const zoneValidity = new ZoneValidity();

/** Whether `zone` is an IANA time zone name (cached, see ZoneValidity). */
export function isTimeZone(zone: string): boolean {
	return zoneValidity.isValid(zone);
}

/** Returns the zone, or throws a DateInputError naming the IANA form expected. */
export function assertTimeZone(zone: string): string {
	if (!isTimeZone(zone)) {
		throw new DateInputError(
			`"${zone}" is not a time zone. Use an IANA name such as America/New_York or Europe/Berlin.`,
		);
	}
	return zone;
}

// An ISO string with a trailing Z or ±hh:mm (or ±hhmm) carries its own offset.
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Reads what n8n users hand over as a point in time: the date-time picker's value, ISO 8601 with or
 * without an offset, a Luxon DateTime or JS Date from an expression, or epoch milliseconds. Values that
 * carry no offset are wall-clock times in `zone`; the result keeps the instant and is expressed in
 * `zone`, so the offset sent is the one in force on that date there (daylight saving included).
 */
export function toDateTime(value: unknown, zone: string): DateTime {
	assertTimeZone(zone);
	let parsed: DateTime;
	if (isLuxonDateTime(value)) {
		parsed = DateTime.fromMillis(value.toMillis(), { zone });
	} else if (value instanceof Date) {
		parsed = DateTime.fromJSDate(value, { zone });
	} else if (
		typeof value === 'number' ||
		(typeof value === 'string' && /^\d{9,}$/.test(value.trim()))
	) {
		const millis = Number(value);
		// Epoch seconds (a 10-digit number today) read as milliseconds would land in January 1970.
		if (millis < 100_000_000_000) {
			throw new DateInputError(
				`${millis} looks like epoch seconds; expected epoch milliseconds (multiply by 1000) or an ISO 8601 date and time`,
			);
		}
		parsed = DateTime.fromMillis(millis, { zone });
	} else if (typeof value === 'string') {
		parsed = readDateTimeText(value, zone);
	} else {
		throw new DateInputError(
			`is ${describeValue(value)}; expected a date and time such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00`,
		);
	}
	if (!parsed.isValid) {
		throw new DateInputError(
			`"${String(value)}" is not a date and time. Expected ISO 8601 such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00, or epoch milliseconds`,
		);
	}
	return parsed.setZone(zone);
}

/**
 * The same text in the same zone recurs across items when a time is typed once for all of them (a
 * Get Many range, a fixed start): it is parsed once. A DateTime is immutable, so sharing one is
 * safe; text that does not parse is not kept and fails afresh, and text without a date is not given
 * to it (readDateTimeText). At most `max` entries, the oldest
 * dropped first.
 */
export class ParsedTimes {
	private known: Remembered<DateTime>;

	constructor(readonly max = 256) {
		this.known = new Remembered(max);
	}

	read(text: string, zone: string, parse: (text: string, zone: string) => DateTime): DateTime {
		return this.known.get(
			`${zone}\u0000${text}`,
			() => parse(text, zone),
			(parsed) => parsed.isValid,
		);
	}

	get size(): number {
		return this.known.size;
	}
}

const parsedTimes = new ParsedTimes();

// Text that starts with a calendar date names the same instant whenever it is read. Text without one
// ("09:00" is today at 09:00 to luxon) depends on the day: it is parsed each time, never kept.
const DATED = /^\s*[+-]?\d{4}-\d{2}/;

function readDateTimeText(value: string, zone: string): DateTime {
	if (!DATED.test(value)) return parseDateTimeText(value, zone);
	return parsedTimes.read(value, zone, parseDateTimeText);
}

function parseDateTimeText(value: string, zone: string): DateTime {
	const text = value.trim();
	if (text === '') throw new DateInputError('is empty; expected a date and time');
	const iso = text.replace(' ', 'T');
	let parsed = DateTime.fromISO(iso, { zone });
	if (!parsed.isValid) parsed = DateTime.fromRFC2822(text, { zone });
	if (!parsed.isValid) parsed = DateTime.fromHTTP(text, { zone });
	if (parsed.isValid && !HAS_OFFSET.test(iso)) {
		// A wall-clock time in a spring-forward gap does not exist; luxon would silently shift it an hour.
		const wall = DateTime.fromISO(iso, { zone: 'UTC' });
		if (wall.isValid && (wall.hour !== parsed.hour || wall.minute !== parsed.minute)) {
			throw new DateInputError(
				`"${text}" does not exist in ${zone}: the clocks skip that hour for daylight saving time`,
			);
		}
	}
	return parsed;
}

/** ISO 8601 with the offset in force at that instant in the value's zone, e.g. 2026-03-09T14:30:00-04:00. */
export function toApiDateTime(value: DateTime): string {
	return value.toISO({ suppressMilliseconds: true, includeOffset: true }) as string;
}

/** Parses "HH:mm" (24-hour) into numbers; the caller names the field in the error. */
export function parseClockTime(value: unknown): { hour: number; minute: number } {
	const text = typeof value === 'string' ? value.trim() : '';
	const match = /^(\d{1,2}):(\d{2})$/.exec(text);
	if (!match) {
		throw new DateInputError(
			`"${String(value)}" is not a time of day; expected HH:mm such as 09:00 or 17:30`,
		);
	}
	const hour = Number(match[1]);
	const minute = Number(match[2]);
	// The spec allows hours 0-23 and minutes 0-60 (Hour schema); a minute of 60 is no clock time, so we refuse it.
	if (hour > 23 || minute > 59) {
		throw new DateInputError(
			`"${text}" is out of range; hours go from 00 to 23 and minutes from 00 to 59`,
		);
	}
	return { hour, minute };
}

/** `value` as a point in time in `zone`; an unreadable value becomes a FieldError naming `field`. */
export function readTime(field: string, value: unknown, zone: string): DateTime {
	return parseField(
		field,
		() => toDateTime(value, zone),
		(error) => error instanceof DateInputError,
	);
}

/** The time zone chosen in the parameter at `path` (a picker), or the workflow's when it is left empty. */
export function zoneFor(
	context: Pick<IExecuteSingleFunctions, 'getNodeParameter' | 'getTimezone'>,
	path: string,
): string {
	const chosen = extractId(context.getNodeParameter(path, '', { extractValue: true }));
	if (isBlank(chosen)) return context.getTimezone();
	if (typeof chosen !== 'string') {
		throw new FieldError(
			'Time Zone',
			'is not text; expected an IANA name such as America/New_York',
		);
	}
	return parseField(
		'Time Zone',
		() => assertTimeZone(chosen.trim()),
		() => true,
	);
}

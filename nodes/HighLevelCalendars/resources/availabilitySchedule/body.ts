import { DateTime } from 'luxon';
import type { IDataObject, INodePropertyCollection } from 'n8n-workflow';

import { DateInputError, assertTimeZone, parseClockTime, readTime } from '../../shared/input/dates';
import {
	FieldError,
	describeValue,
	isBlank,
	parseField,
	requireBoolean,
	requireId,
	requireOneOf,
} from '../../shared/input/fields';
import { extractId, extractLocatorId } from '../../shared/input/ids';
import { valueLabel } from '../calendar/body';
import { calendarIdsField, calendarIdsPicker, rulesField, scheduleDays } from './fields';

/**
 * Turns the schedule builders of the editor into CreateScheduleDTO / UpdateScheduleDTO shapes. Pure:
 * input is the raw body the routing engine assembled, and the zone the dates are read in.
 */

type Raw = IDataObject | undefined;

/**
 * The entries of group `key` of a builder. A builder value that is no object (an expression giving a
 * list or text) is refused under `field`, rather than sending nothing for it.
 */
function entries(raw: unknown, key: string, field: string): IDataObject[] {
	if (raw === undefined || raw === null) return [];
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		throw new FieldError(
			field,
			`is ${describeValue(raw)}; expected the builder's entries, not an expression that replaces them`,
		);
	}
	const list = (raw as IDataObject)[key];
	if (list === undefined) return [];
	return (Array.isArray(list) ? list : [list]) as IDataObject[];
}

function groupName(key: string): string {
	const group = ((rulesField.options ?? []) as INodePropertyCollection[]).find(
		(option) => option.name === key,
	);
	return group?.displayName ?? key;
}

// CreateScheduleDTO.timezone's pattern: only Area/City names (no UTC, no Etc/GMT+5, no
// America/Argentina/Buenos_Aires, no America/Port-au-Prince), although its description says "IANA
// timezone identifier". HighLevel validates against the pattern, so names outside it are refused here.
const SPEC_ZONE_PATTERN = /^[A-Za-z_]+\/[A-Za-z_]+$/;

/**
 * Zone names are case-insensitive to luxon, and `america/chicago` fits the spec's pattern, but the
 * schedule would keep it as typed: send the IANA spelling where Intl knows it. Only a difference of
 * case is taken from Intl, which also swaps names for their ICU aliases (Asia/Kolkata for
 * Asia/Calcutta); other names are sent as given.
 */
function canonicalCase(zone: string): string {
	const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
	return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

/** The schedule's time zone: a valid IANA name that fits the spec's pattern; blank gives undefined. */
export function toScheduleTimeZone(field: string, value: unknown): string | undefined {
	const zone = extractId(value);
	if (isBlank(zone)) return undefined;
	if (typeof zone !== 'string') {
		throw new FieldError(field, 'is not text; expected an IANA name such as America/New_York');
	}
	const name = canonicalCase(
		parseField(
			field,
			() => assertTimeZone(zone.trim()),
			(error) => error instanceof DateInputError,
		),
	);
	if (!SPEC_ZONE_PATTERN.test(name)) {
		throw new FieldError(
			field,
			`"${name}" is a time zone, but HighLevel's schedules take only Area/City names (letters and _), such as America/New_York; choose the Area/City zone with the same clock`,
		);
	}
	return name;
}

function minutesOf(field: string, value: unknown): number {
	const { hour, minute } = parseField(
		field,
		() => parseClockTime(value),
		(error) => error instanceof DateInputError,
	);
	return hour * 60 + minute;
}

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// A date, or a date-time without an offset (the date picker's value): wall-clock values in any zone.
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * An override's calendar date (YYYY-MM-DD). A wall-clock value names its date as written: read as a
 * time in the schedule's zone, the picker's midnight would be refused on the days a daylight-saving
 * change skips midnight (America/Havana, America/Santiago, Asia/Beirut). Instants (an offset, epoch
 * milliseconds, a Luxon DateTime) are read with luxon and give their date in `zone`.
 */
function overrideDate(field: string, value: unknown, zone: string): string {
	const text = typeof value === 'string' ? value.trim() : undefined;
	const wallClock = text === undefined ? null : WALL_CLOCK.exec(text);
	if (wallClock && DateTime.fromISO(text!.replace(' ', 'T'), { zone: 'UTC' }).isValid) {
		return wallClock[1];
	}
	return readTime(field, value, zone).toISODate() as string;
}

interface Rule {
	rule: IDataObject;
	ranges: Array<{ from: number; to: number; label: string }>;
	unavailable?: string;
}

/** One checked interval of an entry: From before To, as HH:mm. */
function readInterval(label: string, entry: IDataObject) {
	const from = minutesOf(`${label} → ${valueLabel(rulesField, 'from')}`, entry.from);
	const to = minutesOf(`${label} → ${valueLabel(rulesField, 'to')}`, entry.to);
	if (to <= from) {
		throw new FieldError(
			label,
			`ends at ${String(entry.to)}, which is not after it starts (${String(entry.from)})`,
		);
	}
	return { from, to, label };
}

/**
 * ScheduleRuleDTO[] from the Availability builder: weekly entries of the same day and overrides of the
 * same date become one rule with several intervals, which must not overlap. A date is read in `zone`
 * (the schedule's time zone) and sent as YYYY-MM-DD; an override marked unavailable has no intervals.
 */
export function toScheduleRules(raw: Raw, zone: string): IDataObject[] {
	const rules = new Map<string, Rule>();
	const days = scheduleDays.map((option) => option.value as string);
	entries(raw, 'weekly', rulesField.displayName).forEach((entry, index) => {
		const label = `${rulesField.displayName} → ${groupName('weekly')} ${index + 1}`;
		const day = requireOneOf(`${label} → ${valueLabel(rulesField, 'day')}`, entry.day, days);
		const key = `wday:${day}`;
		const found = rules.get(key) ?? { rule: { type: 'wday', day }, ranges: [] };
		found.ranges.push(readInterval(label, entry));
		rules.set(key, found);
	});
	entries(raw, 'override', rulesField.displayName).forEach((entry, index) => {
		const label = `${rulesField.displayName} → ${groupName('override')} ${index + 1}`;
		const dateLabel = `${label} → ${valueLabel(rulesField, 'date')}`;
		if (isBlank(entry.date))
			throw new FieldError(dateLabel, 'is empty; expected a date such as 2026-12-24');
		const date = overrideDate(dateLabel, entry.date, zone);
		const key = `date:${date}`;
		const found = rules.get(key) ?? { rule: { type: 'date', date }, ranges: [] };
		const unavailable =
			entry.unavailable !== undefined &&
			requireBoolean(`${label} → ${valueLabel(rulesField, 'unavailable')}`, entry.unavailable);
		if (unavailable) found.unavailable = label;
		else found.ranges.push(readInterval(label, entry));
		if (found.unavailable && found.ranges.length) {
			throw new FieldError(
				found.unavailable,
				`marks ${date} unavailable all day, but another entry gives it hours; keep one of them`,
			);
		}
		rules.set(key, found);
	});
	return [...rules.values()].map(({ rule, ranges }) => {
		const sorted = [...ranges].sort((a, b) => a.from - b.from);
		sorted.forEach((range, index) => {
			const previous = sorted[index - 1];
			if (previous && range.from < previous.to) {
				throw new FieldError(
					range.label,
					`(${clock(range.from)}–${clock(range.to)}) overlaps ${previous.label} (${clock(previous.from)}–${clock(previous.to)}) on the same ${rule.type === 'wday' ? 'day' : 'date'}`,
				);
			}
		});
		return {
			...rule,
			intervals: sorted.map(({ from, to }) => ({ from: clock(from), to: clock(to) })),
		};
	});
}

/** CreateScheduleDTO.calendarIds from the Calendars builder: each a checked ID, each once. */
export function toCalendarIds(raw: Raw): string[] {
	const ids = entries(raw, 'calendar', calendarIdsField.displayName).map((entry, index) => {
		const label = `${calendarIdsField.displayName} → entry ${index + 1}`;
		return requireId(label, extractLocatorId(label, calendarIdsPicker, entry.calendarId));
	});
	return [...new Set(ids)];
}

/**
 * Replaces the builders of `body` by their API shapes. The time zone is checked first: the dates of
 * the rules are read in it, or in `fallbackZone` (the workflow's) when the body has none (Update).
 * `required` (Create): CreateScheduleDTO requires a name and a time zone, so blank ones are refused
 * here rather than by HighLevel.
 */
export function shapeScheduleBody(
	body: IDataObject,
	fallbackZone: string,
	{ required = false } = {},
): IDataObject {
	const shaped: IDataObject = { ...body };
	if (required && isBlank(shaped.name)) {
		throw new FieldError('Name', 'is empty; give the schedule a name');
	}
	const zone = toScheduleTimeZone('Time Zone', shaped.timezone);
	if (zone !== undefined) shaped.timezone = zone;
	else if (required) {
		throw new FieldError('Time Zone', 'is empty; choose the time zone of the schedule');
	} else delete shaped.timezone;
	if ('rules' in shaped) {
		const rules = toScheduleRules(shaped.rules as Raw, (shaped.timezone as string) ?? fallbackZone);
		if (rules.length) shaped.rules = rules;
		else delete shaped.rules;
	}
	if ('calendarIds' in shaped) {
		const ids = toCalendarIds(shaped.calendarIds as Raw);
		if (ids.length) shaped.calendarIds = ids;
		else delete shaped.calendarIds;
	}
	return shaped;
}

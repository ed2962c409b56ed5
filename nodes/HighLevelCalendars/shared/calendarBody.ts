import type { IDataObject } from 'n8n-workflow';

import { DateInputError, parseClockTime } from './dates';
import {
	FieldError,
	isBlank,
	parseField,
	requireBoolean,
	requireId,
	requireNumber,
	requireOneOf,
	requireString,
} from './input';

/**
 * Turns the calendar builders of the editor (fixed collections) into the nested shapes of
 * CalendarCreateDTO / CalendarUpdateDTO. Pure: input is the raw body the routing engine assembled.
 */

type Raw = IDataObject | undefined;

function entries(raw: unknown, key: string): IDataObject[] {
	const list = (raw as IDataObject | undefined)?.[key];
	if (list === undefined) return [];
	return (Array.isArray(list) ? list : [list]) as IDataObject[];
}

function clock(field: string, value: unknown) {
	return parseField(field, () => parseClockTime(value), (error) => error instanceof DateInputError);
}

/** One Hour object of the spec from "HH:mm" open and close times; close must come after open. */
export function toHour(field: string, openTime: unknown, closeTime: unknown): IDataObject {
	const open = clock(`${field} → Open Time`, openTime);
	const close = clock(`${field} → Close Time`, closeTime);
	if (close.hour * 60 + close.minute <= open.hour * 60 + open.minute) {
		throw new FieldError(
			field,
			`closes at ${String(closeTime)}, which is not after it opens (${String(openTime)})`,
		);
	}
	return {
		openHour: open.hour,
		openMinute: open.minute,
		closeHour: close.hour,
		closeMinute: close.minute,
	};
}

/** Entries sharing the same set of days become one OpenHour with several ranges. */
export function toOpenHours(raw: Raw): IDataObject[] {
	const byDays = new Map<string, { daysOfTheWeek: number[]; hours: IDataObject[] }>();
	entries(raw, 'hours').forEach((entry, index) => {
		const field = `Open Hours → entry ${index + 1}`;
		const rawDays = entry.daysOfTheWeek;
		const days = (Array.isArray(rawDays) ? rawDays : isBlank(rawDays) ? [] : [rawDays]).map((day) =>
			requireNumber(`${field} → Days`, day, { min: 0, max: 6, integer: true }),
		);
		if (days.length === 0) {
			throw new FieldError(`${field} → Days`, 'has no days; choose at least one day of the week');
		}
		const sorted = [...new Set(days)].sort((a, b) => a - b);
		const key = sorted.join(',');
		const group = byDays.get(key) ?? { daysOfTheWeek: sorted, hours: [] };
		group.hours.push(toHour(field, entry.openTime, entry.closeTime));
		byDays.set(key, group);
	});
	return [...byDays.values()];
}

/** The spec wants `<YYYY-MM-DD in local timezone>T00:00:00.000Z`: the calendar date, not an instant. */
export function toAvailabilityDate(field: string, value: unknown): string {
	// A Luxon DateTime or JS Date from an expression (such as {{ $today }}) counts by its own calendar date.
	const text =
		typeof value === 'string'
			? value.trim()
			: value instanceof Date
				? value.toISOString()
				: typeof (value as { toISODate?: unknown })?.toISODate === 'function'
					? String((value as { toISODate(): string }).toISODate())
					: '';
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (!match) {
		throw new FieldError(field, `is ${isBlank(value) ? 'empty' : `"${String(value)}"`}; expected a date such as 2026-12-24`);
	}
	const [, year, month, day] = match;
	const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) {
		throw new FieldError(field, `"${text}" is not a date on the calendar`);
	}
	return `${year}-${month}-${day}T00:00:00.000Z`;
}

export function toAvailabilities(raw: Raw): IDataObject[] {
	const byDate = new Map<string, IDataObject>();
	entries(raw, 'date').forEach((entry, index) => {
		const field = `Custom Availability → entry ${index + 1}`;
		const date = toAvailabilityDate(`${field} → Date`, entry.date);
		const id = isBlank(entry.id) ? undefined : requireId(`${field} → Existing Entry ID`, entry.id);
		const key = id ?? date;
		const availability = byDate.get(key) ?? { date, hours: [] as IDataObject[] };
		if (id) availability.id = id;
		if (entry.deleted !== undefined) {
			availability.deleted = requireBoolean(`${field} → Delete`, entry.deleted);
		}
		(availability.hours as IDataObject[]).push(toHour(field, entry.openTime, entry.closeTime));
		byDate.set(key, availability);
	});
	return [...byDate.values()];
}

const CONFERENCE_KINDS = ['zoom_conference', 'google_conference', 'ms_teams_conference'];

export function toLocationConfigurations(raw: Raw, field = 'Meeting Locations'): IDataObject[] {
	return entries(raw, 'location').map((entry, index) => {
		const label = `${field} → entry ${index + 1}`;
		const kind = requireString(`${label} → Kind`, entry.kind);
		const configuration: IDataObject = { kind };
		// Conference kinds take no location: HighLevel generates the link itself.
		if (!isBlank(entry.location) && !CONFERENCE_KINDS.includes(kind)) {
			configuration.location = requireString(`${label} → Location`, entry.location);
		}
		return configuration;
	});
}

export function toTeamMembers(raw: Raw): IDataObject[] {
	const members = entries(raw, 'member').map((entry, index) => {
		const field = `Team Members → entry ${index + 1}`;
		const member: IDataObject = { userId: requireId(`${field} → User`, extractId(entry.userId)) };
		if (!isBlank(entry.priority)) {
			member.priority = requireOneOf(`${field} → Priority`, Number(entry.priority), [0, 0.5, 1]);
		}
		if (entry.isPrimary !== undefined) {
			member.isPrimary = requireBoolean(`${field} → Primary`, entry.isPrimary);
		}
		const locations = toLocationConfigurations(
			entry.locationConfigurations as Raw,
			`${field} → Meeting Locations`,
		);
		if (locations.length) member.locationConfigurations = locations;
		return member;
	});
	const primaries = members.filter((member) => member.isPrimary === true).length;
	if (primaries > 1) {
		throw new FieldError('Team Members', `marks ${primaries} members as primary; at most one can be`);
	}
	return members;
}

/** A resource locator value ({ __rl, mode, value }) or a plain ID. */
export function extractId(value: unknown): unknown {
	if (value && typeof value === 'object' && '__rl' in value) return (value as IDataObject).value;
	return value;
}

function singleSettings(raw: Raw): IDataObject | undefined {
	const settings = (raw as IDataObject | undefined)?.settings;
	return settings && typeof settings === 'object' ? { ...(settings as IDataObject) } : undefined;
}

export function toRecurring(raw: Raw): IDataObject | undefined {
	const settings = singleSettings(raw);
	if (!settings) return undefined;
	if (settings.count !== undefined) {
		settings.count = requireNumber('Recurring Settings → Count', settings.count, {
			min: 1,
			max: 24,
			integer: true,
		});
	}
	return settings;
}

export function toLookBusy(raw: Raw): IDataObject | undefined {
	const settings = singleSettings(raw);
	if (!settings) return undefined;
	return {
		enabled: requireBoolean('Look Busy → Enabled', settings.enabled ?? true),
		LookBusyPercentage: requireNumber(
			'Look Busy → Percentage of Slots to Hide',
			settings.LookBusyPercentage ?? 0,
			{ min: 0, max: 100 },
		),
	};
}

const shapers: Record<string, (raw: Raw) => IDataObject[] | IDataObject | undefined> = {
	openHours: toOpenHours,
	availabilities: toAvailabilities,
	locationConfigurations: (raw) => toLocationConfigurations(raw),
	teamMembers: toTeamMembers,
	recurring: toRecurring,
	lookBusyConfig: toLookBusy,
};

/** Replaces every builder in `body` by its API shape and drops builders the user left empty. */
export function shapeCalendarBody(body: IDataObject): IDataObject {
	const shaped: IDataObject = { ...body };
	for (const [property, shape] of Object.entries(shapers)) {
		if (!(property in shaped)) continue;
		const value = shape(shaped[property] as Raw);
		if (value === undefined || (Array.isArray(value) && value.length === 0)) delete shaped[property];
		else shaped[property] = value;
	}
	return shaped;
}

import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { DateInputError, parseClockTime } from '../../shared/input/dates';
import {
	FieldError,
	isBlank,
	parseField,
	requireBoolean,
	requireId,
	requireNumber,
	requireOneOf,
	requireString,
} from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { extractId } from '../../shared/input/ids';
import {
	customAvailabilityField,
	locationConfigurationsField,
	lookBusyField,
	openHoursField,
	recurringField,
	teamMembersField,
} from './builders';

/**
 * Turns the calendar builders of the editor (fixed collections) into the nested shapes of
 * CalendarCreateDTO / CalendarUpdateDTO. Pure: input is the raw body the routing engine assembled.
 */

type Raw = IDataObject | undefined;

/** The label the editor shows for value `name` of a builder, for errors that name the field. */
export function valueLabel(field: INodeProperties, name: string): string {
	for (const group of (field.options ?? []) as INodePropertyCollection[]) {
		const value = (group.values ?? []).find((candidate) => candidate.name === name);
		if (value) return value.displayName;
	}
	return name;
}

const entryLabel = (field: INodeProperties, index: number) =>
	`${field.displayName} → entry ${index + 1}`;

function entries(raw: unknown, key: string): IDataObject[] {
	const list = (raw as IDataObject | undefined)?.[key];
	if (list === undefined) return [];
	return (Array.isArray(list) ? list : [list]) as IDataObject[];
}

function clock(field: string, value: unknown) {
	return parseField(
		field,
		() => parseClockTime(value),
		(error) => error instanceof DateInputError,
	);
}

/** One Hour object of the spec from "HH:mm" open and close times; close must come after open. */
export function toHour(field: string, openTime: unknown, closeTime: unknown): IDataObject {
	const open = clock(`${field} → ${valueLabel(openHoursField, 'openTime')}`, openTime);
	const close = clock(`${field} → ${valueLabel(openHoursField, 'closeTime')}`, closeTime);
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
		const field = entryLabel(openHoursField, index);
		const daysLabel = `${field} → ${valueLabel(openHoursField, 'daysOfTheWeek')}`;
		const rawDays = entry.daysOfTheWeek;
		const days = (Array.isArray(rawDays) ? rawDays : isBlank(rawDays) ? [] : [rawDays]).map((day) =>
			requireNumber(daysLabel, day, { min: 0, max: 6, integer: true }),
		);
		if (days.length === 0) {
			throw new FieldError(daysLabel, 'has no days; choose at least one day of the week');
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
		throw new FieldError(
			field,
			`is ${isBlank(value) ? 'empty' : `"${String(value)}"`}; expected a date such as 2026-12-24`,
		);
	}
	const [, year, month, day] = match;
	const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) {
		throw new FieldError(field, `"${text}" is not a date on the calendar`);
	}
	return `${year}-${month}-${day}T00:00:00.000Z`;
}

// Update's variant: it also has the Existing Entry ID and Delete values.
const availabilityField = customAvailabilityField({ forUpdate: true });

export function toAvailabilities(raw: Raw): IDataObject[] {
	const byDate = new Map<string, IDataObject>();
	entries(raw, 'date').forEach((entry, index) => {
		const field = entryLabel(availabilityField, index);
		const date = toAvailabilityDate(
			`${field} → ${valueLabel(availabilityField, 'date')}`,
			entry.date,
		);
		const id = isBlank(entry.id)
			? undefined
			: requireId(`${field} → ${valueLabel(availabilityField, 'id')}`, entry.id);
		const key = id ?? date;
		const availability = byDate.get(key) ?? { date, hours: [] as IDataObject[] };
		if (id) availability.id = id;
		if (entry.deleted !== undefined) {
			availability.deleted = requireBoolean(
				`${field} → ${valueLabel(availabilityField, 'deleted')}`,
				entry.deleted,
			);
		}
		(availability.hours as IDataObject[]).push(toHour(field, entry.openTime, entry.closeTime));
		byDate.set(key, availability);
	});
	return [...byDate.values()];
}

const CONFERENCE_KINDS = ['zoom_conference', 'google_conference', 'ms_teams_conference'];

export function toLocationConfigurations(
	raw: Raw,
	field = locationConfigurationsField.displayName,
): IDataObject[] {
	return entries(raw, 'location').map((entry, index) => {
		const label = `${field} → entry ${index + 1}`;
		const kind = requireString(
			`${label} → ${valueLabel(locationConfigurationsField, 'kind')}`,
			entry.kind,
		);
		const configuration: IDataObject = { kind };
		// Conference kinds take no location: HighLevel generates the link itself.
		if (!isBlank(entry.location) && !CONFERENCE_KINDS.includes(kind)) {
			configuration.location = requireString(
				`${label} → ${valueLabel(locationConfigurationsField, 'location')}`,
				entry.location,
			);
		}
		return configuration;
	});
}

export function toTeamMembers(raw: Raw): IDataObject[] {
	const members = entries(raw, 'member').map((entry, index) => {
		const field = entryLabel(teamMembersField, index);
		const label = (name: string) => `${field} → ${valueLabel(teamMembersField, name)}`;
		const member: IDataObject = { userId: requireId(label('userId'), extractId(entry.userId)) };
		if (!isBlank(entry.priority)) {
			member.priority = requireOneOf(label('priority'), Number(entry.priority), [0, 0.5, 1]);
		}
		if (entry.isPrimary !== undefined) {
			member.isPrimary = requireBoolean(label('isPrimary'), entry.isPrimary);
		}
		const locations = toLocationConfigurations(
			entry.locationConfigurations as Raw,
			label('locationConfigurations'),
		);
		if (locations.length) member.locationConfigurations = locations;
		return member;
	});
	const primaries = members.filter((member) => member.isPrimary === true).length;
	if (primaries > 1) {
		throw new FieldError(
			teamMembersField.displayName,
			`marks ${primaries} members as primary; at most one can be`,
		);
	}
	return members;
}

function singleSettings(raw: Raw): IDataObject | undefined {
	const settings = (raw as IDataObject | undefined)?.settings;
	return settings && typeof settings === 'object' ? { ...(settings as IDataObject) } : undefined;
}

export function toRecurring(raw: Raw): IDataObject | undefined {
	const settings = singleSettings(raw);
	if (!settings) return undefined;
	if (settings.count !== undefined) {
		settings.count = requireNumber(
			`${recurringField.displayName} → ${valueLabel(recurringField, 'count')}`,
			settings.count,
			{
				min: 1,
				max: 24,
				integer: true,
			},
		);
	}
	return settings;
}

export function toLookBusy(raw: Raw): IDataObject | undefined {
	const settings = singleSettings(raw);
	if (!settings) return undefined;
	return {
		enabled: requireBoolean(
			`${lookBusyField.displayName} → ${valueLabel(lookBusyField, 'enabled')}`,
			settings.enabled ?? true,
		),
		LookBusyPercentage: requireNumber(
			`${lookBusyField.displayName} → ${valueLabel(lookBusyField, 'LookBusyPercentage')}`,
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
		if (value === undefined || (Array.isArray(value) && value.length === 0))
			delete shaped[property];
		else shaped[property] = value;
	}
	return shaped;
}

export const shapeCalendarSettings: PreSend = hook(async function (options) {
	options.body = shapeCalendarBody(bodyOf(options));
	return options;
});

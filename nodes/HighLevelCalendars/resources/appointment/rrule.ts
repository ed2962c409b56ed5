import type { DateTime } from 'luxon';

import { FieldError, listOf } from '../../shared/input/fields';

/**
 * RFC 5545 recurrence rules as HighLevel takes them: an RRULE line without DTSTART (the series starts
 * at the appointment's start), optionally followed by EXDATE lines.
 */

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const WEEKDAY = /^[+-]?(?:[1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$/;
const DATE_OR_DATETIME = /^\d{8}(T\d{6}Z?)?$/;

function integerList(field: string, key: string, value: string, min: number, max: number) {
	for (const part of value.split(',')) {
		const number = Number(part);
		if (!/^[+-]?\d+$/.test(part) || Math.abs(number) < min || Math.abs(number) > max) {
			throw new FieldError(
				field,
				`${key}=${value} is not valid; expected whole numbers from ${min} to ${max}`,
			);
		}
	}
}

const checks: Record<string, (field: string, value: string) => void> = {
	FREQ: (field, value) => {
		if (!FREQUENCIES.includes(value)) {
			throw new FieldError(
				field,
				`FREQ=${value} is not valid; expected one of ${FREQUENCIES.join(', ')}`,
			);
		}
	},
	INTERVAL: (field, value) => integerList(field, 'INTERVAL', value, 1, 1000),
	COUNT: (field, value) => integerList(field, 'COUNT', value, 1, 10000),
	UNTIL: (field, value) => {
		if (!DATE_OR_DATETIME.test(value)) {
			throw new FieldError(
				field,
				`UNTIL=${value} is not valid; expected a date such as 20261231 or 20261231T235959Z`,
			);
		}
	},
	BYDAY: (field, value) => {
		for (const day of value.split(',')) {
			if (!WEEKDAY.test(day)) {
				throw new FieldError(
					field,
					`BYDAY=${value} is not valid; expected days such as MO,WE,FR or 1MO`,
				);
			}
		}
	},
	BYMONTHDAY: (field, value) => integerList(field, 'BYMONTHDAY', value, 1, 31),
	BYYEARDAY: (field, value) => integerList(field, 'BYYEARDAY', value, 1, 366),
	BYWEEKNO: (field, value) => integerList(field, 'BYWEEKNO', value, 1, 53),
	BYMONTH: (field, value) => integerList(field, 'BYMONTH', value, 1, 12),
	BYSETPOS: (field, value) => integerList(field, 'BYSETPOS', value, 1, 366),
	BYHOUR: (field, value) => integerList(field, 'BYHOUR', value, 0, 23),
	BYMINUTE: (field, value) => integerList(field, 'BYMINUTE', value, 0, 59),
	BYSECOND: (field, value) => integerList(field, 'BYSECOND', value, 0, 60),
	WKST: (field, value) => {
		if (!/^(MO|TU|WE|TH|FR|SA|SU)$/.test(value))
			throw new FieldError(field, `WKST=${value} is not a weekday`);
	},
};

/** Validates a rule and returns it with the RRULE: prefix; throws FieldError naming what is wrong. */
export function normalizeRrule(text: string, field = 'Recurrence Rule (RRULE)'): string {
	const lines = text
		.trim()
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	if (lines.length === 0) throw new FieldError(field, 'is empty');
	const [first, ...rest] = lines;
	if (/^DTSTART/i.test(first) || rest.some((line) => /^DTSTART/i.test(line))) {
		throw new FieldError(field, 'must not contain DTSTART: the series starts at the Start Time');
	}
	const rule = first.replace(/^RRULE:/i, '');
	const parts = new Map<string, string>();
	for (const part of rule.split(';').filter(Boolean)) {
		const [key, value, extra] = part.split('=');
		const name = (key ?? '').toUpperCase();
		if (value === undefined || value === '' || extra !== undefined) {
			throw new FieldError(field, `"${part}" is not a NAME=VALUE part`);
		}
		if (!checks[name]) throw new FieldError(field, `${name} is not an RRULE part`);
		if (parts.has(name)) throw new FieldError(field, `${name} appears twice`);
		checks[name](field, value.toUpperCase());
		parts.set(name, value.toUpperCase());
	}
	if (!parts.has('FREQ'))
		throw new FieldError(field, 'has no FREQ; expected for example RRULE:FREQ=WEEKLY;COUNT=4');
	if (parts.has('COUNT') && parts.has('UNTIL')) {
		throw new FieldError(field, 'has both COUNT and UNTIL; RFC 5545 allows only one');
	}
	for (const line of rest) {
		if (!/^EXDATE(;[^:]*)?:\d{8}(T\d{6}Z?)?(,\d{8}(T\d{6}Z?)?)*$/i.test(line)) {
			throw new FieldError(
				field,
				`"${line}" is not an EXDATE line; only RRULE and EXDATE lines are allowed`,
			);
		}
	}
	const ruleText = [...parts].map(([key, value]) => `${key}=${value}`).join(';');
	return [`RRULE:${ruleText}`, ...rest].join('\n');
}

export interface RecurrenceSettings {
	frequency?: unknown;
	interval?: unknown;
	ends?: unknown;
	count?: unknown;
	until?: DateTime;
	weekdays?: unknown;
}

/** The builder's choices as a rule: FREQ, INTERVAL, BYDAY and COUNT or UNTIL (in UTC, as RFC 5545 wants). */
export function buildRrule(settings: RecurrenceSettings): string {
	const field = 'Recurrence';
	const parts = [`FREQ=${String(settings.frequency ?? '')}`];
	if (settings.interval !== undefined && Number(settings.interval) !== 1) {
		parts.push(`INTERVAL=${String(settings.interval)}`);
	}
	const weekdays = listOf(settings.weekdays).map((day) => day.toUpperCase());
	if (weekdays.length) parts.push(`BYDAY=${weekdays.join(',')}`);
	if (settings.ends === 'until') {
		if (!settings.until)
			throw new FieldError(`${field} → Until`, 'is empty; give the date of the last occurrence');
		parts.push(`UNTIL=${settings.until.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
	} else {
		parts.push(`COUNT=${String(settings.count ?? '')}`);
	}
	return normalizeRrule(`RRULE:${parts.join(';')}`, field);
}

import { DateTime } from 'luxon';

import {
	DateInputError,
	assertTimeZone,
	parseClockTime,
	toApiDateTime,
	toDateTime,
} from '../../../nodes/HighLevelCalendars/shared/input/dates';

const api = (value: unknown, zone: string) => toApiDateTime(toDateTime(value, zone));

describe('toDateTime / toApiDateTime', () => {
	it('reads a value without offset as wall-clock time in the chosen zone', () => {
		expect(api('2026-06-15T14:30:00', 'America/New_York')).toBe('2026-06-15T14:30:00-04:00');
		expect(api('2026-01-15T14:30:00', 'America/New_York')).toBe('2026-01-15T14:30:00-05:00');
		expect(api('2026-06-15T14:30:00', 'Asia/Kolkata')).toBe('2026-06-15T14:30:00+05:30');
	});

	it('uses the offset in force on each side of a daylight-saving change', () => {
		// US clocks spring forward on 2026-03-08 at 02:00.
		expect(api('2026-03-07T10:00:00', 'America/New_York')).toBe('2026-03-07T10:00:00-05:00');
		expect(api('2026-03-09T10:00:00', 'America/New_York')).toBe('2026-03-09T10:00:00-04:00');
		// EU clocks fall back on 2026-10-25.
		expect(api('2026-10-24T09:00', 'Europe/Berlin')).toBe('2026-10-24T09:00:00+02:00');
		expect(api('2026-10-26T09:00', 'Europe/Berlin')).toBe('2026-10-26T09:00:00+01:00');
	});

	it('keeps the instant of a value with an offset and expresses it in the zone', () => {
		expect(api('2026-06-15T18:30:00Z', 'America/New_York')).toBe('2026-06-15T14:30:00-04:00');
		expect(api('2026-06-15T20:30:00+02:00', 'America/Chicago')).toBe('2026-06-15T13:30:00-05:00');
	});

	it('accepts Luxon DateTimes, JS Dates, epoch milliseconds and the picker format with a space', () => {
		const instant = DateTime.fromISO('2026-06-15T18:30:00Z');
		expect(api(instant, 'Europe/London')).toBe('2026-06-15T19:30:00+01:00');
		expect(api(new Date('2026-06-15T18:30:00Z'), 'UTC')).toBe('2026-06-15T18:30:00Z');
		expect(api(instant.toMillis(), 'UTC')).toBe('2026-06-15T18:30:00Z');
		expect(api(String(instant.toMillis()), 'UTC')).toBe('2026-06-15T18:30:00Z');
		expect(api('2026-06-15 14:30:00', 'America/New_York')).toBe('2026-06-15T14:30:00-04:00');
	});

	it('refuses a wall-clock time that the spring-forward gap skips', () => {
		expect(() => toDateTime('2026-03-08T02:30:00', 'America/New_York')).toThrow(
			/does not exist in America\/New_York/,
		);
	});

	it.each([
		['tomorrow at noon', /is not a date and time/],
		['2026-02-30T10:00:00', /is not a date and time/],
		['', /is empty/],
		[{ when: 'x' }, /is an object/],
		[null, /is null/],
		[true, /is true/],
		[1767225600, /looks like epoch seconds/],
		['1767225600', /looks like epoch seconds/],
	])('refuses %p', (value, message) => {
		expect(() => toDateTime(value, 'UTC')).toThrow(DateInputError);
		expect(() => toDateTime(value, 'UTC')).toThrow(message);
	});

	it('refuses an unknown time zone', () => {
		expect(() => assertTimeZone('Mars/Olympus')).toThrow(/IANA name/);
		expect(() => toDateTime('2026-06-15T10:00', 'EST5EDTX')).toThrow(DateInputError);
	});
});

describe('parseClockTime', () => {
	it('reads HH:mm', () => {
		expect(parseClockTime('09:05')).toEqual({ hour: 9, minute: 5 });
		expect(parseClockTime('7:30')).toEqual({ hour: 7, minute: 30 });
		expect(parseClockTime(' 23:59 ')).toEqual({ hour: 23, minute: 59 });
	});

	it.each(['24:00', '12:60', '9am', '', 930])('refuses %p', (value) => {
		expect(() => parseClockTime(value)).toThrow(DateInputError);
	});
});

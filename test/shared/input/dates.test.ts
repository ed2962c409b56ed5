import { DateTime, IANAZone, Settings } from 'luxon';

import {
	DateInputError,
	ParsedTimes,
	ZoneValidity,
	assertTimeZone,
	isTimeZone,
	parseClockTime,
	toApiDateTime,
	toDateTime,
} from '../../../nodes/HighLevelCalendars/shared/input/dates';
import { DEFAULTS, apiCalls, byId, byName, run, useSandbox } from '../../helpers/node';

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

describe('ZoneValidity', () => {
	it('checks a name once and remembers the answer, valid or not', () => {
		const check = jest.fn((zone: string) => IANAZone.isValidZone(zone));
		const zones = new ZoneValidity(8, check);
		for (let i = 0; i < 3; i++) {
			expect(zones.isValid('America/New_York')).toBe(true);
			expect(zones.isValid('Mars/Olympus')).toBe(false);
		}
		expect(check.mock.calls).toEqual([['America/New_York'], ['Mars/Olympus']]);
	});

	it('keeps at most `max` names, dropping the oldest, and answers right after dropping one', () => {
		const check = jest.fn((zone: string) => IANAZone.isValidZone(zone));
		const zones = new ZoneValidity(2, check);
		zones.isValid('Europe/Berlin');
		zones.isValid('Asia/Tokyo');
		zones.isValid('Not/AZone');
		expect(zones.size).toBe(2);
		expect(zones.isValid('Europe/Berlin')).toBe(true);
		expect(check).toHaveBeenCalledTimes(4);
		for (let i = 0; i < 50; i++) zones.isValid(`Typed/Per-Item-${i}`);
		expect(zones.size).toBe(2);
	});

	it('is what assertTimeZone and isTimeZone answer with', () => {
		expect(isTimeZone('Australia/Lord_Howe')).toBe(true);
		expect(isTimeZone('Australia/Lord_Howe ')).toBe(false);
		expect(() => assertTimeZone('Australia/Lord_Howe ')).toThrow(/IANA name/);
		expect(assertTimeZone('Australia/Lord_Howe')).toBe('Australia/Lord_Howe');
	});
});

describe('ParsedTimes', () => {
	const parse = (text: string, zone: string) => DateTime.fromISO(text, { zone });

	it('parses the same text in the same zone once, and each zone on its own', () => {
		const parser = jest.fn(parse);
		const times = new ParsedTimes(8);
		const first = times.read('2026-03-09T14:30:00', 'America/New_York', parser);
		expect(times.read('2026-03-09T14:30:00', 'America/New_York', parser)).toBe(first);
		const berlin = times.read('2026-03-09T14:30:00', 'Europe/Berlin', parser);
		expect(parser).toHaveBeenCalledTimes(2);
		expect(toApiDateTime(first)).toBe('2026-03-09T14:30:00-04:00');
		expect(toApiDateTime(berlin)).toBe('2026-03-09T14:30:00+01:00');
	});

	it('keeps no text that does not parse, and at most `max` entries', () => {
		const parser = jest.fn(parse);
		const times = new ParsedTimes(2);
		expect(times.read('nope', 'UTC', parser).isValid).toBe(false);
		expect(times.read('nope', 'UTC', parser).isValid).toBe(false);
		expect(parser).toHaveBeenCalledTimes(2);
		expect(times.size).toBe(0);
		for (let day = 10; day < 20; day++) times.read(`2026-03-${day}T10:00`, 'UTC', parser);
		expect(times.size).toBe(2);
	});

	it('leaves toDateTime as it was: every offset by date, the gap refused each time', () => {
		for (let i = 0; i < 2; i++) {
			expect(api('2026-03-07T10:00:00', 'America/New_York')).toBe('2026-03-07T10:00:00-05:00');
			expect(api('2026-03-09T10:00:00', 'America/New_York')).toBe('2026-03-09T10:00:00-04:00');
			expect(api('2026-03-09T10:00:00', 'Europe/Berlin')).toBe('2026-03-09T10:00:00+01:00');
			expect(() => toDateTime('2026-03-08T02:30:00', 'America/New_York')).toThrow(
				/does not exist in America\/New_York/,
			);
			expect(() => toDateTime('2026-02-30T10:00:00', 'UTC')).toThrow(/is not a date and time/);
		}
	});
});

describe('ParsedTimes and the current date', () => {
	afterEach(() => {
		Settings.now = () => Date.now();
	});

	it('reads a time without a date on the day it is read, not on the day it was first read', () => {
		// luxon fills a time-only ISO text ("09:00") with today's date in the zone: the same text
		// means another instant tomorrow, so its parse may not be kept across days.
		Settings.now = () => Date.parse('2026-03-09T12:00:00Z');
		expect(api('09:00', 'Europe/Berlin')).toBe('2026-03-09T09:00:00+01:00');
		Settings.now = () => Date.parse('2026-03-10T12:00:00Z');
		expect(api('09:00', 'Europe/Berlin')).toBe('2026-03-10T09:00:00+01:00');
		// Across a daylight saving change, the offset follows the new day too.
		Settings.now = () => Date.parse('2026-03-29T12:00:00Z');
		expect(api('09:00', 'Europe/Berlin')).toBe('2026-03-29T09:00:00+02:00');
	});
});

describe('time zones through the engine', () => {
	const ctx = useSandbox();

	it('checks the Time Zone once for a whole run, not for each time of each item', async () => {
		const checks = jest.spyOn(IANAZone, 'isValidZone');
		try {
			const result = await run(
				ctx.sandbox,
				{
					resource: 'appointment',
					operation: 'create',
					calendarId: byId(DEFAULTS.calendarId),
					contactId: byId(DEFAULTS.contactId),
					startTime: '={{ $json.start }}',
					appointmentCreateFields: {
						ignoreFreeSlotValidation: true,
						endTime: '={{ $json.end }}',
					},
					appointmentCreateOptions: { timeZone: byName('Pacific/Chatham') },
				},
				{
					items: [10, 11, 12, 13, 14].map((hour) => ({
						json: { start: `2026-04-05T${hour}:00:00`, end: `2026-04-05T${hour}:30:00` },
					})),
				},
			);
			expect(result.error).toBeUndefined();
			// Chatham leaves daylight saving time at 03:45 that day: +13:45 before, +12:45 after.
			expect(
				apiCalls(ctx.sandbox)
					.map((call) => (call.body as Record<string, string>).startTime)
					.sort(),
			).toEqual([10, 11, 12, 13, 14].map((hour) => `2026-04-05T${hour}:00:00+12:45`));
			// Ours once, and luxon's own once when it first builds the zone: five items with two times each.
			const ofChatham = checks.mock.calls.filter(([zone]) => zone === 'Pacific/Chatham');
			expect(ofChatham.length).toBeLessThanOrEqual(2);
		} finally {
			checks.mockRestore();
		}
	});
});

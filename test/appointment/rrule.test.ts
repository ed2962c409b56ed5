import { DateTime } from 'luxon';

import { FieldError } from '../../nodes/HighLevelCalendars/shared/input/fields';
import {
	buildRrule,
	normalizeRrule,
} from '../../nodes/HighLevelCalendars/resources/appointment/rrule';

describe('buildRrule', () => {
	it('builds FREQ, INTERVAL, BYDAY and COUNT without DTSTART', () => {
		expect(
			buildRrule({
				frequency: 'WEEKLY',
				interval: 2,
				weekdays: ['MO', 'WE'],
				ends: 'count',
				count: 6,
			}),
		).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=6');
		expect(
			buildRrule({ frequency: 'DAILY', interval: 1, weekdays: [], ends: 'count', count: 5 }),
		).toBe('RRULE:FREQ=DAILY;COUNT=5');
	});

	it('takes the weekdays as comma-separated text too (an agent fills a list as one string)', () => {
		const rule = (weekdays: unknown) =>
			buildRrule({ frequency: 'WEEKLY', weekdays, ends: 'count', count: 4 });
		expect(rule('MO, we,FR')).toBe('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4');
		expect(rule('')).toBe('RRULE:FREQ=WEEKLY;COUNT=4');
		expect(() => rule('Monday')).toThrow(/BYDAY=MONDAY is not valid/);
	});

	it('writes UNTIL in UTC, whatever the zone of the chosen moment', () => {
		const until = DateTime.fromISO('2026-06-30T18:00:00', { zone: 'America/New_York' });
		expect(buildRrule({ frequency: 'MONTHLY', ends: 'until', until })).toBe(
			'RRULE:FREQ=MONTHLY;UNTIL=20260630T220000Z',
		);
	});

	it('refuses an until-rule without a date and a count of zero', () => {
		expect(() => buildRrule({ frequency: 'DAILY', ends: 'until' })).toThrow(
			'Recurrence → Until: is empty',
		);
		expect(() => buildRrule({ frequency: 'DAILY', ends: 'count', count: 0 })).toThrow(
			/COUNT=0 is not valid/,
		);
	});
});

describe('normalizeRrule', () => {
	it('adds the RRULE: prefix, upper-cases and keeps EXDATE lines', () => {
		expect(normalizeRrule('freq=daily;interval=1;count=5')).toBe(
			'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5',
		);
		expect(
			normalizeRrule(
				'RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z\nEXDATE:20211105T040000Z,20211106T040000Z',
			),
		).toBe(
			'RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z\nEXDATE:20211105T040000Z,20211106T040000Z',
		);
	});

	it.each([
		['DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY', /must not contain DTSTART/],
		['RRULE:INTERVAL=2;COUNT=3', /has no FREQ/],
		['RRULE:FREQ=FORTNIGHTLY', /FREQ=FORTNIGHTLY is not valid/],
		['RRULE:FREQ=WEEKLY;BYDAY=MON', /BYDAY=MON is not valid/],
		['RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20260101', /both COUNT and UNTIL/],
		['RRULE:FREQ=WEEKLY;COLOR=RED', /COLOR is not an RRULE part/],
		['RRULE:FREQ=WEEKLY;COUNT', /not a NAME=VALUE part/],
		['RRULE:FREQ=WEEKLY;UNTIL=next week', /UNTIL=NEXT WEEK is not valid/],
		['RRULE:FREQ=DAILY\nRDATE:20260101', /not an EXDATE line/],
	])('refuses %p', (rule, message) => {
		expect(() => normalizeRrule(rule)).toThrow(FieldError);
		expect(() => normalizeRrule(rule)).toThrow(message);
	});
});

import { DateTime } from 'luxon';
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import {
	shapeScheduleBody,
	toScheduleRules,
	toScheduleTimeZone,
} from '../../nodes/HighLevelCalendars/resources/availabilitySchedule/body';
import { rulesField } from '../../nodes/HighLevelCalendars/resources/availabilitySchedule/fields';
import { specDocument } from '../helpers/spec';

const schemas = specDocument().components.schemas as Record<string, any>;

describe('availability schedule builders', () => {
	const group = (name: string) =>
		((rulesField.options ?? []) as INodePropertyCollection[]).find(
			(option) => option.name === name,
		)!.values as INodeProperties[];

	it('offers exactly the days of ScheduleRuleDTO.day', () => {
		const days = (
			group('weekly').find((field) => field.name === 'day')!.options as INodePropertyOptions[]
		).map((option) => option.value);
		expect([...days].sort()).toEqual([...schemas.ScheduleRuleDTO.properties.day.enum].sort());
	});

	it('sends only the rule types of ScheduleRuleDTO.type, and the interval keys of ScheduleIntervalDTO', () => {
		const rules = toScheduleRules(
			{
				weekly: [{ day: 'monday', from: '09:00', to: '10:00' }],
				override: [{ date: '2026-07-04', from: '09:00', to: '10:00' }],
			},
			'UTC',
		);
		expect(rules.map((rule) => rule.type)).toEqual(schemas.ScheduleRuleDTO.properties.type.enum);
		for (const rule of rules) {
			expect(Object.keys(rule).every((key) => key in schemas.ScheduleRuleDTO.properties)).toBe(
				true,
			);
			for (const interval of rule.intervals as object[])
				expect(Object.keys(interval).sort()).toEqual(
					Object.keys(schemas.ScheduleIntervalDTO.properties).sort(),
				);
		}
	});

	it('pads one-digit hours, which the spec pattern allows but nobody writes back', () => {
		expect(toScheduleRules({ weekly: { day: 'sunday', from: '7:05', to: '9:30' } }, 'UTC')).toEqual(
			[{ type: 'wday', day: 'sunday', intervals: [{ from: '07:05', to: '09:30' }] }],
		);
	});

	it('reads a Luxon DateTime by its date in the schedule zone', () => {
		const lateInNewYork = DateTime.fromISO('2026-03-01T22:00:00', { zone: 'America/New_York' });
		expect(
			toScheduleRules({ override: [{ date: lateInNewYork, unavailable: true }] }, 'Asia/Tokyo'),
		).toEqual([{ type: 'date', date: '2026-03-02', intervals: [] }]);
	});

	it.each([
		['2026-03-08T00:00:00', 'America/Havana'],
		['2026-03-29 00:00:00', 'Asia/Beirut'],
		['2026-09-06', 'America/Santiago'],
	])(
		"takes the picker's midnight %s on a day %s skips midnight for daylight saving",
		(date, zone) => {
			expect(toScheduleRules({ override: [{ date, unavailable: true }] }, zone)).toEqual([
				{ type: 'date', date: date.slice(0, 10), intervals: [] },
			]);
		},
	);

	it.each(['2026-02-30', '2026-12-24T25:00:00', '2026-12-24T10:61:00'])(
		'still refuses %s, which is no date and time',
		(date) => {
			expect(() =>
				toScheduleRules({ override: [{ date, unavailable: true }] }, 'America/Chicago'),
			).toThrow(/^Availability → Date Override 1 → Date: "[^"]+" is not a date and time/);
		},
	);

	it.each([
		['America/New_York', 'America/New_York'],
		[' Europe/Berlin ', 'Europe/Berlin'],
		[{ __rl: true, mode: 'list', value: 'Asia/Tokyo' }, 'Asia/Tokyo'],
		// the IANA spelling is sent, so the schedule does not keep the name as typed
		['america/chicago', 'America/Chicago'],
		// only the case is corrected: Intl would turn Kolkata into its ICU alias Calcutta
		['Asia/Kolkata', 'Asia/Kolkata'],
		['US/Eastern', 'US/Eastern'],
		// the README's choice for UTC, which fits the pattern (Intl would call it UTC, which does not)
		['Etc/UTC', 'Etc/UTC'],
		['', undefined],
	])('takes the time zone %j as %j', (value, zone) => {
		expect(toScheduleTimeZone('Time Zone', value)).toBe(zone);
	});

	it.each(['UTC', 'Etc/GMT+5', 'America/Port-au-Prince'])(
		'refuses %s, which is IANA but outside the spec pattern',
		(zone) => {
			expect(() => toScheduleTimeZone('Time Zone', zone)).toThrow(/only Area\/City names/);
		},
	);

	it.each([
		['a list', [{ type: 'wday', day: 'monday' }]],
		['text', '[{"type":"wday"}]'],
	])(
		'refuses an Availability that an expression turned into %s, instead of sending no rules',
		(_, rules) => {
			expect(() => shapeScheduleBody({ name: 'x', rules }, 'UTC')).toThrow(
				/^Availability: is (a list|"\[\{"type":"wday"\}\]"); expected the builder's entries/,
			);
		},
	);

	it('drops builders left empty', () => {
		expect(shapeScheduleBody({ name: 'x', rules: {}, calendarIds: {} }, 'UTC')).toEqual({
			name: 'x',
		});
	});
});

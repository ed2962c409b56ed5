import { DateTime } from 'luxon';

import {
	endKeepingLength,
	shapeAppointmentTimes,
	shapeRecurrence,
	withOffsetTimes,
} from '../../nodes/HighLevelCalendars/resources/appointment/hooks';
import { nearest } from '../../nodes/HighLevelCalendars/resources/appointment/slotAlternatives';

describe('shapeAppointmentTimes', () => {
	it('writes times with the offset in force on that date in the zone', () => {
		expect(
			shapeAppointmentTimes(
				{ startTime: '2027-03-15T09:00:00', endTime: '' },
				'America/New_York',
				true,
			),
		).toEqual({
			startTime: '2027-03-15T09:00:00-04:00',
		});
	});

	it('refuses a missing start when one is required, and an end not after the start', () => {
		expect(() => shapeAppointmentTimes({}, 'UTC', true)).toThrow(
			/^Start Time: is undefined; expected a date and time/,
		);
		expect(() =>
			shapeAppointmentTimes(
				{ startTime: '2027-01-01T10:00:00', endTime: '2027-01-01T10:00:00' },
				'UTC',
				false,
			),
		).toThrow(/^End Time: .* is not after Start Time/);
	});
});

describe('shapeRecurrence', () => {
	it('builds the rule from the builder and turns free-slot validation on', () => {
		const body = shapeRecurrence(
			{ recurrence: { rule: { frequency: 'DAILY', ends: 'count', count: 3, interval: 1 } } },
			() => 'UTC',
		);
		expect(body).toEqual({ rrule: 'RRULE:FREQ=DAILY;COUNT=3', ignoreFreeSlotValidation: true });
	});

	it('drops an empty rule and refuses a rule with validation explicitly on', () => {
		expect(shapeRecurrence({ rrule: '' }, () => 'UTC')).toEqual({});
		expect(() =>
			shapeRecurrence(
				{ rrule: 'RRULE:FREQ=DAILY;COUNT=2', ignoreFreeSlotValidation: false },
				() => 'UTC',
			),
		).toThrow(/^Ignore Free Slot Validation/);
	});
});

describe('endKeepingLength', () => {
	it('keeps the length in real time across a daylight-saving change', () => {
		const start = DateTime.fromISO('2027-03-14T00:30:00', { zone: 'America/New_York' });
		const current = {
			startTime: '2027-03-12T23:30:00-05:00',
			endTime: '2027-03-13T01:00:00-05:00',
		};
		expect(endKeepingLength(start, current)).toBe('2027-03-14T03:00:00-04:00');
		expect(endKeepingLength(start, { startTime: 'x' })).toBeUndefined();
	});
});

describe("withOffsetTimes (a contact's appointments)", () => {
	it("adds each time as ISO 8601 with the offset in force on its date, keeping HighLevel's", () => {
		expect(
			withOffsetTimes(
				{
					id: 'a',
					startTime: '2027-03-13 09:00:00',
					endTime: '2027-03-15 09:00:00',
					dateAdded: '2027-03-01T12:00:00.123Z',
				},
				'America/New_York',
			),
		).toEqual({
			id: 'a',
			startTime: '2027-03-13 09:00:00',
			endTime: '2027-03-15 09:00:00',
			dateAdded: '2027-03-01T12:00:00.123Z',
			startTimeIso: '2027-03-13T09:00:00-05:00',
			endTimeIso: '2027-03-15T09:00:00-04:00',
			dateAddedIso: '2027-03-01T07:00:00.123-05:00',
		});
	});

	it('gives no ISO form to what is no date, and leaves other fields alone', () => {
		expect(
			withOffsetTimes({ startTime: 'soon', endTime: 7, notes: '2027-03-13 09:00:00' }, 'UTC'),
		).toEqual({ startTime: 'soon', endTime: 7, notes: '2027-03-13 09:00:00' });
	});
});

describe('nearest', () => {
	it('picks the slots nearest the target, in time order', () => {
		const slots = [
			'2027-01-04T09:00:00Z',
			'2027-01-04T12:00:00Z',
			'2027-01-04T10:00:00Z',
			'2027-01-05T09:00:00Z',
		];
		expect(nearest(slots, Date.parse('2027-01-04T10:20:00Z'), 2)).toEqual([
			'2027-01-04T09:00:00Z',
			'2027-01-04T10:00:00Z',
		]);
	});
});

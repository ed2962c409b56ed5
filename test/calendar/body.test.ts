import {
	shapeCalendarBody,
	toAvailabilities,
	toOpenHours,
	toTeamMembers,
} from '../../nodes/HighLevelCalendars/resources/calendar/body';
import { FieldError } from '../../nodes/HighLevelCalendars/shared/input/fields';

describe('toOpenHours', () => {
	it('turns entries into OpenHour objects, merging entries with the same days', () => {
		expect(
			toOpenHours({
				hours: [
					{ daysOfTheWeek: [5, 1, 3], openTime: '09:00', closeTime: '12:00' },
					{ daysOfTheWeek: [1, 3, 5], openTime: '13:30', closeTime: '17:45' },
					{ daysOfTheWeek: [6], openTime: '10:00', closeTime: '14:00' },
				],
			}),
		).toEqual([
			{
				daysOfTheWeek: [1, 3, 5],
				hours: [
					{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
					{ openHour: 13, openMinute: 30, closeHour: 17, closeMinute: 45 },
				],
			},
			{
				daysOfTheWeek: [6],
				hours: [{ openHour: 10, openMinute: 0, closeHour: 14, closeMinute: 0 }],
			},
		]);
	});

	it('refuses an entry without days, a bad time and a range that closes before it opens', () => {
		expect(() =>
			toOpenHours({ hours: [{ daysOfTheWeek: [], openTime: '09:00', closeTime: '17:00' }] }),
		).toThrow('Open Hours → entry 1 → Days: has no days');
		expect(() =>
			toOpenHours({ hours: [{ daysOfTheWeek: [1], openTime: '25:00', closeTime: '17:00' }] }),
		).toThrow('Open Hours → entry 1 → Open Time');
		expect(() =>
			toOpenHours({ hours: [{ daysOfTheWeek: [1], openTime: '17:00', closeTime: '09:00' }] }),
		).toThrow(/not after it opens/);
		expect(() =>
			toOpenHours({ hours: [{ daysOfTheWeek: [7], openTime: '09:00', closeTime: '10:00' }] }),
		).toThrow(/from 0 to 6/);
	});
});

describe('toAvailabilities', () => {
	it('uses the calendar date with the T00:00:00.000Z suffix the spec asks for, grouped by date', () => {
		expect(
			toAvailabilities({
				date: [
					{ date: '2026-12-24T00:00:00', openTime: '09:00', closeTime: '12:00' },
					{ date: '2026-12-24', openTime: '14:00', closeTime: '16:00' },
				],
			}),
		).toEqual([
			{
				date: '2026-12-24T00:00:00.000Z',
				hours: [
					{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
					{ openHour: 14, openMinute: 0, closeHour: 16, closeMinute: 0 },
				],
			},
		]);
	});

	it('refuses an impossible date', () => {
		expect(() =>
			toAvailabilities({ date: [{ date: '2026-02-30', openTime: '09:00', closeTime: '10:00' }] }),
		).toThrow(/not a date on the calendar/);
	});
});

describe('toTeamMembers', () => {
	it('shapes members with priority, primary flag and their meeting locations', () => {
		expect(
			toTeamMembers({
				member: [
					{
						userId: 'user-1',
						priority: 1,
						isPrimary: true,
						locationConfigurations: {
							location: [
								{ kind: 'zoom_conference', location: 'ignored' },
								{ kind: 'physical', location: '1 Main St' },
							],
						},
					},
					{ userId: { __rl: true, mode: 'list', value: 'user-2' }, priority: 0.5 },
				],
			}),
		).toEqual([
			{
				userId: 'user-1',
				priority: 1,
				isPrimary: true,
				locationConfigurations: [
					{ kind: 'zoom_conference' },
					{ kind: 'physical', location: '1 Main St' },
				],
			},
			{ userId: 'user-2', priority: 0.5 },
		]);
	});

	it('refuses a priority outside 0 / 0.5 / 1, a missing user and two primaries', () => {
		expect(() => toTeamMembers({ member: [{ userId: 'u', priority: 0.7 }] })).toThrow(
			/one of 0, 0.5, 1/,
		);
		expect(() => toTeamMembers({ member: [{ userId: '' }] })).toThrow(FieldError);
		expect(() =>
			toTeamMembers({
				member: [
					{ userId: 'a', isPrimary: true },
					{ userId: 'b', isPrimary: true },
				],
			}),
		).toThrow(/at most one/);
	});
});

describe('shapeCalendarBody', () => {
	it('shapes builders, unwraps single settings and drops empty builders', () => {
		expect(
			shapeCalendarBody({
				name: 'Intro',
				openHours: {},
				recurring: { settings: { freq: 'WEEKLY', count: 4, bookingOption: 'skip' } },
				lookBusyConfig: { settings: { enabled: true, LookBusyPercentage: 30 } },
				locationConfigurations: {
					location: [{ kind: 'custom', location: 'https://meet.example.com' }],
				},
			}),
		).toEqual({
			name: 'Intro',
			recurring: { freq: 'WEEKLY', count: 4, bookingOption: 'skip' },
			lookBusyConfig: { enabled: true, LookBusyPercentage: 30 },
			locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com' }],
		});
	});

	it('refuses a recurring count above 24', () => {
		expect(() => shapeCalendarBody({ recurring: { settings: { count: 30 } } })).toThrow(
			/from 1 to 24/,
		);
	});
});

import { DEFAULTS, apiCalls, fromList, only, run, useSandbox } from '../helpers/node';
import { calendarSettings } from './settings';

const ctx = useSandbox();
const calendar = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation, ...parameters }, options);

describe('Calendar: Update', () => {
	it('sends only the settings the user set, shaped like CalendarUpdateDTO', async () => {
		const { json, error } = await calendar('update', {
			calendarId: fromList(DEFAULTS.calendarId),
			...calendarSettings('update', {
				name: 'Renamed',
				slotDuration: 45,
				openHours: { hours: [{ daysOfTheWeek: [2, 4], openTime: '08:30', closeTime: '12:15' }] },
				availabilities: {
					date: [{ date: '2026-12-31', openTime: '10:00', closeTime: '12:00', deleted: false }],
				},
			}),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('PUT');
		expect(request.status).toBe(200);
		expect(request.body).toEqual({
			name: 'Renamed',
			slotDuration: 45,
			openHours: [
				{
					daysOfTheWeek: [2, 4],
					hours: [{ openHour: 8, openMinute: 30, closeHour: 12, closeMinute: 15 }],
				},
			],
			availabilities: [
				{
					date: '2026-12-31T00:00:00.000Z',
					deleted: false,
					hours: [{ openHour: 10, openMinute: 0, closeHour: 12, closeMinute: 0 }],
				},
			],
		});
		expect(json[0]).toMatchObject({ id: DEFAULTS.calendarId, name: 'Renamed', slotDuration: 45 });
	});

	it('refuses an empty update', async () => {
		const { error } = await calendar('update', {
			calendarId: fromList(DEFAULTS.calendarId),
		});
		expect(error?.message).toBe('Calendar settings: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

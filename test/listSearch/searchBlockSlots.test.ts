import { DateTime } from 'luxon';

import { DEFAULTS, apiCalls, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';
import { storeBlockSlot } from '../blockSlot/helpers';

const ctx = useSandbox();

const search = (options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchBlockSlots', options);

/** Local time in the sandbox location, `days` from now at 09:00. */
const inDays = (days: number, hour = 9) =>
	DateTime.now()
		.setZone(DEFAULTS.timezone)
		.plus({ days })
		.set({ hour, minute: 0, second: 0, millisecond: 0 })
		.toISO({ includeOffset: false, suppressMilliseconds: true })!;

describe('listSearch: searchBlockSlots', () => {
	beforeEach(() => {
		// Only block slots placed relative to now: the seeded one's date is fixed.
		ctx.sandbox.store.blockSlots.clear();
		storeBlockSlot(ctx.sandbox, {
			id: 'slotUser1',
			assignedUserId: 'sandbox-user-2',
			title: 'Day off',
			start: inDays(2, 0),
			end: inDays(3, 0),
		});
		storeBlockSlot(ctx.sandbox, {
			id: 'slotCalendar1',
			calendarId: DEFAULTS.calendarId,
			start: inDays(1),
			end: inDays(1, 10),
		});
		storeBlockSlot(ctx.sandbox, {
			id: 'slotTooFar1',
			calendarId: DEFAULTS.calendarId,
			start: inDays(120),
			end: inDays(120, 10),
		});
	});

	it('lists the next 90 days’ block slots of every calendar and user, once each, in start order', async () => {
		const { result, error } = await search();
		expect(error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		expect(calls.slice(0, 2).map((call) => call.path)).toEqual(['/calendars/', '/users/']);
		const slotQueries = calls.slice(2);
		expect(slotQueries.every((call) => call.path === '/calendars/blocked-slots')).toBe(true);
		// the 3 calendars and 5 users of sandbox-location-1
		expect(slotQueries.map((call) => call.query.calendarId ?? call.query.userId).sort()).toEqual([
			DEFAULTS.calendarId,
			DEFAULTS.roundRobinCalendarId,
			DEFAULTS.draftCalendarId,
			'sandbox-user-1',
			'sandbox-user-2',
			'sandbox-user-3',
			'sandbox-user-4',
			'sandbox-user-5',
		]);
		const { startTime, endTime } = slotQueries[0].query;
		expect(Number(endTime) - Number(startTime)).toBe(90 * 86_400_000);
		expect(Math.abs(Number(startTime) - Date.now())).toBeLessThan(60_000);

		const short = (iso: string) =>
			DateTime.fromISO(iso, { zone: DEFAULTS.timezone }).toFormat('yyyy-MM-dd HH:mm');
		expect(result).toEqual({
			results: [
				{
					name: `${short(inDays(1))} – ${short(inDays(1, 10))}`,
					value: 'slotCalendar1',
					description: 'Sandbox Consultation',
				},
				{
					name: `${short(inDays(2, 0))} – ${short(inDays(3, 0))} · Day off`,
					value: 'slotUser1',
					description: 'Riley Reyes',
				},
			],
			paginationToken: undefined,
		});
	});

	it('filters by the search text (title, owner or ID)', async () => {
		const byOwner = await search({ filter: 'riley' });
		expect(byOwner.result?.results.map((item) => item.value)).toEqual(['slotUser1']);
		const byTitle = await search({ filter: 'day off' });
		expect(byTitle.result?.results.map((item) => item.value)).toEqual(['slotUser1']);
	});

	it('a token without the events scope gets an error that names it', async () => {
		ctx.sandbox.addToken('pit-no-events', {
			kind: 'pit',
			scopes: ['calendars.readonly', 'users.readonly'],
		});
		const { error } = await search({
			credentials: {
				highLevelCalendarsTokenApi: {
					accessToken: 'pit-no-events',
					locationId: DEFAULTS.locationId,
					baseUrl: ctx.sandbox.url,
				},
			},
		});
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"calendars/events.readonly"');
	});
});

import { DateTime } from 'luxon';

import { DEFAULTS, apiCalls, byId, byName, fromList, only } from '../helpers/node';
import { blockSlotRunner } from './helpers';

const { ctx, blockSlot, stored } = blockSlotRunner();
const ms = (iso: string, zone = 'America/New_York') =>
	String(DateTime.fromISO(iso, { zone }).toMillis());

describe('Block Slot: Get Many', () => {
	it('lists a user’s block slots overlapping a window, in epoch milliseconds, in start order', async () => {
		const later = stored({
			id: 'slotLater1',
			assignedUserId: 'sandbox-user-2',
			start: '2027-02-10T09:00:00',
			end: '2027-02-10T17:00:00',
		});
		const earlier = stored({
			id: 'slotEarlier1',
			assignedUserId: 'sandbox-user-2',
			start: '2027-02-01T09:00:00',
			end: '2027-02-01T10:00:00',
		});
		stored({
			id: 'slotOutside1',
			assignedUserId: 'sandbox-user-2',
			start: '2027-04-01T09:00:00',
			end: '2027-04-01T10:00:00',
		});
		stored({
			id: 'slotOtherUser1',
			assignedUserId: 'sandbox-user-3',
			start: '2027-02-02T09:00:00',
			end: '2027-02-02T10:00:00',
		});

		const { json, error } = await blockSlot('getAll', {
			startTime: '2027-02-01',
			endTime: '2027-02-28',
			blockSlotGetAllFilters: { userId: fromList('sandbox-user-2') },
			returnAll: true,
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'GET', path: '/calendars/blocked-slots' });
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.query).toEqual({
			locationId: DEFAULTS.locationId,
			userId: 'sandbox-user-2',
			startTime: ms('2027-02-01T00:00:00'),
			endTime: ms('2027-02-28T23:59:59.999'),
		});
		expect(json.map((event) => event.id)).toEqual([earlier, later]);
		expect(json[0]).toMatchObject({
			assignedUserId: 'sandbox-user-2',
			startTime: '2027-02-01T09:00:00-05:00',
			endTime: '2027-02-01T10:00:00-05:00',
		});
	});

	it('reads the window in the Time Zone option, and lists a calendar’s block slots up to the limit', async () => {
		const { json } = await blockSlot('getAll', {
			startTime: '2027-01-05T00:00:00',
			endTime: '2027-01-06T00:00:00',
			blockSlotGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
			returnAll: false,
			limit: 1,
			blockSlotGetAllOptions: { timeZone: byName('Asia/Tokyo') },
		});
		const request = only(ctx.sandbox);
		expect(request.query).toMatchObject({
			calendarId: DEFAULTS.calendarId,
			startTime: ms('2027-01-05T00:00:00', 'Asia/Tokyo'),
			endTime: ms('2027-01-06T00:00:00', 'Asia/Tokyo'),
		});
		// 2027-01-04 12:00 New York is 2027-01-05 02:00 in Tokyo: inside the window
		expect(json.map((event) => event.id)).toEqual([DEFAULTS.blockSlotId]);
	});

	it('lists a calendar group’s block slots', async () => {
		stored({
			id: 'slotTeam1',
			calendarId: DEFAULTS.roundRobinCalendarId,
			start: '2027-01-04T10:00:00',
			end: '2027-01-04T11:00:00',
		});
		const { json } = await blockSlot('getAll', {
			startTime: '2027-01-04',
			endTime: '2027-01-04',
			blockSlotGetAllFilters: { groupId: fromList(DEFAULTS.groupId) },
			returnAll: true,
		});
		expect(only(ctx.sandbox).query).toMatchObject({ groupId: DEFAULTS.groupId });
		expect(json.map((event) => event.id)).toEqual(['slotTeam1']);
		expect(json[0]).toMatchObject({ groupId: DEFAULTS.groupId });
	});

	it('takes the Calendar filter by booking URL, as Appointment: Get Many does', async () => {
		const url = `https://book.example.agency/widget/booking/${DEFAULTS.calendarId}`;
		const { error } = await blockSlot('getAll', {
			startTime: '2027-01-04',
			endTime: '2027-01-04',
			blockSlotGetAllFilters: { calendarId: { __rl: true, mode: 'url', value: url } },
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).query).toMatchObject({ calendarId: DEFAULTS.calendarId });
	});

	it('refuses no calendar, user or group and a window that ends before it starts, before sending', async () => {
		const none = await blockSlot('getAll', {
			startTime: '2027-01-04',
			endTime: '2027-01-05',
			returnAll: true,
		});
		expect(none.error?.message).toBe(
			'Filters: name no calendar, user or group; HighLevel needs one of them to list block slots',
		);
		const backwards = await blockSlot('getAll', {
			startTime: '2027-01-05T10:00:00',
			endTime: '2027-01-04T10:00:00',
			blockSlotGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
		});
		expect(backwards.error?.message).toMatch(/^End Time: .* is not after Start Time/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { DateTime } from 'luxon';

import { appointmentsIn } from '../helpers/appointments';
import { collected } from '../helpers/contract';
import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

describe('Appointment: Get Many', () => {
	it('lists a calendar’s appointments in a window, as epoch milliseconds, in start order', async () => {
		const later = await booked('2027-02-02T10:00:00', '2027-02-02T10:30:00');
		const earlier = await booked('2027-02-01T10:00:00', '2027-02-01T10:30:00');
		await booked('2027-05-01T10:00:00', '2027-05-01T10:30:00');
		const { json } = await appointment('getAll', {
			from: '2027-02-01',
			to: '2027-02-28',
			appointmentGetAllFilters: { calendarId: fromList(DEFAULTS.calendarId) },
			returnAll: true,
		});
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/calendars/events');
		expect(request.query).toEqual({
			locationId: DEFAULTS.locationId,
			calendarId: DEFAULTS.calendarId,
			startTime: String(
				DateTime.fromISO('2027-02-01T00:00:00', { zone: 'America/New_York' }).toMillis(),
			),
			endTime: String(
				DateTime.fromISO('2027-02-28T23:59:59.999', { zone: 'America/New_York' }).toMillis(),
			),
		});
		expect(json.map((event) => event.id)).toEqual([earlier, later]);
	});

	it('takes the Calendar filter by booking URL, and refuses a URL that is none before sending', async () => {
		const url = `https://book.example.agency/widget/booking/${DEFAULTS.calendarId}`;
		const window = { from: '2027-02-01', to: '2027-02-28', returnAll: true };
		const { error } = await appointment('getAll', {
			...window,
			appointmentGetAllFilters: { calendarId: { __rl: true, mode: 'url', value: url } },
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).query.calendarId).toBe(DEFAULTS.calendarId);
		ctx.sandbox.requests.length = 0;
		const refused = await appointment('getAll', {
			...window,
			appointmentGetAllFilters: {
				calendarId: { __rl: true, mode: 'url', value: 'https://example.com/calendars' },
			},
		});
		expect(refused.error?.message).toMatch(
			/^Filters → Calendar: "https:\/\/example.com\/calendars": Not a HighLevel booking URL/,
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('fetches a long window in parts, each appointment once, and stops at the limit', async () => {
		const ids = [];
		for (const month of ['01', '03', '05', '07'])
			ids.push(await booked(`2027-${month}-15T10:00:00`, `2027-${month}-15T10:30:00`));
		const all = await appointment('getAll', {
			from: '2027-01-01',
			to: '2027-08-31',
			appointmentGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
			returnAll: true,
		});
		expect(all.json.map((event) => event.id)).toEqual(ids);
		// 243 days in 31-day requests that overlap by a day.
		expect(apiCalls(ctx.sandbox).length).toBe(9);
		ctx.sandbox.requests.length = 0;
		const limited = await appointment('getAll', {
			from: '2027-01-01',
			to: '2027-08-31',
			appointmentGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
			returnAll: false,
			limit: 2,
		});
		expect(limited.json.map((event) => event.id)).toEqual(ids.slice(0, 2));
		expect(apiCalls(ctx.sandbox).length).toBeLessThan(9);
	});

	it('filters by user or group, and refuses a call with neither calendar, user nor group', async () => {
		await appointment('getAll', {
			from: '2027-02-01',
			to: '2027-02-02',
			appointmentGetAllFilters: { userId: fromList('sandbox-user-1') },
			returnAll: true,
		});
		expect(only(ctx.sandbox).query).toMatchObject({ userId: 'sandbox-user-1' });
		ctx.sandbox.requests.length = 0;
		// The group is chosen with the Calendar Group picker, From List or By ID.
		const group = collected('appointment', 'getAll').find((field) => field.name === 'groupId');
		expect(group).toMatchObject({ displayName: 'Calendar Group', type: 'resourceLocator' });
		expect(group?.modes?.[0].typeOptions?.searchListMethod).toBe('searchCalendarGroups');
		// The round-robin calendar is in the seeded group, the seeded calendar is not.
		const inGroup = await booked(
			'2027-02-01T10:00:00',
			'2027-02-01T11:00:00',
			DEFAULTS.roundRobinCalendarId,
		);
		await booked('2027-02-01T10:00:00', '2027-02-01T10:30:00');
		for (const groupId of [fromList(DEFAULTS.groupId), byId(DEFAULTS.groupId)]) {
			const { json } = await appointment('getAll', {
				from: '2027-02-01',
				to: '2027-02-02',
				appointmentGetAllFilters: { groupId },
				returnAll: true,
			});
			expect(only(ctx.sandbox).query).toMatchObject({ groupId: DEFAULTS.groupId });
			expect(json.map((event) => event.id)).toEqual([inGroup]);
			ctx.sandbox.requests.length = 0;
		}
		const { error } = await appointment('getAll', {
			from: '2027-02-01',
			to: '2027-02-02',
			appointmentGetAllFilters: {},
			returnAll: true,
		});
		expect(error?.message).toMatch(/^Filters: name no calendar, user or group/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

// HighLevel does not document whether a window holds the events overlapping it or only those wholly
// inside it; the sandbox can answer either way, and a range split at mid-day loses nothing under both.
describe.each(['overlaps', 'within'] as const)(
	'Appointment: Get Many, events %s the window',
	(rule) => {
		const seams = useSandbox({ faults: { rateLimit: false }, eventRule: rule });

		it('loses no appointment at the seams of a range that starts mid-day', async () => {
			const start = DateTime.fromISO('2027-01-04T14:10:00', { zone: 'America/New_York' });
			const ids: string[] = [];
			// 14:00-14:30 on the days where 31-day requests from 14:10 meet, with or without overlap.
			for (const days of [30, 31, 60, 61, 62]) {
				const { json, error } = await run(seams.sandbox, {
					resource: 'appointment',
					operation: 'create',
					calendarId: byId(DEFAULTS.calendarId),
					contactId: byId(DEFAULTS.contactId),
					startTime: start.plus({ days }).set({ minute: 0 }).toISO(),
					appointmentCreateFields: { ignoreFreeSlotValidation: true },
				});
				expect(error).toBeUndefined();
				ids.push(json[0].id as string);
			}
			const { json } = await run(seams.sandbox, {
				resource: 'appointment',
				operation: 'getAll',
				from: start.toISO(),
				to: start.plus({ days: 90 }).toISO(),
				appointmentGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
				returnAll: true,
			});
			expect(json.map((event) => event.id)).toEqual(ids);
		});
	},
);

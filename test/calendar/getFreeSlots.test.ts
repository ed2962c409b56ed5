import { DateTime } from 'luxon';

import { DEFAULTS, apiCalls, byId, byName, fromList, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const freeSlots = (parameters: Record<string, unknown>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'calendar',
			operation: 'getFreeSlots',
			calendarId: fromList(DEFAULTS.calendarId),
			...parameters,
		},
		options,
	);
const freeSlotCalls = () =>
	apiCalls(ctx.sandbox).filter((request) => request.path.endsWith('/free-slots'));

describe('Calendar: Get Free Slots', () => {
	it('sends the window as epoch milliseconds in the chosen zone and returns one item per slot', async () => {
		const { json } = await freeSlots({
			startDate: '2027-01-04T00:00:00',
			endDate: '2027-01-04',
			calendarGetFreeSlotsOptions: { timeZone: fromList('America/Chicago') },
		});
		const [request] = freeSlotCalls();
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.query).toEqual({
			startDate: String(
				DateTime.fromISO('2027-01-04T00:00:00', { zone: 'America/Chicago' }).toMillis(),
			),
			endDate: String(
				DateTime.fromISO('2027-01-04T23:59:59.999', { zone: 'America/Chicago' }).toMillis(),
			),
			timezone: 'America/Chicago',
		});
		// The seeded calendar is open 9-17 New York time, 30-minute slots: 8:00-15:30 in Chicago, less
		// the seeded block slot (12:00-13:00 New York).
		expect(json[0]).toEqual({
			start: '2027-01-04T08:00:00-06:00',
			end: '2027-01-04T08:30:00-06:00',
			date: '2027-01-04',
			timeZone: 'America/Chicago',
		});
		expect(json).toHaveLength(14);
	});

	it('returns the raw date-keyed object when asked', async () => {
		const { json } = await freeSlots({
			startDate: '2027-01-04',
			endDate: '2027-01-05',
			output: 'raw',
		});
		expect(Object.keys(json[0])).toEqual(['2027-01-04', '2027-01-05']);
		expect((json[0]['2027-01-04'] as { slots: string[] }).slots[0]).toBe(
			'2027-01-04T09:00:00-05:00',
		);
	});

	it('splits a 75-day range into 31-day requests overlapping by a day, and loses or repeats no slot at the seams', async () => {
		const { json } = await freeSlots({
			startDate: '2027-01-01T00:00:00',
			endDate: '2027-03-16T23:59:00',
		});
		const calls = freeSlotCalls();
		expect(calls).toHaveLength(3);
		const spans = calls.map((call) => [Number(call.query.startDate), Number(call.query.endDate)]);
		for (const [from, to] of spans) expect(to - from).toBeLessThanOrEqual(31 * 86_400_000);
		// Each request starts a day before the previous one ends, so a slot crossing a seam is whole in one.
		expect(spans[1][0]).toBe(spans[0][1] + 1 - 86_400_000);
		expect(spans[2][0]).toBe(spans[1][1] + 1 - 86_400_000);
		const starts = json.map((slot) => slot.start as string);
		expect(new Set(starts).size).toBe(starts.length);
		// Every weekday from Jan 1 to Mar 16 2027 has 16 slots, but for the seeded block slot's two.
		let weekdays = 0;
		for (
			let day = DateTime.fromISO('2027-01-01');
			day <= DateTime.fromISO('2027-03-16');
			day = day.plus({ days: 1 })
		) {
			if (day.weekday <= 5) weekdays++;
		}
		expect(json).toHaveLength(weekdays * 16 - 2);
	});

	it('follows the daylight-saving change: the same 9:00 opening gets a new offset', async () => {
		const { json } = await freeSlots({
			startDate: '2027-03-12',
			endDate: '2027-03-15',
			calendarGetFreeSlotsOptions: { timeZone: byName('America/New_York') },
		});
		const firstOfDay = (date: string) => json.find((slot) => slot.date === date)?.start;
		expect(firstOfDay('2027-03-12')).toBe('2027-03-12T09:00:00-05:00');
		expect(firstOfDay('2027-03-15')).toBe('2027-03-15T09:00:00-04:00');
		const friday = json.filter((slot) => slot.date === '2027-03-12');
		expect(friday[friday.length - 1].end).toBe('2027-03-12T17:00:00-05:00');
	});

	it('refuses a window that ends before it starts, and an unknown time zone', async () => {
		const backwards = await freeSlots({ startDate: '2027-01-10', endDate: '2027-01-04T00:00:00' });
		expect(backwards.error?.message).toMatch(/^End Date: .* is not after Start Date/);
		const zone = await freeSlots({
			startDate: '2027-01-04',
			endDate: '2027-01-05',
			calendarGetFreeSlotsOptions: { timeZone: byName('Mars/Base') },
		});
		expect(zone.error?.message).toMatch(/^Time Zone: "Mars\/Base" is not a time zone/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('leaves out the time a block slot of the calendar takes', async () => {
		// The seeded block slot: 2027-01-04 12:00-13:00 New York on the seeded calendar.
		const { json } = await freeSlots({ startDate: '2027-01-04', endDate: '2027-01-04' });
		const starts = json.map((slot) => slot.start);
		expect(starts).toContain('2027-01-04T11:30:00-05:00');
		expect(starts).not.toContain('2027-01-04T12:00:00-05:00');
		expect(starts).not.toContain('2027-01-04T12:30:00-05:00');
		expect(starts).toContain('2027-01-04T13:00:00-05:00');
		expect(json).toHaveLength(14);
	});

	it("leaves out a team member's blocked time, on a team calendar only once no member is free", async () => {
		const blockUser = (userId: string, start: string, end: string) =>
			run(ctx.sandbox, {
				resource: 'blockSlot',
				operation: 'create',
				assignedUserId: byId(userId),
				startTime: start,
				endTime: end,
			});
		const starts = async (calendarId: string, options = {}) => {
			const { json, error } = await freeSlots({
				calendarId: byId(calendarId),
				startDate: '2027-01-05',
				endDate: '2027-01-05',
				calendarGetFreeSlotsOptions: options,
			});
			expect(error).toBeUndefined();
			return json.map((slot) => slot.start);
		};
		// The seeded calendar's one member, sandbox-user-1, is away 9:00-10:00; a stranger's block does nothing.
		const away = await blockUser('sandbox-user-1', '2027-01-05T09:00:00', '2027-01-05T10:00:00');
		expect(away.error).toBeUndefined();
		await blockUser('sandbox-user-4', '2027-01-05T14:00:00', '2027-01-05T15:00:00');
		const single = await starts(DEFAULTS.calendarId);
		expect(single[0]).toBe('2027-01-05T10:00:00-05:00');
		expect(single).toContain('2027-01-05T14:00:00-05:00');
		expect(single).toHaveLength(14);

		// The round-robin calendar (sandbox-user-2 and sandbox-user-3, 60-minute slots from 10:00).
		await blockUser('sandbox-user-2', '2027-01-05T10:00:00', '2027-01-05T11:00:00');
		expect(await starts(DEFAULTS.roundRobinCalendarId)).toContain('2027-01-05T10:00:00-05:00');
		expect(
			await starts(DEFAULTS.roundRobinCalendarId, { userId: byId('sandbox-user-2') }),
		).not.toContain('2027-01-05T10:00:00-05:00');
		// Several users: free while one of them is; a user who is not on the team does not count.
		const asked = (userIds: string[]) => starts(DEFAULTS.roundRobinCalendarId, { userIds });
		expect(await asked(['sandbox-user-2', 'sandbox-user-3'])).toContain(
			'2027-01-05T10:00:00-05:00',
		);
		expect(await asked(['sandbox-user-2', 'sandbox-user-4'])).not.toContain(
			'2027-01-05T10:00:00-05:00',
		);
		await blockUser('sandbox-user-3', '2027-01-05T09:30:00', '2027-01-05T10:30:00');
		const team = await starts(DEFAULTS.roundRobinCalendarId);
		expect(team).not.toContain('2027-01-05T10:00:00-05:00');
		expect(team[0]).toBe('2027-01-05T11:00:00-05:00');
	});

	it('passes the team member filter', async () => {
		await freeSlots({
			startDate: '2027-01-04',
			endDate: '2027-01-04',
			calendarGetFreeSlotsOptions: { userId: fromList('sandbox-user-1') },
		});
		expect(freeSlotCalls()[0].query.userId).toBe('sandbox-user-1');
	});

	it('takes the team members as comma-separated IDs, as an agent or an expression gives them', async () => {
		await freeSlots({
			startDate: '2027-01-04',
			endDate: '2027-01-04',
			calendarGetFreeSlotsOptions: { userIds: 'sandbox-user-2, sandbox-user-3', userId: '' },
		});
		expect(freeSlotCalls()[0].query).toMatchObject({
			userIds: ['sandbox-user-2', 'sandbox-user-3'],
		});
		expect(freeSlotCalls()[0].query).not.toHaveProperty('userId');
	});
});

// HighLevel does not document whether a window holds the slots starting in it or only those wholly
// inside it; the sandbox can answer either way, and a range split at mid-day loses nothing under both.
describe.each(['starts-in-range', 'whole-slot-in-range'] as const)(
	'Calendar: Get Free Slots, slots %s',
	(rule) => {
		const seams = useSandbox({ faults: { rateLimit: false }, freeSlotRule: rule });

		it('loses no slot at the seams of a range that starts mid-day', async () => {
			// 90 days from 14:10: the seams fall inside the 14:00-14:30 slots of their days.
			const start = DateTime.fromISO('2027-01-04T14:10:00', { zone: 'America/New_York' });
			const end = DateTime.fromISO('2027-04-04T14:10:00', { zone: 'America/New_York' });
			const { json } = await run(seams.sandbox, {
				resource: 'calendar',
				operation: 'getFreeSlots',
				calendarId: byId(DEFAULTS.calendarId),
				startDate: start.toISO(),
				endDate: end.toISO(),
			});
			expect(
				apiCalls(seams.sandbox).filter((call) => call.path.endsWith('/free-slots')),
			).toHaveLength(3);
			// The seeded calendar: weekdays 9:00-17:00, 30-minute slots; the range's own ends follow the rule.
			const expected: string[] = [];
			for (let day = start.startOf('day'); day <= end; day = day.plus({ days: 1 })) {
				if (day.weekday > 5) continue;
				for (
					let slot = day.set({ hour: 9 });
					slot < day.set({ hour: 17 });
					slot = slot.plus({ minutes: 30 })
				) {
					const last = rule === 'starts-in-range' ? slot : slot.plus({ minutes: 30 });
					if (slot >= start && last <= end)
						expected.push(slot.toISO({ suppressMilliseconds: true })!);
				}
			}
			expect(json.map((slot) => slot.start)).toEqual(expected);
		});
	},
);

import { REQUEST_OVERRIDES, loadSpec } from '../../sandbox/spec';
import { DEFAULTS, apiCalls, byId, byName, fromList, only } from '../helpers/node';
import { blockSlotRunner } from './helpers';

const { ctx, blockSlot } = blockSlotRunner();

describe('Block Slot: Create', () => {
	it('blocks a whole day for a user, sent with the offset in force at each end (DST day: 23 hours)', async () => {
		const { json, error } = await blockSlot('create', {
			assignedUserId: fromList('sandbox-user-2'),
			startTime: '2026-03-08T00:00:00',
			endTime: '2026-03-09T00:00:00',
			blockSlotCreateFields: { title: 'Day off' },
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'POST',
			path: '/calendars/events/block-slots',
			status: 201,
		});
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			assignedUserId: 'sandbox-user-2',
			startTime: '2026-03-08T00:00:00-05:00',
			endTime: '2026-03-09T00:00:00-04:00',
			title: 'Day off',
		});
		expect(json).toEqual([
			{
				id: expect.any(String),
				locationId: DEFAULTS.locationId,
				title: 'Day off',
				assignedUserId: 'sandbox-user-2',
				startTime: '2026-03-08T00:00:00-05:00',
				endTime: '2026-03-09T00:00:00-04:00',
			},
		]);
	});

	it('blocks time on a calendar, read in the Time Zone option', async () => {
		const { json, error } = await blockSlot('create', {
			calendarId: byId(DEFAULTS.calendarId),
			startTime: '2026-07-01T12:00:00',
			endTime: '2026-07-01T13:00:00',
			blockSlotCreateOptions: { timeZone: byName('Europe/Berlin') },
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({
			locationId: DEFAULTS.locationId,
			calendarId: DEFAULTS.calendarId,
			startTime: '2026-07-01T12:00:00+02:00',
			endTime: '2026-07-01T13:00:00+02:00',
		});
		expect(json[0]).toMatchObject({ calendarId: DEFAULTS.calendarId, title: '' });
	});

	it('refuses a calendar and a user together before sending, naming both', async () => {
		const { error } = await blockSlot('create', {
			calendarId: byId(DEFAULTS.calendarId),
			assignedUserId: byId('sandbox-user-2'),
			startTime: '2026-07-01T12:00:00',
			endTime: '2026-07-01T13:00:00',
		});
		expect(error?.message).toBe(
			'Calendar and User: are both set; a block slot blocks a calendar or a user, not both (HighLevel refuses both). Clear one of them.',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses neither a calendar nor a user before sending', async () => {
		const { error } = await blockSlot('create', {
			startTime: '2026-07-01T12:00:00',
			endTime: '2026-07-01T13:00:00',
		});
		expect(error?.message).toBe(
			'Calendar and User: are both empty; set one: the calendar or the user whose time is blocked',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a missing end, an end before the start and an unreadable start before sending', async () => {
		const user = fromList('sandbox-user-2');
		const noEnd = await blockSlot('create', { assignedUserId: user, startTime: '2026-07-01' });
		expect(noEnd.error?.message).toBe('End Time: is empty; a block slot needs an end');
		const backwards = await blockSlot('create', {
			assignedUserId: user,
			startTime: '2026-07-01T13:00:00',
			endTime: '2026-07-01T12:00:00',
		});
		expect(backwards.error?.message).toMatch(/^End Time: .* is not after Start Time/);
		const unreadable = await blockSlot('create', {
			assignedUserId: user,
			startTime: 'next tuesday',
			endTime: '2026-07-01T12:00:00',
		});
		expect(unreadable.error?.message).toMatch(/^Start Time: /);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('the sandbox refuses both too (a reported API behaviour, not the spec)', async () => {
		const response = await fetch(`${ctx.sandbox.url}/calendars/events/block-slots`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${DEFAULTS.pitToken}`,
				Version: '2021-04-15',
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({
				locationId: DEFAULTS.locationId,
				calendarId: DEFAULTS.calendarId,
				assignedUserId: 'sandbox-user-2',
				startTime: '2026-07-01T12:00:00-04:00',
				endTime: '2026-07-01T13:00:00-04:00',
			}),
		});
		expect(response.status).toBe(422);
		expect(await response.json()).toMatchObject({
			message: ['Either calendarId or assignedUserId can be set, not both'],
		});
	});

	it('the sandbox takes a user without a calendar: the spec’s required calendarId is overridden, with the reason', () => {
		const spec = loadSpec();
		expect(REQUEST_OVERRIDES.map((override) => override.schema).sort()).toEqual([
			'BlockSlotCreateRequestDTO',
			'BlockSlotEditRequestDTO',
		]);
		for (const override of REQUEST_OVERRIDES) {
			expect(spec.componentSchema(override.file, override.schema).required).toContain('calendarId');
			expect(override.why).toContain('Either calendarId or assignedUserId');
		}
		const create = spec.find('POST', '/calendars/events/block-slots')!;
		expect(create.validateBody({ locationId: 'l', assignedUserId: 'u' })).toEqual([]);
		expect(create.validateBody({ assignedUserId: 'u' })).not.toEqual([]);
	});
});

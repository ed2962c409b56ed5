import { DEFAULTS, apiCalls, byId, fromList, only } from '../helpers/node';
import { blockSlotRunner } from './helpers';

const { ctx, blockSlot } = blockSlotRunner();

describe('Block Slot: Update', () => {
	it('moves a block slot: only the fields added, with the locationId the API requires', async () => {
		const { json, error } = await blockSlot('update', {
			eventId: fromList(DEFAULTS.blockSlotId),
			blockSlotUpdateFields: {
				startTime: '2027-01-04T14:00:00',
				endTime: '2027-01-04T15:30:00',
				title: 'Late lunch',
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'PUT',
			path: `/calendars/events/block-slots/${DEFAULTS.blockSlotId}`,
			status: 201,
		});
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			startTime: '2027-01-04T14:00:00-05:00',
			endTime: '2027-01-04T15:30:00-05:00',
			title: 'Late lunch',
		});
		expect(json[0]).toMatchObject({
			id: DEFAULTS.blockSlotId,
			calendarId: DEFAULTS.calendarId,
			title: 'Late lunch',
			startTime: '2027-01-04T14:00:00-05:00',
		});
	});

	it('gives the block slot to a user instead of its calendar', async () => {
		const { json } = await blockSlot('update', {
			eventId: byId(DEFAULTS.blockSlotId),
			blockSlotUpdateFields: { assignedUserId: fromList('sandbox-user-3') },
		});
		expect(only(ctx.sandbox).body).toEqual({
			locationId: DEFAULTS.locationId,
			assignedUserId: 'sandbox-user-3',
		});
		expect(json[0]).toMatchObject({ assignedUserId: 'sandbox-user-3' });
		expect(json[0].calendarId).toBeUndefined();
	});

	it('refuses a calendar and a user together, an empty update and a bad ID before sending', async () => {
		const both = await blockSlot('update', {
			eventId: byId(DEFAULTS.blockSlotId),
			blockSlotUpdateFields: {
				calendarId: byId(DEFAULTS.calendarId),
				assignedUserId: byId('sandbox-user-3'),
			},
		});
		expect(both.error?.message).toMatch(
			/^Update Fields → Calendar and Update Fields → User: are both set/,
		);
		const empty = await blockSlot('update', {
			eventId: byId(DEFAULTS.blockSlotId),
			blockSlotUpdateFields: {},
		});
		expect(empty.error?.message).toBe('Update Fields: is empty; add at least one field to change');
		const badId = await blockSlot('update', {
			eventId: byId('no such id'),
			blockSlotUpdateFields: { title: 'X' },
		});
		expect(badId.error?.message).toMatch(/^Block Slot: /);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('answers 404 for an unknown block slot', async () => {
		const { error } = await blockSlot('update', {
			eventId: byId('noSuchSlot1'),
			blockSlotUpdateFields: { title: 'X' },
		});
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});
});

import { DEFAULTS, byId, fromList, only } from '../helpers/node';
import { blockSlotRunner } from './helpers';

const { ctx, blockSlot, stored } = blockSlotRunner();

describe('Block Slot: Delete', () => {
	it('deletes the block slot through the events endpoint appointments use', async () => {
		const { json, error } = await blockSlot('delete', { eventId: fromList(DEFAULTS.blockSlotId) });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'DELETE',
			path: `/calendars/events/${DEFAULTS.blockSlotId}`,
		});
		expect(json).toEqual([{ succeeded: true }]);
		expect(ctx.sandbox.store.blockSlots.has(DEFAULTS.blockSlotId)).toBe(false);
	});

	it('answers 403 for another sub-account’s block slot and 404 for an unknown one', async () => {
		stored({
			id: 'foreignSlot1',
			locationId: DEFAULTS.otherLocationId,
			start: '2027-01-05T09:00:00',
			end: '2027-01-05T10:00:00',
		});
		const foreign = await blockSlot('delete', { eventId: byId('foreignSlot1') });
		expect((foreign.error as { httpCode?: string }).httpCode).toBe('403');
		expect(ctx.sandbox.store.blockSlots.has('foreignSlot1')).toBe(true);
		const unknown = await blockSlot('delete', { eventId: byId('noSuchSlot1') });
		expect((unknown.error as { httpCode?: string }).httpCode).toBe('404');
	});
});

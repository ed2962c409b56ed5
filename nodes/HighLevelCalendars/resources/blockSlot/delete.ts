import { ENDPOINTS } from '../../endpoints';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { blockSlotIdParameter } from './fields';

/** Block Slot: Delete (DELETE /calendars/events/{eventId}, shared with Appointment: Delete). */
export const blockSlotDelete: Operation = {
	resource: 'blockSlot',
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a block slot',
		description: 'Delete a block slot, which frees its time',
		routing: route(ENDPOINTS.deleteEvent, { path: [blockSlotIdParameter] }),
	},
	parameters: [blockSlotIdParameter],
};

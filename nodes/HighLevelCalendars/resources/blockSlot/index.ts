import type { Resource } from '../../shared/operations';
import { blockSlotCreate } from './create';
import { blockSlotDelete } from './delete';
import { blockSlotGetAll } from './getAll';
import { blockSlotUpdate } from './update';

export const blockSlotResource: Resource = {
	name: 'Block Slot',
	value: 'blockSlot',
	defaultOperation: 'create',
	operations: [blockSlotCreate, blockSlotGetAll, blockSlotUpdate, blockSlotDelete],
};

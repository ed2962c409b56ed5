import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Block Slot: Create',
		body: { schema: 'BlockSlotCreateRequestDTO' },
		fields: () => [...topLevel('blockSlot', 'create'), ...collected('blockSlot', 'create')],
		filledByHook: ['locationId'],
	},
	{
		name: 'Block Slot: Update',
		body: { schema: 'BlockSlotEditRequestDTO' },
		fields: () => collected('blockSlot', 'update'),
		filledByHook: ['locationId'],
	},
	{
		name: 'Block Slot: Get Many',
		query: { method: 'GET', path: '/calendars/blocked-slots' },
		fields: () => allFields('blockSlot', 'getAll'),
		filledByHook: ['locationId'],
	},
];

import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Calendar Group: Create',
		body: { schema: 'GroupCreateDTO' },
		fields: () => [...topLevel('calendarGroup', 'create'), ...collected('calendarGroup', 'create')],
		filledByHook: ['locationId'],
	},
	{
		name: 'Calendar Group: Update',
		body: { schema: 'GroupUpdateDTO' },
		fields: () => collected('calendarGroup', 'update'),
	},
	{
		name: 'Calendar Group: Enable or Disable',
		body: { schema: 'GroupStatusUpdateParams' },
		fields: () => topLevel('calendarGroup', 'setStatus'),
	},
	{
		name: 'Calendar Group: Validate Slug',
		body: { schema: 'ValidateGroupSlugPostBody' },
		fields: () => topLevel('calendarGroup', 'validateSlug'),
		filledByHook: ['locationId'],
	},
	{
		name: 'Calendar Group: Get Many',
		query: { method: 'GET', path: '/calendars/groups' },
		fields: () => allFields('calendarGroup', 'getAll'),
		filledByHook: ['locationId'],
	},
];

import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Availability Schedule: Create',
		body: { schema: 'CreateScheduleDTO' },
		fields: () => [
			...topLevel('availabilitySchedule', 'create'),
			...collected('availabilitySchedule', 'create'),
		],
		// userId is the top-level User picker, put in the body by addIdsToBody.
		filledByHook: ['locationId'],
	},
	{
		name: 'Availability Schedule: Update',
		body: { schema: 'UpdateScheduleDTO' },
		fields: () => collected('availabilitySchedule', 'update'),
	},
	{
		name: 'Availability Schedule: Get Many',
		query: { method: 'GET', path: '/calendars/schedules/search' },
		fields: () => allFields('availabilitySchedule', 'getAll'),
		// skip (and each page's limit) are set by the paging runner (shared/pages.ts pageBySkip).
		filledByHook: ['locationId', 'skip'],
	},
];

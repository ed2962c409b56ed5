import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Calendar Resource: Create',
		body: { schema: 'CreateCalendarResourceDTO' },
		fields: () => topLevel('calendarResource', 'create'),
		filledByHook: ['locationId'],
		noSpecEnum: {
			calendarIds: "the sub-account's calendars, loaded from HighLevel",
			resourceType:
				"a path parameter: its options are the path's enum (test/calendarResource/fields.test.ts)",
		},
	},
	{
		name: 'Calendar Resource: Update',
		body: { schema: 'UpdateCalendarResourceDTO' },
		fields: () => collected('calendarResource', 'update'),
		filledByHook: ['locationId'],
		noSpecEnum: { calendarIds: "the sub-account's calendars, loaded from HighLevel" },
	},
	{
		name: 'Calendar Resource: Get Many',
		query: { method: 'GET', path: '/calendars/resources/{resourceType}' },
		fields: () => allFields('calendarResource', 'getAll'),
		// limit and skip: each page's, set by the skip pager (shared/pages.ts) from Return All / Limit.
		filledByHook: ['locationId', 'limit', 'skip'],
	},
];

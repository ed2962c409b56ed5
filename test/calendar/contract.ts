import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Calendar: Create',
		body: { schema: 'CalendarCreateDTO' },
		fields: () => [...topLevel('calendar', 'create'), ...collected('calendar', 'create')],
		filledByHook: ['locationId', 'calendarId', 'contactId', 'rrule'],
	},
	{
		name: 'Calendar: Update',
		body: { schema: 'CalendarUpdateDTO' },
		fields: () => collected('calendar', 'update'),
		filledByHook: ['locationId', 'calendarId', 'contactId', 'rrule'],
	},
	{
		name: 'Calendar: Get Many',
		query: { method: 'GET', path: '/calendars/' },
		fields: () => allFields('calendar', 'getAll'),
		filledByHook: ['locationId'],
	},
	{
		name: 'Calendar: Get Free Slots',
		query: { method: 'GET', path: '/calendars/{calendarId}/free-slots' },
		fields: () => allFields('calendar', 'getFreeSlots'),
		// The Time Zone option (timeZone) is sent as timezone by the window runner (getFreeSlots.ts).
		filledByHook: ['timezone'],
	},
];

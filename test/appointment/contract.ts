import { type ContractCase, allFields, collected, topLevel } from '../helpers/contract';

const LOADED_FROM_CALENDAR =
	"a free string in the spec; the node offers the calendar's own meeting locations (loadOptions)";

export const contract: ContractCase[] = [
	{
		name: 'Appointment: Create',
		body: { schema: 'AppointmentCreateSchema' },
		fields: () => [...topLevel('appointment', 'create'), ...collected('appointment', 'create')],
		filledByHook: ['locationId', 'calendarId', 'contactId', 'rrule'],
		noSpecEnum: {
			meetingLocationId: LOADED_FROM_CALENDAR,
			contactBy: 'how the node finds the contact (contactLookup.ts); not sent',
		},
	},
	{
		name: 'Appointment: Update',
		body: { schema: 'AppointmentEditSchema' },
		fields: () => collected('appointment', 'update'),
		filledByHook: ['locationId', 'calendarId', 'contactId', 'rrule'],
		noSpecEnum: { meetingLocationId: LOADED_FROM_CALENDAR },
	},
	{
		name: 'Appointment: Get Many',
		query: { method: 'GET', path: '/calendars/events' },
		fields: () => allFields('appointment', 'getAll'),
		// From and To are sent as startTime and endTime, window by window (getAll.ts).
		filledByHook: ['locationId', 'startTime', 'endTime'],
	},
];

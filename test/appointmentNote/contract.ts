import { type ContractCase, allFields } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Appointment Note: Create',
		body: { schema: 'NotesDTO' },
		fields: () => allFields('appointmentNote', 'create'),
	},
	{
		name: 'Appointment Note: Update',
		body: { schema: 'NotesDTO' },
		fields: () => allFields('appointmentNote', 'update'),
	},
	{
		name: 'Appointment Note: Get Many',
		query: { method: 'GET', path: '/calendars/appointments/{appointmentId}/notes' },
		fields: () => allFields('appointmentNote', 'getAll'),
		// Sent page by page by the runner (hooks.ts getManyNotes), from Return All and Limit.
		filledByHook: ['limit', 'offset'],
	},
];

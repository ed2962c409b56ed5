import { ENDPOINTS } from '../../endpoints';
import { limitParameter, returnAllParameter } from '../../shared/descriptions';
import type { Operation } from '../../shared/operations';
import { checkLimit } from '../../shared/pages';
import { route } from '../../shared/routing';
import { appointmentIdParameter } from './fields';
import { getManyNotes } from './hooks';

/**
 * Appointment Note: Get Many (GET /calendars/appointments/{appointmentId}/notes?limit=&offset=). The
 * API pages by at most 20; the runner fetches page after page until Limit or the last page.
 */
export const appointmentNoteGetAll: Operation = {
	resource: 'appointmentNote',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many notes of an appointment',
		description: 'List the notes of an appointment',
		routing: route(ENDPOINTS.getAppointmentNotes, {
			path: [appointmentIdParameter],
			preSend: [checkLimit],
			runner: getManyNotes,
		}),
	},
	parameters: [appointmentIdParameter, returnAllParameter, limitParameter],
};

import { ENDPOINTS } from '../../endpoints';
import { limitParameter, returnAllParameter } from '../../shared/descriptions';
import { applyLimit, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { contactIdParameter } from './fields';

/**
 * Appointment: Get Many for Contact (GET /contacts/{contactId}/appointments, contacts.json, Version
 * 2021-07-28). The API takes no query and returns every appointment of the contact at once; each of
 * its `events` is an item, up to Limit.
 */
export const appointmentGetAllForContact: Operation = {
	resource: 'appointment',
	option: {
		name: 'Get Many for Contact',
		value: 'getAllForContact',
		action: 'Get many appointments of a contact',
		description: 'List the appointments of one contact, in any calendar',
		routing: route(ENDPOINTS.getContactAppointments, {
			path: [contactIdParameter],
			postReceive: [unwrap('events'), applyLimit],
		}),
	},
	parameters: [contactIdParameter, returnAllParameter, limitParameter],
};

import { ENDPOINTS } from '../../endpoints';
import { limitParameter, returnAllParameter } from '../../shared/descriptions';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { findByParameter, findEmailParameter, findPhoneParameter, queryParameter } from './fields';
import { eachContact, findPages, findRequest } from './hooks';

/**
 * Contact: Find. By email or phone: GET /contacts/search/duplicate, the contact HighLevel itself takes
 * for that email or phone (the one Appointment: Create by email or phone books for), or none. By text:
 * POST /contacts/search, paged. Contacts come out as HighLevel sends them, one item each.
 */
export const contactFind: Operation = {
	resource: 'contact',
	option: {
		name: 'Find',
		value: 'find',
		action: 'Find contacts',
		description: 'Look up contacts of the sub-account by email, phone or text',
		routing: route(ENDPOINTS.getDuplicateContact, {
			preSend: [findRequest],
			postReceive: [eachContact],
			runner: findPages,
		}),
	},
	parameters: [
		findByParameter,
		queryParameter,
		findEmailParameter,
		findPhoneParameter,
		returnAllParameter,
		limitParameter,
	],
};

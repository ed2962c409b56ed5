import type { Resource } from '../../shared/operations';
import { contactFind } from './find';

/** The sub-account's contacts (contacts.json): looked up, so a workflow or an agent has an ID to book for. */
export const contactResource: Resource = {
	name: 'Contact',
	value: 'contact',
	defaultOperation: 'find',
	operations: [contactFind],
};

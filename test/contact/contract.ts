import { type ContractCase, allFields } from '../helpers/contract';

export const contract: ContractCase[] = [
	{
		name: 'Contact: Find',
		query: { method: 'GET', path: '/contacts/search/duplicate', file: 'contacts.json' },
		fields: () => allFields('contact', 'find'),
		// The Phone field is sent as the spec's `number` (resources/contact/hooks.ts).
		filledByHook: ['locationId', 'number'],
		noSpecEnum: { findBy: 'how the node looks the contact up; not sent' },
	},
];

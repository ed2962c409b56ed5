import { DEFAULTS } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'contact',
	rows: [row('find', 'GET', '/contacts/search/duplicate', ['email', 'locationId'], '2021-07-28')],
	async minimal(_operation, ctx) {
		const contact = ctx.sandbox.store.contacts.get(DEFAULTS.contactId)!;
		return { findBy: 'email', email: contact.email };
	},
};

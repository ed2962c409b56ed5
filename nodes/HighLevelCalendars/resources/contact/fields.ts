import type { INodeProperties } from 'n8n-workflow';

import { contactEmailParameter, contactPhoneParameter } from '../../shared/descriptions';

/** Contact: Find's parameters. */

export const findByParameter: INodeProperties = {
	displayName: 'Find By',
	name: 'findBy',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Email',
			value: 'email',
			description: "The sub-account's contact with this email (at most one)",
		},
		{
			name: 'Phone',
			value: 'phone',
			description: "The sub-account's contact with this phone number (at most one)",
		},
		{
			name: 'Text',
			value: 'query',
			description: 'Contacts whose name, email, phone or other details contain the text',
		},
	],
	// Text: Return All and Limit hide by email or phone, and an absent Find By counts as its default.
	default: 'query',
};

export const queryParameter: INodeProperties = {
	displayName: 'Search Text',
	name: 'query',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Ada Lovelace',
	description: 'Text to look for in the contacts (name, email, phone, company …)',
	displayOptions: { show: { findBy: ['query'] } },
};

export const findEmailParameter = contactEmailParameter({ findBy: ['email'] });
export const findPhoneParameter = contactPhoneParameter({ findBy: ['phone'] });

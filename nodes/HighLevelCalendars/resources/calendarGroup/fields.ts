import type { INodeProperties } from 'n8n-workflow';

import { groupLocator } from '../../shared/descriptions';

/** The Calendar Group parameter of every operation that works on one group. */
export const groupIdParameter = groupLocator({
	displayName: 'Calendar Group',
	name: 'groupId',
	required: true,
	description: 'The calendar group to work on',
});

const SLUG_DESCRIPTION =
	'The part of the group’s booking link after /widget/group/, unique in the sub-account, such as sales-team';

/** Slug of Create and Validate Slug (top level): one definition for both. */
export const slugParameter: INodeProperties = {
	displayName: 'Slug',
	name: 'slug',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'sales-team',
	description: SLUG_DESCRIPTION,
	routing: { send: { type: 'body', property: 'slug' } },
};

/** Name, Description and Slug as collection fields: Update sends only those added. */
export function groupFields({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	return [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description: 'What the group is for, shown on its booking page',
		},
		...(forUpdate
			? ([
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'New name of the group',
					},
					{
						displayName: 'Slug',
						name: 'slug',
						type: 'string',
						default: '',
						placeholder: 'sales-team',
						description: SLUG_DESCRIPTION,
					},
				] satisfies INodeProperties[])
			: ([
					{
						displayName: 'Is Active',
						name: 'isActive',
						type: 'boolean',
						default: true,
						description: 'Whether the group starts enabled (its booking page live)',
					},
				] satisfies INodeProperties[])),
	];
}

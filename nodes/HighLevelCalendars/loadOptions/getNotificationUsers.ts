import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listUsers } from '../listSearch/searchUsers';

/**
 * Who can get in-app and business email notifications (selectedUsers): the sub-account's admins, by
 * the keyword the spec documents (`sub_account_admin`), then each user.
 */
export async function getNotificationUsers(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return [
		{
			name: 'Sub-Account Admins',
			value: 'sub_account_admin',
			description: 'Every admin of the sub-account',
		},
		...(await listUsers(this)).map(({ name, value, description }) => ({
			name,
			value,
			description,
		})),
	];
}

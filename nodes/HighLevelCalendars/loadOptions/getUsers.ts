import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listUsers } from '../listSearch/searchUsers';

/** Users as a dropdown, where a resource locator cannot go (inside team member entries, multi-select). */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await listUsers(this)).map(({ name, value, description }) => ({
		name,
		value,
		description,
	}));
}

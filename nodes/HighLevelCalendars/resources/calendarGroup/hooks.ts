import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { FieldError, isBlank } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { readId } from '../../shared/input/ids';
import { getAccount } from '../../shared/transport/account';
import { apiRequest } from '../../shared/transport/transport';

/** Hooks only calendar groups use. */

/** The spec requires `description` on create (GroupCreateDTO); none given is sent as empty. */
export const withDescription: PreSend = hook(async function (options) {
	const data = bodyOf(options);
	if (isBlank(data.description)) data.description = '';
	return options;
});

const REQUIRED_ON_UPDATE = ['name', 'description', 'slug'] as const;

/**
 * The update body with what the user left out taken from the current group: GroupUpdateDTO requires
 * name, description and slug on every update.
 */
export function completeUpdate(data: IDataObject, current: IDataObject): IDataObject {
	for (const property of REQUIRED_ON_UPDATE) {
		if (data[property] === undefined) data[property] = current[property] ?? '';
	}
	return data;
}

/** Partial update: the group is read from the list (the API has no single-group read) and completed. */
export function keepUnchangedFields(groupId: INodeProperties): PreSend {
	return hook(async function (options) {
		const data = bodyOf(options);
		if (REQUIRED_ON_UPDATE.every((property) => data[property] !== undefined)) return options;
		const id = readId(this, groupId);
		const { locationId } = await getAccount(this);
		const { groups = [] } = await apiRequest<{ groups?: IDataObject[] }>(
			this,
			ENDPOINTS.getCalendarGroups,
			{ qs: { locationId } },
		);
		const current = groups.find((group) => group.id === id);
		if (!current) {
			throw new FieldError(
				groupId.displayName,
				`(${id}) is not a calendar group of this sub-account`,
			);
		}
		completeUpdate(data, current);
		return options;
	});
}

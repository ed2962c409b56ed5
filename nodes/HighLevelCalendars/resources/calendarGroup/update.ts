import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties } from '../../shared/descriptions';
import { checkBody, requireSomethingToUpdate, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { groupFields, groupIdParameter } from './fields';
import { keepUnchangedFields } from './hooks';

/**
 * Calendar Group: Update (PUT /calendars/groups/{groupId}, GroupUpdateDTO). Only the fields added
 * change; the DTO requires name, description and slug, so those left out are sent as they are now.
 */
const updateFields = sentAsBodyProperties(groupFields({ forUpdate: true }));
const fields = collection('calendarGroup', 'update', 'UpdateFields', updateFields);

export const calendarGroupUpdate: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a calendar group',
		description: 'Change the name, description or slug of a calendar group',
		routing: route(ENDPOINTS.updateCalendarGroup, {
			path: [groupIdParameter],
			preSend: [
				checkBody(updateFields),
				requireSomethingToUpdate(fields),
				keepUnchangedFields(groupIdParameter),
			],
			postReceive: [unwrap('group')],
		}),
	},
	parameters: [groupIdParameter, fields],
};

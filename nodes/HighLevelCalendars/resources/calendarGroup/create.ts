import { ENDPOINTS } from '../../endpoints';
import { collection, nameParameter, sentAsBodyProperties } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody, requireFilled, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { groupFields, slugParameter } from './fields';
import { withDescription } from './hooks';
import { recoverCalendarGroup } from './recover';

// Shared with Calendar: Create (one definition of `name`).
const name = nameParameter;

const additionalFields = sentAsBodyProperties(groupFields({ forUpdate: false }));
const fields = collection('calendarGroup', 'create', 'Fields', additionalFields);

/** Calendar Group: Create (POST /calendars/groups, GroupCreateDTO). locationId comes from the credential. */
export const calendarGroupCreate: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a calendar group',
		description: 'Create a group of calendars with one booking page',
		routing: route(ENDPOINTS.createCalendarGroup, {
			recover: recoverCalendarGroup,
			preSend: [
				addLocationIdToBody,
				requireFilled(name, slugParameter),
				checkBody([name, slugParameter, ...additionalFields]),
				withDescription,
			],
			postReceive: [unwrap('group')],
		}),
	},
	parameters: [name, slugParameter, fields],
};

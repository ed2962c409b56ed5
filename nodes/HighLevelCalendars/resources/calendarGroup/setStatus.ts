import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { checkBody } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { groupIdParameter } from './fields';

/** Calendar Group: Enable or Disable (PUT /calendars/groups/{groupId}/status, GroupStatusUpdateParams). */
const isActive: INodeProperties = {
	displayName: 'Is Active',
	name: 'isActive',
	type: 'boolean',
	default: true,
	description: 'Whether the group is enabled (on) or disabled (off)',
	routing: { send: { type: 'body', property: 'isActive' } },
};

export const calendarGroupSetStatus: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Enable or Disable',
		value: 'setStatus',
		action: 'Enable or disable a calendar group',
		description: 'Turn a calendar group’s booking page on or off',
		routing: route(ENDPOINTS.setCalendarGroupStatus, {
			path: [groupIdParameter],
			preSend: [checkBody([isActive])],
		}),
	},
	parameters: [groupIdParameter, isActive],
};

import { ENDPOINTS } from '../../endpoints';
import { addLocationIdToBody, checkBody, requireFilled } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { slugParameter } from './fields';

/** Calendar Group: Validate Slug (POST /calendars/groups/validate-slug, ValidateGroupSlugPostBody). */
export const calendarGroupValidateSlug: Operation = {
	resource: 'calendarGroup',
	option: {
		name: 'Validate Slug',
		value: 'validateSlug',
		action: 'Check whether a calendar group slug is free',
		description:
			'Check whether a slug is still free for a new group (answers available: true or false)',
		routing: route(ENDPOINTS.validateCalendarGroupSlug, {
			preSend: [addLocationIdToBody, requireFilled(slugParameter), checkBody([slugParameter])],
		}),
	},
	parameters: [slugParameter],
};

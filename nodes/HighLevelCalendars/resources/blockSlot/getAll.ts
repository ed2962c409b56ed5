import { ENDPOINTS } from '../../endpoints';
import {
	calendarLocator,
	collection,
	groupLocator,
	limitParameter,
	returnAllParameter,
	timeZoneOption,
	userLocator,
} from '../../shared/descriptions';
import {
	addLocationIdToQuery,
	addOwnerFilters,
	applyLimit,
	unwrap,
	windowInQuery,
} from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { endTimeParameter, startTimeParameter } from './fields';

/**
 * Block Slot: Get Many (GET /calendars/blocked-slots). The API wants a calendar, user or group and a
 * window in epoch milliseconds, and answers the whole list at once.
 */
const filters = collection(
	'blockSlot',
	'getAll',
	'Filters',
	[
		calendarLocator({
			displayName: 'Calendar',
			name: 'calendarId',
			description: 'Block slots of this calendar',
		}),
		groupLocator({
			displayName: 'Calendar Group',
			name: 'groupId',
			description: 'Block slots of the calendars in this calendar group',
		}),
		userLocator({
			displayName: 'User',
			name: 'userId',
			description: 'Block slots of this user',
		}),
	],
	'HighLevel lists the block slots of a calendar, a user or a calendar group: set one',
);

const options = collection('blockSlot', 'getAll', 'Options', [timeZoneOption()]);

export const blockSlotGetAll: Operation = {
	resource: 'blockSlot',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many block slots',
		description: 'List the block slots of a calendar, user or group between two times',
		routing: route(ENDPOINTS.getBlockedSlots, {
			preSend: [
				addLocationIdToQuery,
				addOwnerFilters(filters, 'block slots'),
				windowInQuery({
					from: startTimeParameter,
					to: endTimeParameter,
					zonePath: `${options.name}.timeZone`,
					startKey: 'startTime',
					endKey: 'endTime',
				}),
			],
			postReceive: [unwrap('events'), applyLimit],
		}),
	},
	// Every Get Many: what the API requires, Return All, Limit, then Filters and Options.
	parameters: [
		startTimeParameter,
		endTimeParameter,
		returnAllParameter,
		limitParameter,
		filters,
		options,
	],
};

import type { IDataObject, INodeProperties } from 'n8n-workflow';

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
import { addLocationIdToQuery, applyLimit, unwrap, windowInQuery } from '../../shared/hooks';
import { FieldError, isBlank, requireId } from '../../shared/input/fields';
import { type PreSend, hook } from '../../shared/input/hook';
import { extractId } from '../../shared/input/ids';
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

/** The filters as query: the calendar, user or group the API needs at least one of. */
export function blockSlotFilters(values: IDataObject, collection: INodeProperties): IDataObject {
	const qs: IDataObject = {};
	for (const option of (collection.options ?? []) as INodeProperties[]) {
		const value = extractId(values[option.name]);
		if (!isBlank(value))
			qs[option.name] = requireId(`${collection.displayName} → ${option.displayName}`, value);
	}
	if (Object.keys(qs).length === 0) {
		throw new FieldError(
			collection.displayName,
			'name no calendar, user or group; HighLevel needs one of them to list block slots',
		);
	}
	return qs;
}

const addFilters: PreSend = hook(async function (options) {
	const values = this.getNodeParameter(filters.name, {}) as IDataObject;
	options.qs = { ...(options.qs ?? {}), ...blockSlotFilters(values, filters) };
	return options;
});

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
				addFilters,
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
	parameters: [
		startTimeParameter,
		endTimeParameter,
		filters,
		returnAllParameter,
		limitParameter,
		options,
	],
};

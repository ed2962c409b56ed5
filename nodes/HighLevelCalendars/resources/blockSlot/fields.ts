import type { INodeProperties } from 'n8n-workflow';

import {
	TIME_FORMAT_HINT,
	blockSlotLocator,
	calendarLocator,
	userLocator,
} from '../../shared/descriptions';

/** The Block Slot parameter (Update, Delete); `eventId` as the paths name it. */
export const blockSlotIdParameter = blockSlotLocator({
	displayName: 'Block Slot',
	name: 'eventId',
	required: true,
	description: 'The block slot to work on (the ID returned when it was created)',
});

const OWNER_HINT = 'Set a calendar or a user, not both.';

/** Calendar and User of a block slot: what it blocks. HighLevel takes one of them, never both. */
export function ownerFields(): INodeProperties[] {
	return [
		calendarLocator({
			displayName: 'Calendar',
			name: 'calendarId',
			description: `The calendar whose time is blocked. ${OWNER_HINT}`,
		}),
		userLocator({
			displayName: 'User',
			name: 'assignedUserId',
			description: `The user whose time is blocked (on all their calendars). ${OWNER_HINT}`,
		}),
	];
}

/**
 * Start and End Time: of the block (Create), or of the window to list (Get Many). One definition for
 * both, since the routing engine evaluates a parameter once per definition of its name for every item.
 */
export const startTimeParameter: INodeProperties = {
	displayName: 'Start Time',
	name: 'startTime',
	type: 'dateTime',
	required: true,
	default: '',
	description: `When the blocked time starts; in Get Many, the start of the window to list. ${TIME_FORMAT_HINT}.`,
};

export const endTimeParameter: INodeProperties = {
	displayName: 'End Time',
	name: 'endTime',
	type: 'dateTime',
	required: true,
	default: '',
	description: `When the blocked time ends; in Get Many, the end of the window to list (a date alone means through the end of that day). ${TIME_FORMAT_HINT}.`,
};

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: 'Out of office',
	description: 'Title shown on the blocked time in the calendar',
};

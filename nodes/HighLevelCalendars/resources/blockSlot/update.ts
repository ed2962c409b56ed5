import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import {
	TIME_FORMAT_HINT,
	collection,
	sentAsBodyProperties,
	timeZoneOption,
} from '../../shared/descriptions';
import { addLocationIdToBody, checkBody, requireSomethingToUpdate } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { blockSlotIdParameter, ownerFields, titleField } from './fields';
import { checkOwner, normalizeBlockTimes } from './hooks';

/**
 * Block Slot: Update (PUT /calendars/events/block-slots/{eventId}, BlockSlotEditRequestDTO). Only the
 * fields added are sent (with the locationId the DTO requires); a new Calendar or User replaces the
 * block slot's current one.
 */
const times: INodeProperties[] = [
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description: `New start of the blocked time. ${TIME_FORMAT_HINT}.`,
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description: `New end of the blocked time. ${TIME_FORMAT_HINT}.`,
	},
];
const updateFields = sentAsBodyProperties([...ownerFields(), ...times, titleField]);
const fields = collection('blockSlot', 'update', 'UpdateFields', updateFields);
const options = collection('blockSlot', 'update', 'Options', [timeZoneOption()]);
const zonePath = `${options.name}.timeZone`;

export const blockSlotUpdate: Operation = {
	resource: 'blockSlot',
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a block slot',
		description: 'Move a block slot, retitle it, or give it to another calendar or user',
		routing: route(ENDPOINTS.updateBlockSlot, {
			path: [blockSlotIdParameter],
			preSend: [
				checkOwner({ required: false, where: `${fields.displayName} → ` }),
				normalizeBlockTimes(zonePath),
				checkBody(updateFields),
				requireSomethingToUpdate(fields),
				addLocationIdToBody,
			],
		}),
	},
	parameters: [blockSlotIdParameter, fields, options],
};

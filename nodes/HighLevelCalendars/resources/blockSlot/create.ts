import { ENDPOINTS } from '../../endpoints';
import { collection, sentAsBodyProperties, timeZoneOption } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { endTimeParameter, ownerFields, startTimeParameter, titleField } from './fields';
import { addTimesToBody, checkOwner, normalizeBlockTimes } from './hooks';
import { recoverBlockSlot } from './recover';

/**
 * Block Slot: Create (POST /calendars/events/block-slots, BlockSlotCreateRequestDTO). Blocks time on a
 * calendar or for a user; locationId comes from the credential. The answer is the block slot itself.
 */
const [calendarId, assignedUserId] = sentAsBodyProperties(ownerFields());
const additionalFields = sentAsBodyProperties([titleField]);
const fields = collection('blockSlot', 'create', 'Fields', additionalFields);
const options = collection('blockSlot', 'create', 'Options', [timeZoneOption()]);
const zonePath = `${options.name}.timeZone`;

export const blockSlotCreate: Operation = {
	resource: 'blockSlot',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Block time on a calendar or for a user',
		description: 'Block time on a calendar or for a user, so that nothing can be booked in it',
		routing: route(ENDPOINTS.createBlockSlot, {
			preSend: [
				addLocationIdToBody,
				checkOwner({ required: true }),
				addTimesToBody(startTimeParameter, endTimeParameter),
				normalizeBlockTimes(zonePath, { required: true }),
				checkBody(additionalFields),
			],
			recover: recoverBlockSlot,
		}),
	},
	parameters: [calendarId, assignedUserId, startTimeParameter, endTimeParameter, fields, options],
};

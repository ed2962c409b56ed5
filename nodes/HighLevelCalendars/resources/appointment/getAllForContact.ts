import { ENDPOINTS } from '../../endpoints';
import {
	collection,
	limitParameter,
	returnAllParameter,
	timeZoneLocator,
} from '../../shared/descriptions';
import { applyLimit, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { checkLimit } from '../../shared/pages';
import { route } from '../../shared/routing';
import { contactIdParameter } from './fields';
import { addOffsetTimes, checkTimeZone } from './hooks';

/**
 * Appointment: Get Many for Contact (GET /contacts/{contactId}/appointments, contacts.json, Version
 * 2021-07-28). The API takes no query and returns every appointment of the contact at once; each of
 * its `events` is an item, up to Limit, with its times also given with an offset (the spec's times
 * have none; they are read in the Time Zone option, which should be the sub-account's zone).
 */
const options = collection('appointment', 'getAllForContact', 'Options', [
	timeZoneLocator({
		displayName: 'Time Zone',
		name: 'timeZone',
		description:
			"Time zone of the sub-account, in which HighLevel writes the appointments' times without an offset (IANA name such as America/New_York). Leave empty for the workflow time zone. The node adds each time as ISO 8601 with the offset in force on that date there (startTimeIso, endTimeIso, dateAddedIso, dateUpdatedIso).",
	}),
]);
const zonePath = `${options.name}.timeZone`;

export const appointmentGetAllForContact: Operation = {
	resource: 'appointment',
	option: {
		name: 'Get Many for Contact',
		value: 'getAllForContact',
		action: 'Get many appointments of a contact',
		description: 'List the appointments of one contact, in any calendar',
		routing: route(ENDPOINTS.getContactAppointments, {
			path: [contactIdParameter],
			preSend: [checkLimit, checkTimeZone(zonePath)],
			postReceive: [unwrap('events'), applyLimit, addOffsetTimes(zonePath)],
		}),
	},
	parameters: [contactIdParameter, returnAllParameter, limitParameter, options],
};

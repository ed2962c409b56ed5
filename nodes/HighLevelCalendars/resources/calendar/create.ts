import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { nameParameter, sentAsBodyProperties } from '../../shared/descriptions';
import { addLocationIdToBody, checkBody, requireFilled, unwrap } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { shapeCalendarSettings } from './body';
import { calendarSettingCollections, calendarSettings } from './fields';
import { recoverCalendar } from './recover';

/** Calendar: Create (POST /calendars/, CalendarCreateDTO). locationId comes from the credential. */

export const calendarTypes = [
	{
		name: 'Class Booking',
		value: 'class_booking',
		description: 'Several invitees book seats in one slot',
	},
	{ name: 'Collective', value: 'collective', description: 'All team members attend every booking' },
	{
		name: 'Event',
		value: 'event',
		description: 'A simple calendar for one host or a shared event',
	},
	{ name: 'Personal', value: 'personal', description: 'One team member’s own booking calendar' },
	{
		name: 'Round Robin',
		value: 'round_robin',
		description: 'Bookings rotate between team members',
	},
	{ name: 'Service Booking', value: 'service_booking', description: 'Invitees book a service' },
];

// Shared with Calendar Group: Create (one definition of `name`).
const name = nameParameter;

const calendarType: INodeProperties = {
	displayName: 'Calendar Type',
	name: 'calendarType',
	type: 'options',
	options: calendarTypes,
	default: 'event',
	description:
		'Kind of calendar. Round robin, collective, class and service calendars need team members (Team and Round Robin → Team Members); a personal calendar needs exactly one.',
	routing: { send: { type: 'body', property: 'calendarType' } },
};

const additionalFields = sentAsBodyProperties(calendarSettings({ forUpdate: false }));
const groups = calendarSettingCollections('create', additionalFields);

export const calendarCreate: Operation = {
	resource: 'calendar',
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a calendar',
		description: 'Create a booking calendar in the sub-account',
		routing: route(ENDPOINTS.createCalendar, {
			preSend: [
				addLocationIdToBody,
				// checkBody drops blank text; a calendar without a name HighLevel refuses (422).
				requireFilled(name),
				checkBody([name, calendarType, ...additionalFields]),
				shapeCalendarSettings,
			],
			postReceive: [unwrap('calendar')],
			recover: recoverCalendar,
		}),
	},
	parameters: [name, calendarType, ...groups],
};

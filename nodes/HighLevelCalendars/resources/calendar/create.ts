import type { INodeProperties } from 'n8n-workflow';

import { sentAsBodyProperties, showFor } from '../../shared/routing';
import { calendarSettings } from './fields';

const showOnlyForCalendarCreate = showFor('calendar', ['create']);

export const calendarTypes = [
	{ name: 'Class Booking', value: 'class_booking', description: 'Several invitees book seats in one slot' },
	{ name: 'Collective', value: 'collective', description: 'All team members attend every booking' },
	{ name: 'Event', value: 'event', description: 'A simple calendar for one host or a shared event' },
	{ name: 'Personal', value: 'personal', description: 'One team member’s own booking calendar' },
	{ name: 'Round Robin', value: 'round_robin', description: 'Bookings rotate between team members' },
	{ name: 'Service Booking', value: 'service_booking', description: 'Invitees book a service' },
];

/** Fields of Calendar: Create (CalendarCreateDTO), also used by the body check before sending. */
export const calendarCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Intro Call',
		description: 'Name of the calendar',
		displayOptions: showOnlyForCalendarCreate,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Calendar Type',
		name: 'calendarType',
		type: 'options',
		options: calendarTypes,
		default: 'event',
		description:
			'Kind of calendar. Round robin, collective, class and service calendars need team members (Additional Fields → Team Members); a personal calendar needs exactly one.',
		displayOptions: showOnlyForCalendarCreate,
		routing: { send: { type: 'body', property: 'calendarType' } },
	},
];

const additionalFields = sentAsBodyProperties(calendarSettings({ forUpdate: false }));

export const calendarCreateDescription: INodeProperties[] = [
	...calendarCreateFields,
	{
		displayName: 'Additional Fields',
		// Not "additionalFields": Appointment: Create has that name, and each definition of a name costs
		// the routing engine an extra evaluation of its expressions per item.
		name: 'calendarFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showOnlyForCalendarCreate,
		options: additionalFields,
	},
];

export const calendarCreateCheckedFields = [...calendarCreateFields, ...additionalFields];

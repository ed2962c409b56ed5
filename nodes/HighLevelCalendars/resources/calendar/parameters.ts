import { calendarLocator } from '../../shared/descriptions';

/**
 * The Calendar parameter of the calendar resource, defined once for every operation that shows it.
 * (Appointment: Create has its own: displayOptions cannot say "calendar:get or appointment:create".)
 */
export const calendarIdParameter = calendarLocator({
	displayName: 'Calendar',
	name: 'calendarId',
	required: true,
	description: 'The calendar to work on',
	displayOptions: { show: { resource: ['calendar'], operation: ['get', 'update', 'delete', 'getFreeSlots'] } },
});

import { appointmentsIn } from '../helpers/appointments';
import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'appointment',
	rows: [
		row('cancel', 'PUT', '/calendars/events/appointments/{eventId}'),
		row('create', 'POST', '/calendars/events/appointments'),
		row('delete', 'DELETE', '/calendars/events/{eventId}'),
		row('get', 'GET', '/calendars/events/appointments/{eventId}'),
		row('getAll', 'GET', '/calendars/events', ['calendarId', 'endTime', 'locationId', 'startTime']),
		row('getAllForContact', 'GET', '/contacts/{contactId}/appointments', [], '2021-07-28'),
		row('reschedule', 'PUT', '/calendars/events/appointments/{eventId}'),
		row('update', 'PUT', '/calendars/events/appointments/{eventId}'),
	],
	async minimal(operation, ctx) {
		const calendarId = byId(DEFAULTS.calendarId);
		if (operation === 'create')
			return { calendarId, contactId: byId(DEFAULTS.contactId), startTime: '2027-02-01T10:00:00' };
		if (operation === 'getAllForContact') return { contactId: byId(DEFAULTS.contactId) };
		if (operation === 'getAll')
			return { from: '2027-02-01', to: '2027-02-02', appointmentGetAllFilters: { calendarId } };
		const eventId = await appointmentsIn(ctx).booked();
		return (
			{
				update: { eventId, appointmentUpdateFields: { title: 'Renamed' } },
				reschedule: {
					eventId,
					startTime: '2027-02-01T11:00:00',
					appointmentRescheduleOptions: { endTime: '2027-02-01T11:30:00' },
				},
			}[operation] ?? { eventId }
		);
	},
};

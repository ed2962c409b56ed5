import { DEFAULTS, byId, byName } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'availabilitySchedule',
	rows: [
		row('addCalendar', 'PUT', '/calendars/schedules/{id}/associations/{calendarId}'),
		row('create', 'POST', '/calendars/schedules'),
		row('delete', 'DELETE', '/calendars/schedules/{id}'),
		row('get', 'GET', '/calendars/schedules/{id}'),
		row('getAll', 'GET', '/calendars/schedules/search', ['limit', 'locationId', 'skip', 'userId']),
		row('removeCalendar', 'DELETE', '/calendars/schedules/{id}/associations/{calendarId}'),
		row('update', 'PUT', '/calendars/schedules/{id}'),
	],
	async minimal(operation) {
		const scheduleId = byId(DEFAULTS.scheduleId);
		const calendarId = byId(DEFAULTS.calendarId);
		return (
			{
				addCalendar: { scheduleId, calendarId: byId(DEFAULTS.roundRobinCalendarId) },
				create: {
					name: 'Routing table',
					userId: byId(DEFAULTS.userId),
					timezone: byName('America/New_York'),
				},
				getAll: { userId: byId(DEFAULTS.userId) },
				removeCalendar: { scheduleId, calendarId },
				update: { scheduleId, availabilityScheduleUpdateFields: { name: 'Renamed' } },
			}[operation] ?? { scheduleId }
		);
	},
};

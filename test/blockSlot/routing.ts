import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'blockSlot',
	rows: [
		row('create', 'POST', '/calendars/events/block-slots'),
		row('delete', 'DELETE', '/calendars/events/{eventId}'),
		row('getAll', 'GET', '/calendars/blocked-slots', [
			'calendarId',
			'endTime',
			'locationId',
			'startTime',
		]),
		row('update', 'PUT', '/calendars/events/block-slots/{eventId}'),
	],
	async minimal(operation) {
		const eventId = byId(DEFAULTS.blockSlotId);
		return (
			{
				create: {
					calendarId: byId(DEFAULTS.calendarId),
					startTime: '2027-02-01T10:00:00',
					endTime: '2027-02-01T11:00:00',
				},
				getAll: {
					startTime: '2027-01-04',
					endTime: '2027-01-05',
					blockSlotGetAllFilters: { calendarId: byId(DEFAULTS.calendarId) },
				},
				update: { eventId, blockSlotUpdateFields: { title: 'Renamed' } },
			}[operation] ?? { eventId }
		);
	},
};

import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';
import { calendarSettings } from './settings';

export const routing: ResourceRouting = {
	resource: 'calendar',
	rows: [
		row('create', 'POST', '/calendars/'),
		row('delete', 'DELETE', '/calendars/{calendarId}'),
		row('get', 'GET', '/calendars/{calendarId}'),
		row('getAll', 'GET', '/calendars/', ['locationId']),
		row('getFreeSlots', 'GET', '/calendars/{calendarId}/free-slots', [
			'endDate',
			'startDate',
			'timezone',
		]),
		row('update', 'PUT', '/calendars/{calendarId}'),
	],
	async minimal(operation) {
		const calendarId = byId(DEFAULTS.calendarId);
		return (
			{
				create: { name: 'Routing table' },
				getAll: {},
				getFreeSlots: { calendarId, startDate: '2027-02-01', endDate: '2027-02-02' },
				update: { calendarId, ...calendarSettings('update', { name: 'Renamed' }) },
			}[operation] ?? { calendarId }
		);
	},
};

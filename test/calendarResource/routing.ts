import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'calendarResource',
	rows: [
		row('create', 'POST', '/calendars/resources/{resourceType}'),
		row('delete', 'DELETE', '/calendars/resources/{resourceType}/{id}'),
		row('get', 'GET', '/calendars/resources/{resourceType}/{id}'),
		row('getAll', 'GET', '/calendars/resources/{resourceType}', ['limit', 'locationId', 'skip']),
		row('update', 'PUT', '/calendars/resources/{resourceType}/{id}'),
	],
	async minimal(operation) {
		const id = byId(DEFAULTS.roomId);
		return (
			{
				create: {
					resourceType: 'rooms',
					name: 'Routing table',
					description: 'A room',
					quantity: 1,
					outOfService: 0,
					capacity: 4,
					calendarIds: [],
				},
				getAll: { resourceType: 'rooms' },
				update: {
					resourceType: 'rooms',
					id,
					calendarResourceUpdateFields: { name: 'Renamed' },
				},
			}[operation] ?? { resourceType: 'rooms', id }
		);
	},
};

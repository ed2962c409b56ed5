import { DEFAULTS, byId } from '../helpers/node';
import { type ResourceRouting, row } from '../helpers/routing';

export const routing: ResourceRouting = {
	resource: 'calendarGroup',
	rows: [
		row('create', 'POST', '/calendars/groups'),
		row('delete', 'DELETE', '/calendars/groups/{groupId}'),
		row('getAll', 'GET', '/calendars/groups', ['locationId']),
		row('setStatus', 'PUT', '/calendars/groups/{groupId}/status'),
		row('update', 'PUT', '/calendars/groups/{groupId}'),
		row('validateSlug', 'POST', '/calendars/groups/validate-slug'),
	],
	async minimal(operation) {
		const groupId = byId(DEFAULTS.groupId);
		return (
			{
				create: { name: 'Routing table', slug: 'routing-table' },
				getAll: {},
				update: { groupId, calendarGroupUpdateFields: { name: 'Renamed' } },
				validateSlug: { slug: 'routing-table' },
			}[operation] ?? { groupId }
		);
	},
};

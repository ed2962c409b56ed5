import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../nodes/HighLevelCalendars/endpoints';
import { HighLevelCalendars } from '../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { appointmentsIn } from './helpers/appointments';
import { DEFAULTS, apiCalls, byId, run, useSandbox } from './helpers/node';

/**
 * The routing table, read like the API's documentation: every operation of the node, the HighLevel
 * operation it calls (method, path, query keys, Version), and each endpoint of the table used.
 */
const TABLE: Array<
	[
		resource: string,
		operation: string,
		method: string,
		path: string,
		query: string[],
		version: string,
	]
> = [
	['appointment', 'cancel', 'PUT', '/calendars/events/appointments/{eventId}', [], '2021-04-15'],
	['appointment', 'create', 'POST', '/calendars/events/appointments', [], '2021-04-15'],
	['appointment', 'delete', 'DELETE', '/calendars/events/{eventId}', [], '2021-04-15'],
	['appointment', 'get', 'GET', '/calendars/events/appointments/{eventId}', [], '2021-04-15'],
	[
		'appointment',
		'getAll',
		'GET',
		'/calendars/events',
		['calendarId', 'endTime', 'locationId', 'startTime'],
		'2021-04-15',
	],
	[
		'appointment',
		'reschedule',
		'PUT',
		'/calendars/events/appointments/{eventId}',
		[],
		'2021-04-15',
	],
	['appointment', 'update', 'PUT', '/calendars/events/appointments/{eventId}', [], '2021-04-15'],
	['calendar', 'create', 'POST', '/calendars/', [], '2021-04-15'],
	['calendar', 'delete', 'DELETE', '/calendars/{calendarId}', [], '2021-04-15'],
	['calendar', 'get', 'GET', '/calendars/{calendarId}', [], '2021-04-15'],
	['calendar', 'getAll', 'GET', '/calendars/', ['locationId'], '2021-04-15'],
	[
		'calendar',
		'getFreeSlots',
		'GET',
		'/calendars/{calendarId}/free-slots',
		['endDate', 'startDate', 'timezone'],
		'2021-04-15',
	],
	['calendar', 'update', 'PUT', '/calendars/{calendarId}', [], '2021-04-15'],
];

const ctx = useSandbox();
const { booked } = appointmentsIn(ctx);

function operations(): Array<[string, INodePropertyOptions]> {
	const { properties } = new HighLevelCalendars().description;
	return properties
		.filter((property: INodeProperties) => property.name === 'operation')
		.flatMap((property) =>
			(property.options as INodePropertyOptions[]).map((option): [string, INodePropertyOptions] => [
				property.displayOptions!.show!.resource![0] as string,
				option,
			]),
		);
}

/** The fewest parameters each operation needs, with IDs that exist in the sandbox. */
async function minimal(resource: string, operation: string): Promise<Record<string, unknown>> {
	const calendarId = byId(DEFAULTS.calendarId);
	if (resource === 'calendar') {
		return (
			{
				create: { name: 'Routing table' },
				getAll: {},
				getFreeSlots: { calendarId, startDate: '2027-02-01', endDate: '2027-02-02' },
				update: { calendarId, calendarUpdateFields: { name: 'Renamed' } },
			}[operation] ?? { calendarId }
		);
	}
	if (operation === 'create')
		return { calendarId, contactId: byId(DEFAULTS.contactId), startTime: '2027-02-01T10:00:00' };
	if (operation === 'getAll')
		return { from: '2027-02-01', to: '2027-02-02', appointmentGetAllFilters: { calendarId } };
	const eventId = await booked();
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
}

describe('routing table', () => {
	it('lists every operation of the node, and each routes to its row of the endpoint table', () => {
		const found = operations().map(([resource, option]) => {
			const request = option.routing!.request!;
			return [
				resource,
				option.value,
				request.method,
				request.url,
				(request.headers as Record<string, string>).Version,
			];
		});
		expect(found.sort()).toEqual(TABLE.map(([r, o, m, p, , v]) => [r, o, m, p, v]).sort());
		const rows = Object.values(ENDPOINTS).map((endpoint) => `${endpoint.method} ${endpoint.path}`);
		for (const [, , method, path] of TABLE) expect(rows).toContain(`${method} ${path}`);
	});

	it.each(TABLE)(
		'%s: %s sends %s %s with query %j and Version %s',
		async (resource, operation, method, path, query, version) => {
			const parameters = await minimal(resource, operation);
			ctx.sandbox.requests.length = 0;
			const { error } = await run(ctx.sandbox, { resource, operation, ...parameters });
			expect(error).toBeUndefined();
			const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
			const call = apiCalls(ctx.sandbox).find(
				(request) => request.method === method && pattern.test(request.path),
			);
			expect(call).toBeDefined();
			expect(Object.keys(call!.query).sort()).toEqual(query);
			expect(call!.headers.version).toBe(version);
			expect(call!.status).toBeLessThan(300);
		},
	);
});

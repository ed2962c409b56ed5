import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../nodes/HighLevelCalendars/endpoints';
import { HighLevelCalendars } from '../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { apiCalls, run, useSandbox } from './helpers/node';
import { fromEachResource } from './helpers/resourceFiles';
import type { ResourceRouting } from './helpers/routing';

/**
 * The routing table, read like the API's documentation: every operation of the node, the HighLevel
 * operation it calls (method, path, query keys, Version), and each endpoint of the table used. Each
 * resource writes its rows in `test/<resource>/routing.ts`.
 */
const RESOURCES = fromEachResource<ResourceRouting>('routing', 'routing');

const TABLE = RESOURCES.flatMap(({ resource, rows }) =>
	rows.map(
		({ operation, method, path, query, version }) =>
			[resource, operation, method, path, query, version] as const,
	),
);

/** Endpoints called outside routing: the pickers' look-ups, the contact a booking by email creates, an agency's sub-account tokens. */
const NOT_OPERATIONS = [
	'searchContacts',
	'getUsers',
	'getTimeZones',
	'upsertContact',
	'getInstalledLocations',
	'getLocationToken',
];

const ctx = useSandbox();

function operations(): Array<[string, INodePropertyOptions]> {
	const { properties } = new HighLevelCalendars().description;
	return properties
		.filter((property: INodeProperties) => property.name === 'operation')
		.flatMap((property) =>
			(property.options as INodePropertyOptions[])
				// Custom API Call sends nothing (test/shared/operations.test.ts).
				.filter((option) => option.value !== '__CUSTOM_API_CALL__')
				.map((option): [string, INodePropertyOptions] => [
					property.displayOptions!.show!.resource![0] as string,
					option,
				]),
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

	it('uses every row of the endpoint table (all 41 of calendars.json, the contact’s appointments) in an operation', () => {
		const used = new Set(TABLE.map(([, , method, path]) => `${method} ${path}`));
		const unused = Object.entries(ENDPOINTS)
			.filter(([, endpoint]) => !used.has(`${endpoint.method} ${endpoint.path}`))
			.map(([name]) => name);
		// The trigger's and the pickers' look-ups are called outside routing.
		expect(unused.filter((name) => !NOT_OPERATIONS.includes(name))).toEqual([]);
	});

	it.each(TABLE)(
		'%s: %s sends %s %s with query %j and Version %s',
		async (resource, operation, method, path, query, version) => {
			const routing = RESOURCES.find((entry) => entry.resource === resource)!;
			const parameters = await routing.minimal(operation, ctx);
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

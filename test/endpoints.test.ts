import {
	type Endpoint,
	ENDPOINTS,
	endpointOf,
	fillPath,
	pathParameters,
} from '../nodes/HighLevelCalendars/endpoints';
import { spec, specDocument } from './helpers/spec';

describe('the endpoint table', () => {
	it('fills path templates with path-encoded values', () => {
		expect(fillPath(ENDPOINTS.getAppointment, { eventId: 'a+b/c' })).toBe(
			'/calendars/events/appointments/a%2Bb%2Fc',
		);
		expect(() => fillPath(ENDPOINTS.getCalendar, {})).toThrow('No value for {calendarId}');
		expect(pathParameters(ENDPOINTS.getTimeZones)).toEqual(['locationId']);
	});

	it('finds the endpoint of a concrete request, a literal path before a template', () => {
		expect(endpointOf('GET', '/calendars/events?calendarId=x')).toBe(ENDPOINTS.getEvents);
		expect(endpointOf('get', '/calendars/abc123')).toBe(ENDPOINTS.getCalendar);
		expect(endpointOf('DELETE', '/calendars/events/abc')).toBe(ENDPOINTS.deleteEvent);
		expect(endpointOf('PATCH', '/calendars/abc')).toBeUndefined();
	});

	it('names a scope for every endpoint', () => {
		for (const endpoint of Object.values(ENDPOINTS))
			expect(endpoint.scope).toMatch(/^[a-z/]+\.(readonly|write)$/);
	});
});

describe('the endpoint table against the spec', () => {
	/** The operations of one spec document, as `METHOD /path`. */
	const documented = (document: any) =>
		Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown>>).flatMap(
			([path, operations]) =>
				Object.keys(operations)
					.filter((method) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
					.map((method) => `${method.toUpperCase()} ${path}`),
		);
	const rows = (Object.values(ENDPOINTS) as Endpoint[]).map((e) => `${e.method} ${e.path}`);

	it('has one row for each of the 41 operations of calendars.json', () => {
		const calendars = documented(specDocument('calendars.json'));
		expect(calendars).toHaveLength(41);
		for (const operation of calendars)
			expect(rows.filter((row) => row === operation)).toEqual([operation]);
	});

	it('has no row the spec does not document, and no row twice', () => {
		const all = new Set(Object.values(spec.documents).flatMap(documented));
		expect(rows.filter((row) => !all.has(row))).toEqual([]);
		expect(new Set(rows).size).toBe(rows.length);
	});

	it("names the scope of the spec operation's own security", () => {
		for (const endpoint of Object.values(ENDPOINTS) as Endpoint[]) {
			const operation = Object.values(spec.documents)
				.map((document: any) => document.paths?.[endpoint.path]?.[endpoint.method.toLowerCase()])
				.find(Boolean);
			const security = operation.security as Array<Record<string, string[]>>;
			const scopes = security.flatMap((entry) => Object.values(entry).flat());
			expect([endpoint.path, scopes]).toEqual([
				endpoint.path,
				expect.arrayContaining([endpoint.scope]),
			]);
		}
	});

	it('finds each row again from a concrete path, IDs filled in', () => {
		for (const endpoint of Object.values(ENDPOINTS) as Endpoint[]) {
			const concrete = endpoint.path.replace(/\{\w+\}/g, (_, name: string) =>
				name === 'resourceType' ? 'rooms' : `x${name}1`,
			);
			expect([endpoint.method, endpoint.path, endpointOf(endpoint.method, concrete)]).toEqual([
				endpoint.method,
				endpoint.path,
				endpoint,
			]);
		}
	});
});

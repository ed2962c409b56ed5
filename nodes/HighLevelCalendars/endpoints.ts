/**
 * Every HighLevel operation the package calls, once: method, path template (as the spec writes it,
 * `{name}` filled from the parameter of that name) and the `Version` header its spec file declares
 * (see SOURCE.md of the HighLevel OpenAPI documents). Routing, hooks, pickers and the credential test
 * all read it. Imports nothing: every layer may use it.
 */

export const API_VERSION = {
	calendars: '2021-04-15',
	contacts: '2021-07-28',
	users: '2021-07-28',
	locations: '2021-07-28',
} as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
	method: HttpMethod;
	path: string;
	version: string;
	/** The scope the spec's `security` lists, named in 401/403 errors. */
	scope: string;
}

const calendars = (method: HttpMethod, path: string, scope: string): Endpoint => ({
	method,
	path,
	version: API_VERSION.calendars,
	scope,
});

export const ENDPOINTS = {
	// Calendars (calendars.json)
	createCalendar: calendars('POST', '/calendars/', 'calendars.write'),
	getCalendars: calendars('GET', '/calendars/', 'calendars.readonly'),
	getCalendar: calendars('GET', '/calendars/{calendarId}', 'calendars.readonly'),
	updateCalendar: calendars('PUT', '/calendars/{calendarId}', 'calendars.write'),
	deleteCalendar: calendars('DELETE', '/calendars/{calendarId}', 'calendars.write'),
	getFreeSlots: calendars('GET', '/calendars/{calendarId}/free-slots', 'calendars.readonly'),
	// Appointments (calendars.json, calendars/events)
	createAppointment: calendars('POST', '/calendars/events/appointments', 'calendars/events.write'),
	getAppointment: calendars(
		'GET',
		'/calendars/events/appointments/{eventId}',
		'calendars/events.readonly',
	),
	updateAppointment: calendars(
		'PUT',
		'/calendars/events/appointments/{eventId}',
		'calendars/events.write',
	),
	deleteEvent: calendars('DELETE', '/calendars/events/{eventId}', 'calendars/events.write'),
	getEvents: calendars('GET', '/calendars/events', 'calendars/events.readonly'),
	// Look-ups for the pickers
	searchContacts: {
		method: 'POST',
		path: '/contacts/search',
		version: API_VERSION.contacts,
		scope: 'contacts.readonly',
	},
	getUsers: { method: 'GET', path: '/users/', version: API_VERSION.users, scope: 'users.readonly' },
	getTimeZones: {
		method: 'GET',
		path: '/locations/{locationId}/timezones',
		version: API_VERSION.locations,
		scope: 'locations.readonly',
	},
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** The path of `endpoint` with each `{name}` replaced by the path-encoded value of `values[name]`. */
export function fillPath(endpoint: Endpoint, values: Record<string, string>): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`No value for {${name}} of ${endpoint.path}`);
		return encodeURIComponent(value);
	});
}

/** The names of the `{placeholders}` of a path template, in order. */
export function pathParameters(endpoint: Endpoint): string[] {
	return [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** The endpoint a concrete request goes to (method and path with IDs filled in), if it is ours. */
export function endpointOf(method: string, path: string): Endpoint | undefined {
	const bare = path.split('?')[0];
	let best: Endpoint | undefined;
	for (const endpoint of Object.values(ENDPOINTS) as Endpoint[]) {
		if (endpoint.method !== method.toUpperCase()) continue;
		const pattern = new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`);
		// A literal path (/calendars/events) wins over a template that also matches it (/calendars/{calendarId}).
		if (pattern.test(bare) && (!best || !/\{/.test(endpoint.path))) best = endpoint;
	}
	return best;
}

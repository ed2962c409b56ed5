/**
 * Every HighLevel operation the package calls (all 41 of calendars.json, the contact's
 * appointments and the contact look-ups are offered by an operation, see test/routing.test.ts), once: method,
 * path template (as the spec writes it, `{name}` filled from the parameter of that name) and the `Version` header its spec file declares
 * (see SOURCE.md of the HighLevel OpenAPI documents). Routing, hooks, pickers and the credential test
 * all read it. Imports nothing: every layer may use it.
 */

export const API_VERSION = {
	calendars: '2021-04-15',
	contacts: '2021-07-28',
	users: '2021-07-28',
	locations: '2021-07-28',
	oauth: '2021-07-28',
} as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
	method: HttpMethod;
	path: string;
	version: string;
	/** The scope the spec's `security` lists, named in 401/403 errors. */
	scope: string;
	/** What a POST creates, named when its outcome is unknown (sent again only once looked up). */
	creates?: string;
	/** A POST that changes nothing (a search or a check): repeated after a failure like a GET. */
	readsOnly?: true;
	/** Called with the agency (Company) token of an agency connection, never with a sub-account's. */
	agency?: true;
}

const calendars = (
	method: HttpMethod,
	path: string,
	scope: string,
	extra: Pick<Endpoint, 'creates' | 'readsOnly'> = {},
): Endpoint => ({
	method,
	path,
	version: API_VERSION.calendars,
	scope,
	...extra,
});

export const ENDPOINTS = {
	// Calendars (calendars.json)
	createCalendar: calendars('POST', '/calendars/', 'calendars.write', { creates: 'calendar' }),
	getCalendars: calendars('GET', '/calendars/', 'calendars.readonly'),
	getCalendar: calendars('GET', '/calendars/{calendarId}', 'calendars.readonly'),
	updateCalendar: calendars('PUT', '/calendars/{calendarId}', 'calendars.write'),
	deleteCalendar: calendars('DELETE', '/calendars/{calendarId}', 'calendars.write'),
	getFreeSlots: calendars('GET', '/calendars/{calendarId}/free-slots', 'calendars.readonly'),
	// Calendar groups (calendars.json)
	getCalendarGroups: calendars('GET', '/calendars/groups', 'calendars/groups.readonly'),
	createCalendarGroup: calendars('POST', '/calendars/groups', 'calendars/groups.write', {
		creates: 'calendar group',
	}),
	validateCalendarGroupSlug: calendars(
		'POST',
		'/calendars/groups/validate-slug',
		'calendars/groups.write',
		{ readsOnly: true },
	),
	updateCalendarGroup: calendars('PUT', '/calendars/groups/{groupId}', 'calendars/groups.write'),
	deleteCalendarGroup: calendars('DELETE', '/calendars/groups/{groupId}', 'calendars/groups.write'),
	setCalendarGroupStatus: calendars(
		'PUT',
		'/calendars/groups/{groupId}/status',
		'calendars/groups.write',
	),
	// Appointments (calendars.json, calendars/events)
	createAppointment: calendars('POST', '/calendars/events/appointments', 'calendars/events.write', {
		creates: 'appointment',
	}),
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
	getContactAppointments: {
		method: 'GET',
		path: '/contacts/{contactId}/appointments',
		version: API_VERSION.contacts,
		scope: 'contacts.readonly',
	},
	// Block slots (calendars.json, calendars/events; deleted through deleteEvent)
	createBlockSlot: calendars('POST', '/calendars/events/block-slots', 'calendars/events.write', {
		creates: 'block slot',
	}),
	updateBlockSlot: calendars(
		'PUT',
		'/calendars/events/block-slots/{eventId}',
		'calendars/events.write',
	),
	getBlockedSlots: calendars('GET', '/calendars/blocked-slots', 'calendars/events.readonly'),
	// Appointment notes (calendars.json)
	getAppointmentNotes: calendars(
		'GET',
		'/calendars/appointments/{appointmentId}/notes',
		'calendars/events.readonly',
	),
	createAppointmentNote: calendars(
		'POST',
		'/calendars/appointments/{appointmentId}/notes',
		'calendars/events.write',
		{ creates: 'note' },
	),
	updateAppointmentNote: calendars(
		'PUT',
		'/calendars/appointments/{appointmentId}/notes/{noteId}',
		'calendars/events.write',
	),
	deleteAppointmentNote: calendars(
		'DELETE',
		'/calendars/appointments/{appointmentId}/notes/{noteId}',
		'calendars/events.write',
	),
	// Calendar resources: rooms and equipment (calendars.json)
	createCalendarResource: calendars(
		'POST',
		'/calendars/resources/{resourceType}',
		'calendars/resources.write',
		{ creates: 'room or equipment' },
	),
	getCalendarResources: calendars(
		'GET',
		'/calendars/resources/{resourceType}',
		'calendars/resources.readonly',
	),
	getCalendarResource: calendars(
		'GET',
		'/calendars/resources/{resourceType}/{id}',
		'calendars/resources.readonly',
	),
	updateCalendarResource: calendars(
		'PUT',
		'/calendars/resources/{resourceType}/{id}',
		'calendars/resources.write',
	),
	deleteCalendarResource: calendars(
		'DELETE',
		'/calendars/resources/{resourceType}/{id}',
		'calendars/resources.write',
	),
	// Calendar notifications (calendars.json)
	createCalendarNotifications: calendars(
		'POST',
		'/calendars/{calendarId}/notifications',
		'calendars/events.write',
		{ creates: 'notifications' },
	),
	getCalendarNotifications: calendars(
		'GET',
		'/calendars/{calendarId}/notifications',
		'calendars/events.readonly',
	),
	getCalendarNotification: calendars(
		'GET',
		'/calendars/{calendarId}/notifications/{notificationId}',
		'calendars/events.readonly',
	),
	updateCalendarNotification: calendars(
		'PUT',
		'/calendars/{calendarId}/notifications/{notificationId}',
		'calendars/events.write',
	),
	deleteCalendarNotification: calendars(
		'DELETE',
		'/calendars/{calendarId}/notifications/{notificationId}',
		'calendars/events.write',
	),
	// Availability schedules (calendars.json)
	createSchedule: calendars('POST', '/calendars/schedules', 'calendars.write', {
		creates: 'schedule',
	}),
	searchSchedules: calendars('GET', '/calendars/schedules/search', 'calendars.readonly'),
	getSchedule: calendars('GET', '/calendars/schedules/{id}', 'calendars.readonly'),
	updateSchedule: calendars('PUT', '/calendars/schedules/{id}', 'calendars.write'),
	deleteSchedule: calendars('DELETE', '/calendars/schedules/{id}', 'calendars.write'),
	addCalendarToSchedule: calendars(
		'PUT',
		'/calendars/schedules/{id}/associations/{calendarId}',
		'calendars.write',
	),
	removeCalendarFromSchedule: calendars(
		'DELETE',
		'/calendars/schedules/{id}/associations/{calendarId}',
		'calendars.write',
	),
	// Contacts (contacts.json): Contact: Find, and the contact of Appointment: Create by email or phone
	getDuplicateContact: {
		method: 'GET',
		path: '/contacts/search/duplicate',
		version: API_VERSION.contacts,
		scope: 'contacts.readonly',
	},
	upsertContact: {
		method: 'POST',
		path: '/contacts/upsert',
		version: API_VERSION.contacts,
		scope: 'contacts.write',
		creates: 'contact',
	},
	// Look-ups for the pickers (and Contact: Find by text)
	searchContacts: {
		method: 'POST',
		path: '/contacts/search',
		version: API_VERSION.contacts,
		scope: 'contacts.readonly',
		readsOnly: true,
	},
	getUsers: { method: 'GET', path: '/users/', version: API_VERSION.users, scope: 'users.readonly' },
	getTimeZones: {
		method: 'GET',
		path: '/locations/{locationId}/timezones',
		version: API_VERSION.locations,
		scope: 'locations.readonly',
	},
	// An agency connection (oauth.json): the sub-accounts it serves, and a token for one of them
	getInstalledLocations: {
		method: 'GET',
		path: '/oauth/installedLocations',
		version: API_VERSION.oauth,
		scope: 'oauth.readonly',
		agency: true,
	},
	getLocationToken: {
		method: 'POST',
		path: '/oauth/locationToken',
		version: API_VERSION.oauth,
		scope: 'oauth.write',
		agency: true,
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

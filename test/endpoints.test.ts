import {
	ENDPOINTS,
	endpointOf,
	fillPath,
	pathParameters,
} from '../nodes/HighLevelCalendars/endpoints';

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

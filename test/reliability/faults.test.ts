import { DEFAULTS, apiCalls, byId, credentialsFor, run, useSandbox } from '../helpers/node';

/**
 * Fault scenarios: the sandbox answers with HighLevel's rate limit, server errors, dropped
 * connections, slow answers or bodies that are not JSON. Each asserts the error, the requests the
 * sandbox received, the items out and what the sandbox stored: nothing lost, nothing duplicated.
 */
const ctx = useSandbox(undefined, { fresh: true });
jest.setTimeout(20_000);

const booking = (start = '={{ $json.start }}') => ({
	resource: 'appointment',
	operation: 'create',
	calendarId: byId(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: start,
	appointmentCreateFields: { ignoreFreeSlotValidation: true },
});
const items = (count: number) =>
	Array.from({ length: count }, (_, i) => ({
		json: { start: new Date(Date.UTC(2027, 1, 1, 14) + i * 3_600_000).toISOString() },
	}));
const getCalendar = {
	resource: 'calendar',
	operation: 'get',
	calendarId: byId(DEFAULTS.calendarId),
};

const getCalendarRoute = { method: 'GET', path: `/calendars/${DEFAULTS.calendarId}` };
const bookingRoute = { method: 'POST', path: '/calendars/events/appointments' };
const isGetCalendar = ({ method, path }: { method: string; path: string }) =>
	method === 'GET' && path === `/calendars/${DEFAULTS.calendarId}`;
const isBooking = ({ method, path }: { method: string; path: string }) =>
	method === 'POST' && path === '/calendars/events/appointments';

describe('rate limits', () => {
	it('carries 30 items through a limit of 5 per 500 ms: every item created once, few or no 429s', async () => {
		ctx.sandbox.rateLimiter.configure({ max: 5, intervalMs: 500 });
		const started = Date.now();
		const result = await run(ctx.sandbox, booking(), { items: items(30) });
		const elapsed = Date.now() - started;
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(30);
		expect(ctx.sandbox.store.appointments.size).toBe(30);
		const starts = [...ctx.sandbox.store.appointments.values()].map((a: any) => a.startTime);
		expect(new Set(starts).size).toBe(30);
		const statuses = apiCalls(ctx.sandbox).map((call) => call.status);
		expect(statuses.filter((status) => status === 429).length).toBeLessThanOrEqual(2);
		// 30 requests at 5 per 500 ms cannot take less than 2.5 s; pacing keeps it near that.
		expect(elapsed).toBeGreaterThanOrEqual(2500);
		expect(result.items![0].map((item) => item.pairedItem)).toEqual(
			items(30).map((_, i) => ({ item: i })),
		);
	});

	it('waits as long as a 429 says (Retry-After) and then succeeds', async () => {
		ctx.sandbox.injectFault({
			...getCalendarRoute,
			kind: 'status',
			status: 429,
			times: 1,
			headers: { 'Retry-After': '1' },
		});
		const started = Date.now();
		const { json, error } = await run(ctx.sandbox, getCalendar);
		expect(error).toBeUndefined();
		expect(json[0].id).toBe(DEFAULTS.calendarId);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(apiCalls(ctx.sandbox).map((call) => call.status)).toEqual([429, 200]);
	});

	it('fails at once with "daily limit" when the daily budget is used up', async () => {
		ctx.sandbox.rateLimiter.configure({ max: 100, intervalMs: 10_000, daily: 1 });
		await run(ctx.sandbox, getCalendar);
		const started = Date.now();
		const { error } = await run(ctx.sandbox, getCalendar);
		expect(Date.now() - started).toBeLessThan(1000);
		expect(error?.message).toBe(
			"HighLevel's daily request limit (1) for this sub-account is used up",
		);
		expect(apiCalls(ctx.sandbox).map((call) => call.status)).toEqual([200, 429]);
	});

	it('gives up after the maximum wait the user allows, naming the limit', async () => {
		ctx.sandbox.injectFault({
			...getCalendarRoute,
			kind: 'status',
			status: 429,
			headers: {
				'X-RateLimit-Max': '10',
				'X-RateLimit-Interval-Milliseconds': '400',
				'X-RateLimit-Remaining': '0',
			},
		});
		const { error } = await run(ctx.sandbox, {
			...getCalendar,
			limitsAndRetries: { maxRateLimitWait: 1 },
		});
		expect(error?.message).toMatch(
			/^HighLevel's rate limit \(10 requests per 0.4 s\) was still in force after waiting \d s$/,
		);
		expect((error as any).httpCode).toBe('429');
		expect(apiCalls(ctx.sandbox).length).toBeGreaterThanOrEqual(2);
		expect(apiCalls(ctx.sandbox).length).toBeLessThanOrEqual(4);
	});
});

describe('server faults', () => {
	it('retries a GET after 502 and 503 and returns the calendar', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'status', status: 502, times: 1 });
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'status', status: 503, times: 1 });
		const { json, error } = await run(ctx.sandbox, getCalendar);
		expect(error).toBeUndefined();
		expect(json[0].id).toBe(DEFAULTS.calendarId);
		expect(apiCalls(ctx.sandbox).map((call) => call.status)).toEqual([502, 503, 200]);
	});

	it('stops retrying after Max Retries and shows the status', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'status', status: 500 });
		const { error } = await run(ctx.sandbox, {
			...getCalendar,
			limitsAndRetries: { maxRetries: 2 },
		});
		expect(error?.message).toBe('Internal server error');
		expect((error as any).httpCode).toBe('500');
		expect(apiCalls(ctx.sandbox)).toHaveLength(3);
	});

	it('sends a booking once more after a 500 only when its look-up shows it was not stored', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'status', status: 500, times: 1 });
		const { json, error } = await run(ctx.sandbox, booking('2027-02-01T10:00:00'));
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).filter((call) => isBooking(call))).toHaveLength(2);
		expect(ctx.sandbox.store.appointments.size).toBe(1);
		expect(json[0].id).toEqual(expect.any(String));
	});

	it('never re-sends a booking whose connection dropped after HighLevel stored it: recovers it', async () => {
		ctx.sandbox.injectFault({ ...bookingRoute, kind: 'dropAfterHandling', times: 1 });
		const { json, error } = await run(ctx.sandbox, booking('2027-02-01T10:00:00'));
		expect(error).toBeUndefined();
		expect(apiCalls(ctx.sandbox).filter((call) => isBooking(call))).toHaveLength(1);
		expect(ctx.sandbox.store.appointments.size).toBe(1);
		expect(json[0].recovered).toBe(true);
	});

	it('names what a create of another resource may have made, and sends it once', async () => {
		const route = { method: 'POST', path: '/calendars/groups' };
		// Stored, then a 500: the look-up finds the group but cannot prove it ours (no creation date).
		ctx.sandbox.injectFault({ ...route, kind: 'statusAfterHandling', status: 500, times: 1 });
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarGroup',
			operation: 'create',
			name: 'Sales Team',
			slug: 'sales-team',
		});
		const creates = apiCalls(ctx.sandbox).filter(
			(call) => call.method === route.method && call.path === route.path,
		);
		expect(creates).toHaveLength(1);
		expect((error as any).description).toMatch(
			/^HighLevel may have created the calendar group before the failure/,
		);
	});

	it('repeats a Validate Slug after a 500: a POST that only reads is as safe to repeat as a GET', async () => {
		const route = { method: 'POST', path: '/calendars/groups/validate-slug' };
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 500, times: 1 });
		const { json, error } = await run(ctx.sandbox, {
			resource: 'calendarGroup',
			operation: 'validateSlug',
			slug: 'brand-new',
		});
		expect(error).toBeUndefined();
		expect(json).toEqual([{ available: true }]);
		expect(
			apiCalls(ctx.sandbox)
				.filter((call) => call.path === route.path)
				.map((call) => call.status),
		).toEqual([500, 200]);
	});

	it('repeats a Contact: Find by text after a 503: its POST /contacts/search only reads', async () => {
		const route = { method: 'POST', path: '/contacts/search' };
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 503, times: 1 });
		const { json, error } = await run(ctx.sandbox, {
			resource: 'contact',
			operation: 'find',
			findBy: 'query',
			query: 'a',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(json.length).toBeGreaterThan(0);
		expect(
			apiCalls(ctx.sandbox)
				.filter((call) => call.path === route.path)
				.map((call) => call.status),
		).toEqual([503, 200]);
	});

	it('retries a GET whose connection was reset', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'drop', times: 1 });
		const { json, error } = await run(ctx.sandbox, getCalendar);
		expect(error).toBeUndefined();
		expect(json[0].id).toBe(DEFAULTS.calendarId);
		expect(apiCalls(ctx.sandbox).filter((call) => isGetCalendar(call))).toHaveLength(2);
	});

	it('times out a slow answer after the configured timeout and retries the GET', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'slow', delayMs: 2500, times: 1 });
		const started = Date.now();
		const { json, error } = await run(ctx.sandbox, {
			...getCalendar,
			requestOptions: { timeout: 1000 },
		});
		expect(error).toBeUndefined();
		expect(json[0].id).toBe(DEFAULTS.calendarId);
		expect(Date.now() - started).toBeLessThan(2500);
		expect(apiCalls(ctx.sandbox).filter((call) => isGetCalendar(call))).toHaveLength(2);
	});

	it('turns an HTML error page into a clear error with the status', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'html', status: 502 });
		const { error } = await run(ctx.sandbox, {
			...getCalendar,
			limitsAndRetries: { maxRetries: 0 },
		});
		expect(error?.message).toBe(
			'HighLevel answered with HTTP 502 and an HTML page instead of JSON',
		);
		expect((error as any).httpCode).toBe('502');
	});

	it('turns a success answer with malformed JSON or no body into a clear error', async () => {
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'truncated', times: 1 });
		const malformed = await run(ctx.sandbox, getCalendar);
		expect(malformed.error?.message).toBe(
			'HighLevel answered with HTTP 200 and a body that is not valid JSON',
		);
		ctx.sandbox.injectFault({ ...getCalendarRoute, kind: 'empty', times: 1 });
		const empty = await run(ctx.sandbox, getCalendar);
		expect(empty.error?.message).toBe('HighLevel answered with HTTP 200 and no body');
	});
});

describe('errors', () => {
	it('maps a 401 to what to check, with the scope the operation needs', async () => {
		const { error } = await run(ctx.sandbox, booking('2027-02-01T10:00:00'), {
			credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'revoked-token' }),
		});
		expect(error?.message).toBe(
			'Invalid token: access token is invalid [HTTP 401: the appointment was not created]',
		);
		expect((error as any).httpCode).toBe('401');
		expect((error as any).description).toContain('calendars/events.write');
	});

	it('maps a 403 for another location to the location check', async () => {
		const { error } = await run(ctx.sandbox, {
			...getCalendar,
			calendarId: byId(DEFAULTS.otherLocationCalendarId),
		});
		expect((error as any).httpCode).toBe('403');
		expect((error as any).description).toMatch(/Location ID/);
	});

	it('carries the 422 message array of HighLevel', async () => {
		// HighLevel's validation answers 422 with a list of messages; the user gets all of them.
		ctx.sandbox.addHook((hook: any) => {
			if (!isBooking(hook)) return false;
			hook.send(422, {
				statusCode: 422,
				message: ['startTime must be a valid ISO 8601 date string', 'title must be shorter'],
				error: 'Unprocessable Entity',
			});
			return true;
		});
		const { error } = await run(ctx.sandbox, booking('2027-02-01T10:00:00'));
		expect(error?.message).toBe(
			'startTime must be a valid ISO 8601 date string; title must be shorter [HTTP 422: the appointment was not created]',
		);
		expect((error as any).httpCode).toBe('422');
	});

	it('refuses an agency-level OAuth2 connection with a clear error, before sending', async () => {
		const credentials = credentialsFor(ctx.sandbox, 'oauth2');
		delete (credentials.highLevelCalendarsOAuth2Api.oauthTokenData as any).locationId;
		const { error } = await run(ctx.sandbox, getCalendar, { auth: 'oauth2', credentials });
		expect(error?.message).toBe('This OAuth2 connection is not connected to a sub-account');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refreshes an expired OAuth2 token once for many items, and stores the new one', async () => {
		ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
		const result = await run(ctx.sandbox, { ...getCalendar }, { auth: 'oauth2', items: items(5) });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(5);
		const refreshes = ctx.sandbox.requests.filter((request) => request.path === '/oauth/token');
		expect(refreshes).toHaveLength(1);
		expect(result.credentialUpdates.length).toBe(1);
	});
});

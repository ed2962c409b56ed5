import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEFAULTS, startSandbox } from '../../sandbox/server';
import { loadSpec, resolveSpecDir } from '../../sandbox/spec';

// The JS module exports the class as a value; its instance type is what startSandbox resolves to.
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const CAL_VERSION = '2021-04-15';
const CRM_VERSION = '2021-07-28';
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SHARED_SPEC_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'highlevel-api');
const VENDORED_SPEC_DIR = path.join(REPO_ROOT, 'sandbox', 'highlevel-api');

interface CallOptions {
	body?: unknown;
	/** send the body form-encoded instead of JSON */
	form?: Record<string, string>;
	/** bearer token; null sends no Authorization header */
	token?: string | null;
	/** Version header; null sends none */
	version?: string | null;
	headers?: Record<string, string>;
}

interface CallResult {
	status: number;
	body: any;
	headers: Headers;
}

let sb: Sandbox;

async function call(
	method: string,
	urlPath: string,
	options: CallOptions = {},
): Promise<CallResult> {
	const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
	const token = options.token === undefined ? DEFAULTS.pitToken : options.token;
	if (token !== null) headers.Authorization = `Bearer ${token}`;
	const version = options.version === undefined ? CAL_VERSION : options.version;
	if (version !== null) headers.Version = version;
	let payload: string | undefined;
	if (options.form) {
		headers['Content-Type'] = 'application/x-www-form-urlencoded';
		payload = new URLSearchParams(options.form).toString();
	} else if (options.body !== undefined) {
		headers['Content-Type'] ??= 'application/json';
		payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
	}
	const response = await fetch(sb.url + urlPath, {
		method,
		headers,
		body: payload,
		redirect: 'manual',
	});
	const text = await response.text();
	let body: unknown = text;
	try {
		body = text ? JSON.parse(text) : undefined;
	} catch {
		// not JSON: keep the text
	}
	return { status: response.status, body, headers: response.headers };
}

const ms = (iso: string) => Date.parse(iso);

function appointmentBody(overrides: Record<string, unknown> = {}) {
	return {
		calendarId: DEFAULTS.calendarId,
		locationId: DEFAULTS.locationId,
		contactId: DEFAULTS.contactId,
		startTime: '2026-03-09T10:00:00-04:00',
		...overrides,
	};
}

beforeAll(async () => {
	sb = await startSandbox();
});

afterAll(async () => {
	await sb.close();
});

beforeEach(() => {
	sb.reset();
});

describe('spec copy', () => {
	const listFiles = (dir: string): string[] =>
		fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = path.join(dir, entry.name);
			return entry.isDirectory()
				? listFiles(full).map((f) => path.join(entry.name, f))
				: [entry.name];
		});

	(fs.existsSync(SHARED_SPEC_DIR) ? it : it.skip)(
		'the vendored copy is byte-identical to ../shared/highlevel-api',
		() => {
			const shared = listFiles(SHARED_SPEC_DIR).sort();
			expect(listFiles(VENDORED_SPEC_DIR).sort()).toEqual(shared);
			expect(shared).toEqual(
				expect.arrayContaining(['LICENSE', 'SOURCE.md', path.join('apps', 'calendars.json')]),
			);
			for (const file of shared) {
				const a = fs.readFileSync(path.join(SHARED_SPEC_DIR, file));
				const b = fs.readFileSync(path.join(VENDORED_SPEC_DIR, file));
				expect({ file, same: a.equals(b) }).toEqual({ file, same: true });
			}
		},
	);

	it('is looked up from HIGHLEVEL_SPEC_DIR first', () => {
		const previous = process.env.HIGHLEVEL_SPEC_DIR;
		process.env.HIGHLEVEL_SPEC_DIR = VENDORED_SPEC_DIR;
		try {
			expect(resolveSpecDir()).toBe(VENDORED_SPEC_DIR);
			expect(loadSpec().dir).toBe(VENDORED_SPEC_DIR);
		} finally {
			if (previous === undefined) delete process.env.HIGHLEVEL_SPEC_DIR;
			else process.env.HIGHLEVEL_SPEC_DIR = previous;
		}
	});

	it('reads Version, scopes and the success status from the spec', () => {
		const spec = loadSpec(VENDORED_SPEC_DIR);
		const createAppointment = spec.find('POST', '/calendars/events/appointments');
		expect(createAppointment?.versions).toEqual([CAL_VERSION]);
		expect(createAppointment?.security).toEqual([
			{ scheme: 'bearer', scopes: ['calendars/events.write'] },
		]);
		expect(spec.find('DELETE', '/calendars/events/{eventId}')?.successStatus).toBe(201);
		expect(spec.find('GET', '/contacts/')?.versions).toEqual([CRM_VERSION]);
	});
});

describe('request validation (from the spec)', () => {
	const calendar = { locationId: DEFAULTS.locationId, name: 'Intro call' };

	it('accepts a valid body and stores the calendar with the documented defaults', async () => {
		const created = await call('POST', '/calendars/', {
			body: {
				...calendar,
				calendarType: 'event',
				slotDuration: 45,
				appoinmentPerSlot: 1,
				openHours: [
					{
						daysOfTheWeek: [1, 3],
						hours: [{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 }],
					},
				],
				lookBusyConfig: { enabled: false, LookBusyPercentage: 0 },
				teamMembers: [{ userId: 'sandbox-user-1', priority: 0.5, isPrimary: true }],
			},
		});
		expect(created.status).toBe(200);
		expect(created.body.calendar).toMatchObject({
			...calendar,
			slotDuration: 45,
			isActive: true,
			slotInterval: 30,
		});
		expect(created.body.calendar.id).toMatch(/^[A-Za-z0-9]{20}$/);
		expect(sb.store.calendars.get(created.body.calendar.id)).toEqual(created.body.calendar);

		const fetched = await call('GET', `/calendars/${created.body.calendar.id}`);
		expect(fetched).toMatchObject({ status: 200, body: { calendar: created.body.calendar } });
	});

	it('rejects an unknown property with 422 naming it', async () => {
		const res = await call('POST', '/calendars/', { body: { ...calendar, colour: 'red' } });
		expect(res.status).toBe(422);
		expect(res.body).toEqual({
			statusCode: 422,
			message: ['property colour should not exist'],
			error: 'Unprocessable Entity',
		});
	});

	it('names unknown properties inside nested objects by their path', async () => {
		const res = await call('POST', '/calendars/', {
			body: { ...calendar, teamMembers: [{ userId: 'u', weight: 2 }] },
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual(['property teamMembers.0.weight should not exist']);
	});

	it('rejects a wrong type', async () => {
		const res = await call('POST', '/calendars/', { body: { ...calendar, slotDuration: '30' } });
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual([
			'slotDuration must be a number conforming to the specified constraints',
		]);

		const appointment = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ startTime: 1773064800000 }),
		});
		expect(appointment.status).toBe(422);
		expect(appointment.body.message).toContain('startTime must be a string');
	});

	it('rejects a value outside the enum', async () => {
		const res = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ appointmentStatus: 'booked' }),
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual([
			'appointmentStatus must be one of the following values: new, confirmed, cancelled, showed, noshow, invalid',
		]);
	});

	it('enforces minimum/maximum', async () => {
		const res = await call('POST', '/calendars/', {
			body: {
				...calendar,
				openHours: [
					{
						daysOfTheWeek: [7],
						hours: [{ openHour: 24, openMinute: 0, closeHour: 1, closeMinute: 0 }],
					},
				],
			},
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual(
			expect.arrayContaining([
				'each value in openHours.0.daysOfTheWeek must not be greater than 6',
				'openHours.0.hours.0.openHour must not be greater than 23',
			]),
		);
	});

	it('reports missing required properties, also when no body is sent', async () => {
		const res = await call('POST', '/calendars/events/appointments', {
			body: { calendarId: DEFAULTS.calendarId, locationId: DEFAULTS.locationId },
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual(
			expect.arrayContaining(['contactId should not be empty', 'startTime should not be empty']),
		);

		const empty = await call('POST', '/calendars/');
		expect(empty.status).toBe(422);
		expect(empty.body.message).toEqual(
			expect.arrayContaining(['locationId should not be empty', 'name should not be empty']),
		);
	});

	it('treats readOnly properties as not allowed in requests', async () => {
		const res = await call('POST', '/calendars/', {
			body: {
				...calendar,
				meetingLocation: 'Zoom',
				teamMembers: [{ userId: 'u', meetingLocationType: 'zoom' }],
			},
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual(
			expect.arrayContaining([
				'property meetingLocation should not exist',
				'property teamMembers.0.meetingLocationType should not exist',
			]),
		);
	});

	it('rejects fields of the create DTO that the update DTO does not have', async () => {
		const res = await call('PUT', '/calendars/events/appointments/whatever', {
			body: { locationId: DEFAULTS.locationId, contactId: DEFAULTS.contactId },
		});
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual([
			'property locationId should not exist',
			'property contactId should not exist',
		]);
	});

	it('converts and validates query parameters per their schema', async () => {
		const res = await call(
			'GET',
			`/calendars/${DEFAULTS.calendarId}/free-slots?startDate=soon&endDate=${ms('2026-03-10T00:00:00Z')}`,
		);
		expect(res.status).toBe(422);
		expect(res.body.message).toEqual([
			'startDate must be a number conforming to the specified constraints',
		]);

		const missing = await call('GET', '/calendars/');
		expect(missing.status).toBe(422);
		expect(missing.body.message).toContain('locationId should not be empty');

		const flag = await call(
			'GET',
			`/calendars/?locationId=${DEFAULTS.locationId}&showDrafted=maybe`,
		);
		expect(flag.body.message).toEqual(['showDrafted must be a boolean value']);

		const unknownParam = await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}&foo=bar`);
		expect(unknownParam.status).toBe(200);
	});

	it('answers malformed JSON with 400', async () => {
		const res = await call('POST', '/calendars/', { body: '{"name": ' });
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
	});
});

describe('Version header', () => {
	it('is required', async () => {
		const res = await call('GET', `/calendars/${DEFAULTS.calendarId}`, { version: null });
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			statusCode: 400,
			message: 'Version header is missing or not supported: expected 2021-04-15',
		});
	});

	it('must be the one the operation declares', async () => {
		const wrong = await call('GET', `/calendars/${DEFAULTS.calendarId}`, { version: CRM_VERSION });
		expect(wrong.status).toBe(400);

		const contacts = await call('GET', `/contacts/?locationId=${DEFAULTS.locationId}`, {
			version: CAL_VERSION,
		});
		expect(contacts.status).toBe(400);
		expect(contacts.body.message).toBe(
			'Version header is missing or not supported: expected 2021-07-28',
		);
	});
});

describe('authentication and authorisation', () => {
	it('401s a missing or unknown token', async () => {
		const expected = {
			statusCode: 401,
			message: 'Invalid token: access token is invalid',
			error: 'Unauthorized',
		};
		expect(await call('GET', `/calendars/${DEFAULTS.calendarId}`, { token: null })).toMatchObject({
			status: 401,
			body: expected,
		});
		expect(await call('GET', `/calendars/${DEFAULTS.calendarId}`, { token: 'nope' })).toMatchObject(
			{ status: 401, body: expected },
		);
	});

	it('401s a token without the scope the operation declares', async () => {
		sb.addToken('read-only', { kind: 'pit', scopes: ['calendars.readonly'] });
		expect(
			(await call('GET', `/calendars/${DEFAULTS.calendarId}`, { token: 'read-only' })).status,
		).toBe(200);
		const res = await call('POST', '/calendars/', {
			token: 'read-only',
			body: { locationId: DEFAULTS.locationId, name: 'x' },
		});
		expect(res).toMatchObject({
			status: 401,
			body: {
				statusCode: 401,
				message: 'The token is not authorized for this scope.',
				error: 'Unauthorized',
			},
		});
	});

	it('401s an agency token on a sub-account endpoint', async () => {
		sb.addAgencyToken('agency');
		const res = await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}`, {
			token: 'agency',
		});
		expect(res.status).toBe(401);
		expect(sb.tokens.get('agency')?.locationId).toBeUndefined();
	});

	it('403s another location in the query, the body, or a stored resource', async () => {
		const forbidden = {
			statusCode: 403,
			message: 'The token does not have access to this location.',
		};
		expect(await call('GET', `/calendars/?locationId=${DEFAULTS.otherLocationId}`)).toMatchObject({
			status: 403,
			body: forbidden,
		});
		expect(
			await call('POST', '/calendars/events/appointments', {
				body: appointmentBody({ locationId: DEFAULTS.otherLocationId }),
			}),
		).toMatchObject({ status: 403, body: forbidden });
		expect(await call('GET', `/calendars/${DEFAULTS.otherLocationCalendarId}`)).toMatchObject({
			status: 403,
			body: forbidden,
		});
		expect(
			await call('GET', `/locations/${DEFAULTS.otherLocationId}/timezones`, {
				version: CRM_VERSION,
			}),
		).toMatchObject({ status: 403 });
	});
});

describe('OAuth', () => {
	const client = { client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret };

	it('refresh returns new tokens each time; the old refresh token is spent', async () => {
		const first = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: { ...client, grant_type: 'refresh_token', refresh_token: DEFAULTS.refreshToken },
		});
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: expect.any(Number),
			userType: 'Location',
			locationId: DEFAULTS.locationId,
			companyId: DEFAULTS.companyId,
			userId: expect.any(String),
			scope: expect.stringContaining('calendars/events.write'),
		});
		expect(first.body.access_token).not.toBe(DEFAULTS.oauthAccessToken);
		expect(first.body.refresh_token).not.toBe(DEFAULTS.refreshToken);

		const second = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: { ...client, grant_type: 'refresh_token', refresh_token: first.body.refresh_token },
		});
		expect(second.status).toBe(200);
		expect(second.body.access_token).not.toBe(first.body.access_token);
		expect(second.body.refresh_token).not.toBe(first.body.refresh_token);

		const reused = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: { ...client, grant_type: 'refresh_token', refresh_token: DEFAULTS.refreshToken },
		});
		expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
	});

	it('an expired access token 401s until the client refreshes', async () => {
		const path = `/calendars/${DEFAULTS.calendarId}`;
		expect((await call('GET', path, { token: DEFAULTS.oauthAccessToken })).status).toBe(200);
		expect(sb.expireToken(DEFAULTS.oauthAccessToken)).toBe(true);
		expect((await call('GET', path, { token: DEFAULTS.oauthAccessToken })).status).toBe(401);

		const refreshed = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: { ...client, grant_type: 'refresh_token', refresh_token: DEFAULTS.refreshToken },
		});
		expect((await call('GET', path, { token: refreshed.body.access_token })).status).toBe(200);
	});

	it('a refreshed access token 401s once its lifetime is over; a spent refresh token stays refused', async () => {
		const path = `/calendars/${DEFAULTS.calendarId}`;
		const refresh = async (refresh_token: string) =>
			await call('POST', '/oauth/token', {
				token: null,
				version: null,
				form: { ...client, grant_type: 'refresh_token', refresh_token },
			});
		sb.accessTokenLifetimeSeconds = 0;
		const first = await refresh(DEFAULTS.refreshToken);
		expect(first.body.expires_in).toBe(0);
		expect(await call('GET', path, { token: first.body.access_token })).toMatchObject({
			status: 401,
			body: { message: 'Invalid JWT' },
		});
		sb.accessTokenLifetimeSeconds = 3600;
		const second = await refresh(first.body.refresh_token);
		expect(second.body.expires_in).toBe(3600);
		expect((await call('GET', path, { token: second.body.access_token })).status).toBe(200);
		// Two processes refreshing with one refresh token: the first rotates it, the second is refused.
		expect(await refresh(first.body.refresh_token)).toMatchObject({
			status: 400,
			body: { error: 'invalid_grant' },
		});
		sb.reset();
		expect(sb.accessTokenLifetimeSeconds).toBe(86399);
	});

	it('exchanges an authorization code from the consent redirect', async () => {
		const consent = await call(
			'GET',
			`/oauth/chooselocation?response_type=code&client_id=${DEFAULTS.clientId}&redirect_uri=${encodeURIComponent('http://localhost:5678/rest/oauth2-credential/callback')}&state=abc&scope=calendars.readonly`,
			{ token: null, version: null },
		);
		expect(consent.status).toBe(302);
		const redirect = new URL(consent.headers.get('location') ?? '');
		expect(redirect.searchParams.get('state')).toBe('abc');

		const exchanged = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: {
				...client,
				grant_type: 'authorization_code',
				code: redirect.searchParams.get('code') ?? '',
			},
		});
		expect(exchanged.status).toBe(200);
		expect(exchanged.body.scope).toBe('calendars.readonly');
	});

	it('rejects bad client credentials and JSON bodies', async () => {
		const badClient = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			form: {
				...client,
				client_secret: 'wrong',
				grant_type: 'refresh_token',
				refresh_token: DEFAULTS.refreshToken,
			},
		});
		expect(badClient).toMatchObject({ status: 401, body: { error: 'invalid_client' } });

		const json = await call('POST', '/oauth/token', {
			token: null,
			version: null,
			body: { ...client, grant_type: 'refresh_token', refresh_token: DEFAULTS.refreshToken },
		});
		expect(json.status).toBe(422);
		expect(json.body.message).toContain('client_id should not be empty');
	});
});

describe('free slots', () => {
	const slotsPath = (query: string) => `/calendars/${DEFAULTS.calendarId}/free-slots?${query}`;

	it('answers dates → { slots } from the open hours, in the requested timezone, plus traceId', async () => {
		// Friday 6 March (EST) to Monday 9 March 2026 (EDT, after the DST change).
		const res = await call(
			'GET',
			slotsPath(`startDate=${ms('2026-03-06T05:00:00Z')}&endDate=${ms('2026-03-10T03:59:59Z')}`),
		);
		expect(res.status).toBe(200);
		expect(Object.keys(res.body).sort()).toEqual(['2026-03-06', '2026-03-09', 'traceId']);
		expect(typeof res.body.traceId).toBe('string');
		expect(res.body['2026-03-06'].slots[0]).toBe('2026-03-06T09:00:00-05:00');
		expect(res.body['2026-03-09'].slots[0]).toBe('2026-03-09T09:00:00-04:00');
		expect(res.body['2026-03-09'].slots).toHaveLength(16); // 09:00 .. 16:30, every 30 minutes
		expect(res.body['2026-03-09'].slots.at(-1)).toBe('2026-03-09T16:30:00-04:00');

		const berlin = await call(
			'GET',
			slotsPath(
				`startDate=${ms('2026-03-09T00:00:00Z')}&endDate=${ms('2026-03-09T23:59:59Z')}&timezone=Europe/Berlin`,
			),
		);
		expect(berlin.body['2026-03-09'].slots[0]).toBe('2026-03-09T14:00:00+01:00');
	});

	it('leaves out booked slots', async () => {
		const booked = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ startTime: '2026-03-09T10:00:00-04:00' }),
		});
		expect(booked.status).toBe(200);
		const res = await call(
			'GET',
			slotsPath(`startDate=${ms('2026-03-09T04:00:00Z')}&endDate=${ms('2026-03-10T03:59:59Z')}`),
		);
		expect(res.body['2026-03-09'].slots).not.toContain('2026-03-09T10:00:00-04:00');
		expect(res.body['2026-03-09'].slots).toContain('2026-03-09T10:30:00-04:00');
	});

	it('refuses a range over 31 days', async () => {
		const start = ms('2026-03-01T00:00:00Z');
		const ok = await call(
			'GET',
			slotsPath(`startDate=${start}&endDate=${start + 31 * 86_400_000}`),
		);
		expect(ok.status).toBe(200);
		const res = await call(
			'GET',
			slotsPath(`startDate=${start}&endDate=${start + 31 * 86_400_000 + 1}`),
		);
		expect(res).toMatchObject({
			status: 400,
			body: { statusCode: 400, message: expect.stringContaining('31 days') },
		});
	});

	it('404s an unknown calendar', async () => {
		const res = await call('GET', `/calendars/nope/free-slots?startDate=1&endDate=2`);
		expect(res).toMatchObject({
			status: 404,
			body: { statusCode: 404, message: 'Calendar not found' },
		});
	});
});

describe('appointments', () => {
	it('creates a flat appointment; the end defaults to start + slotDuration', async () => {
		const res = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ title: 'Intro' }),
		});
		expect(res.status).toBe(200);
		expect(res.body).toEqual({
			id: expect.any(String),
			calendarId: DEFAULTS.calendarId,
			locationId: DEFAULTS.locationId,
			contactId: DEFAULTS.contactId,
			startTime: '2026-03-09T10:00:00-04:00',
			endTime: '2026-03-09T10:30:00-04:00',
			title: 'Intro',
			appointmentStatus: 'confirmed',
			assignedUserId: 'sandbox-user-1',
			isRecurring: false,
		});
	});

	it('400s an overlapping appointment unless ignoreFreeSlotValidation', async () => {
		await call('POST', '/calendars/events/appointments', { body: appointmentBody() });
		const clash = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({
				startTime: '2026-03-09T10:15:00-04:00',
				contactId: 'sandbox-contact-2',
			}),
		});
		expect(clash).toMatchObject({
			status: 400,
			body: { statusCode: 400, message: 'The slot you have selected is no longer available.' },
		});
		const forced = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({
				startTime: '2026-03-09T10:15:00-04:00',
				ignoreFreeSlotValidation: true,
			}),
		});
		expect(forced.status).toBe(200);
	});

	it('keeps rrule only together with ignoreFreeSlotValidation', async () => {
		const rrule = 'RRULE:FREQ=WEEKLY;COUNT=4';
		const dropped = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ rrule }),
		});
		expect(dropped.body).toMatchObject({ isRecurring: false });
		expect(dropped.body.rrule).toBeUndefined();

		const kept = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({
				rrule,
				ignoreFreeSlotValidation: true,
				startTime: '2026-03-10T10:00:00-04:00',
			}),
		});
		expect(kept.body).toMatchObject({ isRecurring: true, rrule });
	});

	it('400s an unknown calendar and an unparseable time', async () => {
		const noCalendar = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ calendarId: 'nope' }),
		});
		expect(noCalendar).toMatchObject({
			status: 400,
			body: { statusCode: 400, message: 'Calendar not found' },
		});
		const badTime = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ startTime: 'next tuesday' }),
		});
		expect(badTime.status).toBe(400);
	});

	it('GET wraps the appointment as { event }, also for an occurrence id', async () => {
		const created = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody(),
		});
		const res = await call('GET', `/calendars/events/appointments/${created.body.id}`);
		expect(res.status).toBe(200);
		expect(res.body.event).toMatchObject({
			id: created.body.id,
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			startTime: created.body.startTime,
			endTime: created.body.endTime,
			users: ['sandbox-user-1'],
			dateAdded: expect.any(String),
		});

		const occurrenceId = `${created.body.id}_${ms('2026-03-16T14:00:00Z')}_1800`;
		const occurrence = await call('GET', `/calendars/events/appointments/${occurrenceId}`);
		expect(occurrence.body.event).toMatchObject({
			id: occurrenceId,
			masterEventId: created.body.id,
			startTime: '2026-03-16T10:00:00-04:00',
			endTime: '2026-03-16T10:30:00-04:00',
		});

		expect((await call('GET', '/calendars/events/appointments/nope')).status).toBe(404);
	});

	it('PUT merges, keeps the length when only the start moves, and accepts occurrence ids', async () => {
		const created = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody(),
		});
		const moved = await call(
			'PUT',
			`/calendars/events/appointments/${created.body.id}_${ms('2026-03-09T14:00:00Z')}_1800`,
			{
				body: { startTime: '2026-03-09T13:00:00-04:00', appointmentStatus: 'showed' },
			},
		);
		expect(moved.status).toBe(200);
		expect(moved.body).toMatchObject({
			id: created.body.id,
			contactId: DEFAULTS.contactId,
			startTime: '2026-03-09T13:00:00-04:00',
			endTime: '2026-03-09T13:30:00-04:00',
			appointmentStatus: 'showed',
		});
		expect((await call('PUT', '/calendars/events/appointments/nope', { body: {} })).status).toBe(
			404,
		);
	});

	it('PUT refuses blocked time (moving into it, or handing it to a blocked user) unless ignoreFreeSlotValidation', async () => {
		const team = { calendarId: DEFAULTS.roundRobinCalendarId };
		const created = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody({ ...team, startTime: '2026-03-09T10:00:00-04:00' }),
		});
		expect(created.body.assignedUserId).toBe('sandbox-user-2');
		const block = await call('POST', '/calendars/events/block-slots', {
			body: {
				locationId: DEFAULTS.locationId,
				assignedUserId: 'sandbox-user-2',
				startTime: '2026-03-09T13:00:00-04:00',
				endTime: '2026-03-09T14:00:00-04:00',
			},
		});
		expect(block.status).toBe(201);
		const path = `/calendars/events/appointments/${created.body.id}`;
		const into = await call('PUT', path, { body: { startTime: '2026-03-09T13:00:00-04:00' } });
		expect(into).toMatchObject({
			status: 400,
			body: { message: 'The slot you have selected is no longer available.' },
		});
		// Handed to sandbox-user-3, who is free at 13:00, it may move there.
		const toFree = await call('PUT', path, {
			body: { startTime: '2026-03-09T13:00:00-04:00', assignedUserId: 'sandbox-user-3' },
		});
		expect(toFree.status).toBe(200);
		await call('POST', '/calendars/events/block-slots', {
			body: {
				locationId: DEFAULTS.locationId,
				calendarId: DEFAULTS.roundRobinCalendarId,
				startTime: '2026-03-09T15:00:00-04:00',
				endTime: '2026-03-09T16:00:00-04:00',
			},
		});
		const intoCalendarBlock = await call('PUT', path, {
			body: { startTime: '2026-03-09T15:00:00-04:00' },
		});
		expect(intoCalendarBlock.status).toBe(400);
		// Handing it back to sandbox-user-2, blocked at 13:00, is refused.
		const back = await call('PUT', path, { body: { assignedUserId: 'sandbox-user-2' } });
		expect(back.status).toBe(400);
		const forced = await call('PUT', path, {
			body: { assignedUserId: 'sandbox-user-2', ignoreFreeSlotValidation: true },
		});
		expect(forced.status).toBe(200);
	});

	it('lists events in a range and deletes them', async () => {
		const created = await call('POST', '/calendars/events/appointments', {
			body: appointmentBody(),
		});
		const range = `startTime=${ms('2026-03-09T00:00:00Z')}&endTime=${ms('2026-03-10T00:00:00Z')}`;
		const listed = await call(
			'GET',
			`/calendars/events?locationId=${DEFAULTS.locationId}&calendarId=${DEFAULTS.calendarId}&${range}`,
		);
		expect(listed.status).toBe(200);
		expect(listed.body.events.map((e: { id: string }) => e.id)).toEqual([created.body.id]);

		const byUser = await call(
			'GET',
			`/calendars/events?locationId=${DEFAULTS.locationId}&userId=sandbox-user-2&${range}`,
		);
		expect(byUser.body.events).toEqual([]);

		const noSelector = await call(
			'GET',
			`/calendars/events?locationId=${DEFAULTS.locationId}&${range}`,
		);
		expect(noSelector.status).toBe(422);

		const deleted = await call('DELETE', `/calendars/events/${created.body.id}`, { body: {} });
		expect(deleted).toMatchObject({ status: 201, body: { succeeded: true } });
		expect(sb.store.appointments.size).toBe(0);
	});
});

describe('calendars', () => {
	it('lists by location, group and draft state', async () => {
		const all = await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}`);
		const ids = all.body.calendars.map((c: { id: string }) => c.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				DEFAULTS.calendarId,
				DEFAULTS.roundRobinCalendarId,
				DEFAULTS.draftCalendarId,
			]),
		);
		expect(ids).not.toContain(DEFAULTS.otherLocationCalendarId);

		const published = await call(
			'GET',
			`/calendars?locationId=${DEFAULTS.locationId}&showDrafted=false`,
		);
		expect(published.body.calendars.map((c: { id: string }) => c.id)).not.toContain(
			DEFAULTS.draftCalendarId,
		);

		const group = await call(
			'GET',
			`/calendars/?locationId=${DEFAULTS.locationId}&groupId=${DEFAULTS.groupId}`,
		);
		expect(group.body.calendars.map((c: { id: string }) => c.id)).toEqual([
			DEFAULTS.roundRobinCalendarId,
		]);
	});

	it("updates by merging and deletes with { success: true }, and the calendar's block slots with it", async () => {
		const updated = await call('PUT', `/calendars/${DEFAULTS.calendarId}`, {
			body: { name: 'Renamed', slotDuration: 60 },
		});
		expect(updated.body.calendar).toMatchObject({
			id: DEFAULTS.calendarId,
			name: 'Renamed',
			slotDuration: 60,
			locationId: DEFAULTS.locationId,
		});

		expect(sb.store.blockSlots.has(DEFAULTS.blockSlotId)).toBe(true);
		const deleted = await call('DELETE', `/calendars/${DEFAULTS.calendarId}`);
		expect(deleted).toMatchObject({ status: 200, body: { success: true } });
		// The calendar's block slot goes with it.
		expect(sb.store.blockSlots.has(DEFAULTS.blockSlotId)).toBe(false);
		expect(await call('GET', `/calendars/${DEFAULTS.calendarId}`)).toMatchObject({
			status: 404,
			body: { statusCode: 404, message: 'Calendar not found' },
		});
	});
});

describe('look-ups', () => {
	it('pages contacts with startAfterId and searches by text', async () => {
		const first = await call('GET', `/contacts/?locationId=${DEFAULTS.locationId}&limit=20`, {
			version: CRM_VERSION,
		});
		expect(first.status).toBe(200);
		expect(first.body.contacts).toHaveLength(20);
		expect(first.body.meta).toMatchObject({
			total: 30,
			currentPage: 1,
			nextPage: 2,
			startAfterId: 'sandbox-contact-20',
		});

		const second = await call(
			'GET',
			`/contacts/?locationId=${DEFAULTS.locationId}&limit=20&startAfterId=${first.body.meta.startAfterId}`,
			{
				version: CRM_VERSION,
			},
		);
		expect(second.body.contacts.map((c: { id: string }) => c.id)).toEqual(
			Array.from({ length: 10 }, (_, i) => `sandbox-contact-${i + 21}`),
		);
		expect(second.body.meta.nextPageUrl).toBeNull();

		const search = await call('GET', `/contacts/?locationId=${DEFAULTS.locationId}&query=hopper`, {
			version: CRM_VERSION,
		});
		expect(search.body.contacts.length).toBeGreaterThan(0);
		expect(search.body.contacts.every((c: { lastName: string }) => c.lastName === 'Hopper')).toBe(
			true,
		);

		const searchPost = await call('POST', '/contacts/search', {
			version: CRM_VERSION,
			body: { locationId: DEFAULTS.locationId, query: 'ada', pageLimit: 2, page: 1 },
		});
		expect(searchPost.body.contacts).toHaveLength(2);
		expect(searchPost.body.total).toBe(3);
	});

	it('lists users and timezones', async () => {
		const users = await call('GET', `/users/?locationId=${DEFAULTS.locationId}`, {
			version: CRM_VERSION,
		});
		expect(users.status).toBe(200);
		expect(users.body.users).toHaveLength(5);
		expect(users.body.users[0]).toMatchObject({
			id: 'sandbox-user-1',
			name: expect.any(String),
			email: expect.any(String),
		});

		const zones = await call('GET', `/locations/${DEFAULTS.locationId}/timezones`, {
			version: CRM_VERSION,
		});
		expect(zones.status).toBe(200);
		expect(zones.body.timeZones).toContain('America/New_York');
	});
});

describe('sandbox behaviour', () => {
	it('404s unknown routes the NestJS way', async () => {
		expect(await call('GET', '/x')).toMatchObject({
			status: 404,
			body: { statusCode: 404, message: 'Cannot GET /x' },
		});
		expect((await call('PATCH', `/calendars/${DEFAULTS.calendarId}`)).body.message).toBe(
			`Cannot PATCH /calendars/${DEFAULTS.calendarId}`,
		);
	});

	it('records every request with its answer', async () => {
		await call('POST', '/calendars/', {
			body: { locationId: DEFAULTS.locationId, name: 'Recorded' },
		});
		await call('GET', `/calendars/?locationId=${DEFAULTS.locationId}&groupId=g`, { version: null });
		expect(sb.requests).toHaveLength(2);
		expect(sb.requests[0]).toMatchObject({
			method: 'POST',
			path: '/calendars/',
			query: {},
			body: { locationId: DEFAULTS.locationId, name: 'Recorded' },
			rawBody: JSON.stringify({ locationId: DEFAULTS.locationId, name: 'Recorded' }),
			status: 200,
		});
		expect(sb.requests[0].headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(sb.requests[0].headers.version).toBe(CAL_VERSION);
		expect(sb.requests[1]).toMatchObject({
			method: 'GET',
			query: { locationId: DEFAULTS.locationId, groupId: 'g' },
			status: 400,
		});
	});

	it('reset() restores the seed, the default tokens and the hooks', async () => {
		sb.expireToken(DEFAULTS.pitToken);
		sb.store.calendars.clear();
		sb.addHook((ctx) => {
			ctx.send(503, { statusCode: 503, message: 'Service Unavailable' });
			return true;
		});
		expect((await call('GET', `/calendars/${DEFAULTS.calendarId}`)).status).toBe(503);
		sb.reset();
		expect(sb.requests).toHaveLength(0);
		expect((await call('GET', `/calendars/${DEFAULTS.calendarId}`)).status).toBe(200);
	});

	it('sends HighLevel rate-limit headers on every answer', async () => {
		const res = await call('GET', `/calendars/${DEFAULTS.calendarId}`);
		expect(res.headers.get('x-ratelimit-max')).toBe('100');
		expect(res.headers.get('x-ratelimit-remaining')).toBe('99');
		expect(res.headers.get('x-ratelimit-interval-milliseconds')).toBe('10000');
		expect(res.headers.get('x-ratelimit-limit-daily')).toBe('200000');
		expect(res.headers.get('x-ratelimit-daily-remaining')).toBe('199999');
	});
});

describe('rate limiter', () => {
	let limited: Sandbox;

	beforeAll(async () => {
		limited = await startSandbox({
			seed: false,
			faults: { rateLimit: { max: 2, intervalMs: 200, daily: 3 } },
		});
	});

	afterAll(async () => {
		await limited.close();
	});

	const get = () =>
		fetch(`${limited.url}/calendars/?locationId=${DEFAULTS.locationId}`, {
			headers: { Authorization: `Bearer ${DEFAULTS.pitToken}`, Version: CAL_VERSION },
		});

	it('answers 429 past the burst limit, then again after the interval, until the daily limit', async () => {
		expect((await get()).status).toBe(200);
		expect((await get()).status).toBe(200);
		const blocked = await get();
		expect(blocked.status).toBe(429);
		expect(await blocked.json()).toEqual({ statusCode: 429, message: 'Too Many Requests' });
		expect(blocked.headers.get('x-ratelimit-remaining')).toBe('0');

		await new Promise((resolve) => setTimeout(resolve, 250));
		const next = await get();
		expect(next.status).toBe(200);
		expect(next.headers.get('x-ratelimit-daily-remaining')).toBe('0');
		expect((await get()).status).toBe(429);
		expect(limited.requests.map((r) => r.status)).toEqual([200, 200, 429, 200, 429]);
	});
});

import { DEFAULTS, startSandbox } from '../../sandbox/server';

/**
 * The sandbox's availability schedules, called directly as a HighLevel client would: what it refuses
 * (the spec's validation and the 422 rules of sandbox/routes/schedules.js), the state it keeps and the
 * shapes it answers. The node refuses most of these inputs itself, so only a direct call reaches them.
 */
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;

async function call(method: string, urlPath: string, body?: unknown) {
	const response = await fetch(sb.url + urlPath, {
		method,
		headers: {
			Authorization: `Bearer ${DEFAULTS.pitToken}`,
			Version: '2021-04-15',
			Accept: 'application/json',
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const schedule = (overrides: Record<string, unknown> = {}) => ({
	name: 'Front Desk',
	locationId: DEFAULTS.locationId,
	userId: DEFAULTS.userId,
	timezone: 'America/Chicago',
	...overrides,
});
const wday = (day: string, from: string, to: string, extra = {}) => ({
	type: 'wday',
	day,
	intervals: [{ from, to }],
	...extra,
});

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => await sb.close());
beforeEach(() => sb.reset());

describe('sandbox: availability schedules', () => {
	it('keeps a created schedule: search, get, update and delete see it', async () => {
		const created = await call(
			'POST',
			'/calendars/schedules',
			schedule({ rules: [wday('monday', '9:00', '12:00')], calendarIds: [DEFAULTS.calendarId] }),
		);
		expect(created.status).toBe(201);
		const { id } = created.body.schedule;
		expect(created.body.schedule).toMatchObject({
			name: 'Front Desk',
			locationId: DEFAULTS.locationId,
			userId: DEFAULTS.userId,
			timezone: 'America/Chicago',
			calendarIds: [DEFAULTS.calendarId],
			deleted: false,
		});

		const found = await call(
			'GET',
			`/calendars/schedules/search?locationId=${DEFAULTS.locationId}&userId=${DEFAULTS.userId}&calendarId=${DEFAULTS.calendarId}`,
		);
		expect(found.body.schedules.map((s: { id: string }) => s.id)).toEqual([
			DEFAULTS.scheduleId,
			id,
		]);

		const updated = await call('PUT', `/calendars/schedules/${id}`, { name: 'Renamed' });
		expect(updated.status).toBe(200);
		// what the update did not send stays
		expect(updated.body.schedule).toMatchObject({
			name: 'Renamed',
			timezone: 'America/Chicago',
			rules: [wday('monday', '9:00', '12:00')],
			calendarIds: [DEFAULTS.calendarId],
		});
		expect((await call('GET', `/calendars/schedules/${id}`)).body.schedule.name).toBe('Renamed');

		expect(await call('DELETE', `/calendars/schedules/${id}`)).toEqual({
			status: 200,
			body: { success: true },
		});
		expect((await call('GET', `/calendars/schedules/${id}`)).status).toBe(404);
	});

	it.each([
		['an unknown property', schedule({ colour: 'red' }), /property colour should not exist/],
		['no name', { ...schedule(), name: undefined }, /name/],
		['a zone outside the pattern', schedule({ timezone: 'UTC' }), /timezone/],
		[
			'a zone that fits the pattern but is none',
			schedule({ timezone: 'Mars/Olympus' }),
			/timezone must be a valid IANA timezone identifier/,
		],
		[
			'an unknown property of a rule',
			schedule({ rules: [wday('monday', '09:00', '12:00', { closed: true })] }),
			/rules\.0\.closed should not exist/,
		],
		[
			'24:00',
			schedule({ rules: [wday('monday', '09:00', '24:00')] }),
			/rules\.0\.intervals\.0\.to/,
		],
		[
			'an interval that ends before it starts',
			schedule({ rules: [wday('monday', '12:00', '09:00')] }),
			/rules\.0\.intervals: 12:00-09:00 does not end after it starts/,
		],
		[
			'overlapping intervals',
			schedule({
				rules: [
					{
						type: 'wday',
						day: 'monday',
						intervals: [
							{ from: '09:00', to: '12:00' },
							{ from: '11:00', to: '13:00' },
						],
					},
				],
			}),
			/overlaps another interval/,
		],
		[
			'a weekday rule with a date',
			schedule({ rules: [wday('monday', '09:00', '12:00', { date: '2026-12-24' })] }),
			/rules\.0\.date is only for date rules/,
		],
		[
			'a date rule with a day',
			schedule({ rules: [{ type: 'date', date: '2026-12-24', day: 'monday', intervals: [] }] }),
			/rules\.0\.day is only for wday rules/,
		],
		[
			'a date no calendar has',
			schedule({ rules: [{ type: 'date', date: '2026-02-30', intervals: [] }] }),
			/rules\.0\.date 2026-02-30 is not a date/,
		],
	])('refuses a schedule with %s (422) and keeps nothing', async (_, body, message) => {
		const before = sb.store.schedules.size;
		const res = await call('POST', '/calendars/schedules', body);
		expect(res.status).toBe(422);
		expect(res.body.message.join('; ')).toMatch(message);
		expect(sb.store.schedules.size).toBe(before);
	});

	it('checks an update like a create', async () => {
		const res = await call('PUT', `/calendars/schedules/${DEFAULTS.scheduleId}`, {
			timezone: 'Mars/Olympus',
		});
		expect(res.status).toBe(422);
		expect(sb.store.schedules.get(DEFAULTS.scheduleId)!.timezone).toBe('America/New_York');
		const extra = await call('PUT', `/calendars/schedules/${DEFAULTS.scheduleId}`, {
			calendarIds: [],
		});
		// calendarIds is CreateScheduleDTO's only: the associations change them later
		expect(extra.status).toBe(422);
	});

	it.each([
		['a user of no location', schedule({ userId: 'nobody' }), 400],
		[
			'a calendar of another location',
			schedule({ calendarIds: [DEFAULTS.otherLocationCalendarId] }),
			400,
		],
		['an unknown calendar', schedule({ calendarIds: ['nope'] }), 404],
		["another location's ID", schedule({ locationId: DEFAULTS.otherLocationId }), 403],
	])('refuses %s', async (_, body, status) => {
		expect((await call('POST', '/calendars/schedules', body)).status).toBe(status);
	});

	it.each([
		['no user', `locationId=${DEFAULTS.locationId}`, 422],
		[
			'a limit over 500',
			`locationId=${DEFAULTS.locationId}&userId=${DEFAULTS.userId}&limit=501`,
			422,
		],
		['another location', `locationId=${DEFAULTS.otherLocationId}&userId=${DEFAULTS.userId}`, 403],
	])('refuses a search with %s', async (_, query, status) => {
		expect((await call('GET', `/calendars/schedules/search?${query}`)).status).toBe(status);
	});

	it("answers 403 for another location's schedule, and 404 for none", async () => {
		const path = `/calendars/schedules/${DEFAULTS.otherLocationScheduleId}`;
		expect((await call('GET', path)).status).toBe(403);
		expect((await call('PUT', path, { name: 'x' })).status).toBe(403);
		expect((await call('DELETE', path)).status).toBe(403);
		expect((await call('PUT', `${path}/associations/${DEFAULTS.calendarId}`)).status).toBe(403);
		expect((await call('GET', '/calendars/schedules/nope')).status).toBe(404);
	});
});

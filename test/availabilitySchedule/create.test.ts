import { DEFAULTS, apiCalls, byId, byName, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const createSchedule = (parameters: Record<string, unknown>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'availabilitySchedule',
			operation: 'create',
			name: 'Front Desk',
			userId: fromList(DEFAULTS.userId),
			timezone: fromList('America/Chicago'),
			...parameters,
		},
		options,
	);

describe('Availability Schedule: Create', () => {
	it('sends a minimal schedule with the location from the credential and returns the schedule itself', async () => {
		const { json, error } = await createSchedule({});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.query, request.headers.version]).toEqual([
			'POST',
			'/calendars/schedules',
			{},
			'2021-04-15',
		]);
		expect(request.body).toEqual({
			name: 'Front Desk',
			userId: DEFAULTS.userId,
			timezone: 'America/Chicago',
			locationId: DEFAULTS.locationId,
		});
		expect(request.status).toBe(201);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			name: 'Front Desk',
			userId: DEFAULTS.userId,
			timezone: 'America/Chicago',
			rules: [],
			calendarIds: [],
		});
		expect(json[0].schedule).toBeUndefined();
		expect(ctx.sandbox.store.schedules.has(json[0].id as string)).toBe(true);
	});

	it('builds weekly rules and date overrides, combining entries of one day, with its calendars', async () => {
		const { error } = await createSchedule({
			rules: {
				weekly: [
					{ day: 'monday', from: '13:00', to: '17:30' },
					{ day: 'monday', from: '8:00', to: '12:00' },
					{ day: 'friday', from: '09:00', to: '15:00' },
				],
				override: [
					// a date-time from the picker: only its date counts, in the schedule's zone
					{ date: '2026-12-24T00:00:00', from: '09:00', to: '12:00' },
					{ date: '2026-12-25', unavailable: true },
					// an instant with an offset: 2026-12-31 03:00 UTC is still 2026-12-30 in Chicago
					{ date: '2026-12-31T03:00:00Z', from: '10:00', to: '11:00' },
				],
			},
			availabilityScheduleCreateFields: {
				calendarIds: {
					calendar: [
						{ calendarId: fromList(DEFAULTS.calendarId) },
						{ calendarId: byId(DEFAULTS.roundRobinCalendarId) },
						{ calendarId: byId(DEFAULTS.calendarId) },
					],
				},
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.body).toEqual({
			name: 'Front Desk',
			userId: DEFAULTS.userId,
			timezone: 'America/Chicago',
			locationId: DEFAULTS.locationId,
			rules: [
				{
					type: 'wday',
					day: 'monday',
					intervals: [
						{ from: '08:00', to: '12:00' },
						{ from: '13:00', to: '17:30' },
					],
				},
				{ type: 'wday', day: 'friday', intervals: [{ from: '09:00', to: '15:00' }] },
				{ type: 'date', date: '2026-12-24', intervals: [{ from: '09:00', to: '12:00' }] },
				{ type: 'date', date: '2026-12-25', intervals: [] },
				{ type: 'date', date: '2026-12-30', intervals: [{ from: '10:00', to: '11:00' }] },
			],
			calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
		});
		expect(request.status).toBe(201);
	});

	it('takes each calendar of Calendars from a booking URL too', async () => {
		const { error } = await createSchedule({
			availabilityScheduleCreateFields: {
				calendarIds: {
					calendar: [
						{
							calendarId: {
								__rl: true,
								mode: 'url',
								value: `https://book.example.com/widget/booking/${DEFAULTS.roundRobinCalendarId}`,
							},
						},
					],
				},
			},
		});
		expect(error).toBeUndefined();
		expect((only(ctx.sandbox).body as { calendarIds: string[] }).calendarIds).toEqual([
			DEFAULTS.roundRobinCalendarId,
		]);
	});

	it.each([
		[
			'a booking URL that is none',
			{
				availabilityScheduleCreateFields: {
					calendarIds: {
						calendar: [
							{ calendarId: { __rl: true, mode: 'url', value: 'https://example.com/calendars' } },
						],
					},
				},
			},
			'Calendars → entry 1: "https://example.com/calendars": Not a HighLevel booking URL (…/widget/booking/<calendar ID>)',
		],
		[
			'an unknown time zone',
			{ timezone: byName('Mars/Olympus') },
			'Time Zone: "Mars/Olympus" is not a time zone. Use an IANA name such as America/New_York or Europe/Berlin.',
		],
		[
			'a zone outside the spec pattern',
			{ timezone: byName('America/Argentina/Buenos_Aires') },
			/^Time Zone: "America\/Argentina\/Buenos_Aires" is a time zone, but HighLevel's schedules take only Area\/City names/,
		],
		[
			'no time zone',
			{ timezone: byName('') },
			'Time Zone: is empty; choose the time zone of the schedule',
		],
		[
			'a time that is no clock time',
			{ rules: { weekly: [{ day: 'monday', from: '9am', to: '17:00' }] } },
			'Availability → Weekly Hours 1 → From: "9am" is not a time of day; expected HH:mm such as 09:00 or 17:30',
		],
		[
			'hours that end before they start',
			{ rules: { weekly: [{ day: 'tuesday', from: '17:00', to: '09:00' }] } },
			'Availability → Weekly Hours 1: ends at 09:00, which is not after it starts (17:00)',
		],
		[
			'overlapping hours on one day',
			{
				rules: {
					weekly: [
						{ day: 'monday', from: '09:00', to: '12:00' },
						{ day: 'monday', from: '11:00', to: '13:00' },
					],
				},
			},
			'Availability → Weekly Hours 2: (11:00–13:00) overlaps Availability → Weekly Hours 1 (09:00–12:00) on the same day',
		],
		[
			'a day outside the week',
			{ rules: { weekly: [{ day: 'someday', from: '09:00', to: '12:00' }] } },
			/^Availability → Weekly Hours 1 → Day: is "someday"; expected one of sunday, monday/,
		],
		[
			'an override without a date',
			{ rules: { override: [{ date: '', from: '09:00', to: '12:00' }] } },
			'Availability → Date Override 1 → Date: is empty; expected a date such as 2026-12-24',
		],
		[
			'a date that is not one',
			{ rules: { override: [{ date: '2026-02-30', from: '09:00', to: '12:00' }] } },
			/^Availability → Date Override 1 → Date: "2026-02-30" is not a date and time/,
		],
		[
			'a date both closed and open',
			{
				rules: {
					override: [
						{ date: '2026-12-24', unavailable: true },
						{ date: '2026-12-24', from: '09:00', to: '12:00' },
					],
				},
			},
			'Availability → Date Override 1: marks 2026-12-24 unavailable all day, but another entry gives it hours; keep one of them',
		],
		[
			'a calendar ID with a slash',
			{
				availabilityScheduleCreateFields: {
					calendarIds: { calendar: [{ calendarId: byId('a/b') }] },
				},
			},
			'Calendars → entry 1: "a/b" is not an ID: IDs have no spaces, slashes, ? or #',
		],
		['no user', { userId: byId('') }, 'User: is empty; expected an ID'],
		['no name', { name: '' }, 'Name: is empty; give the schedule a name'],
		['a name of spaces', { name: '   ' }, 'Name: is empty; give the schedule a name'],
	])('refuses %s before sending anything', async (_, parameters, message) => {
		const { error } = await createSchedule(parameters);
		expect(error?.message).toEqual(
			typeof message === 'string' ? message : expect.stringMatching(message),
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('with Continue On Fail, sends the good items and fails each bad one with its field, in input order', async () => {
		const { items, error } = await createSchedule(
			{
				name: '={{ $json.name }}',
				rules: { weekly: [{ day: 'monday', from: '={{ $json.from }}', to: '17:00' }] },
			},
			{
				items: [
					{ json: { name: 'Mornings', from: '09:00' } },
					{ json: { name: 'Broken', from: '9 o clock' } },
					{ json: { name: '', from: '09:00' } },
					{ json: { name: 'Evenings', from: '16:00' } },
				],
				continueOnFail: true,
			},
		);
		expect(error).toBeUndefined();
		const out = items![0];
		expect(out.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		expect(out.map((item) => item.json.name ?? item.json.error)).toEqual([
			'Mornings',
			'Availability → Weekly Hours 1 → From: "9 o clock" is not a time of day; expected HH:mm such as 09:00 or 17:30 [not sent: the schedule was not created]',
			'Name: is empty; give the schedule a name [not sent: the schedule was not created]',
			'Evenings',
		]);
		// the two bad items never reached HighLevel
		expect(apiCalls(ctx.sandbox).map((call) => (call.body as { name: string }).name)).toEqual([
			'Mornings',
			'Evenings',
		]);
	});

	it("passes on HighLevel's refusal of a calendar of another sub-account", async () => {
		const { error } = await createSchedule({
			availabilityScheduleCreateFields: {
				calendarIds: { calendar: [{ calendarId: byId(DEFAULTS.otherLocationCalendarId) }] },
			},
		});
		expect((error as { httpCode?: string }).httpCode).toBe('400');
		expect(error?.message).toMatch(/same location/);
	});
});

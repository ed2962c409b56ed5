import { DEFAULTS, apiCalls, credentialsFor, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const resource = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendarResource', operation, ...parameters }, options);

const room = {
	resourceType: 'rooms',
	name: 'Meeting Room',
	description: 'Second floor',
	quantity: 1,
	outOfService: 0,
	capacity: 8,
	calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
};

describe('Calendar Resource: Create', () => {
	it('creates a room: every field in the body with the location, the type in the path', async () => {
		const { json, error } = await resource('create', room);
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([
			request.method,
			request.path,
			request.headers.version,
			request.query,
			request.status,
		]).toEqual(['POST', '/calendars/resources/rooms', '2021-04-15', {}, 201]);
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			name: 'Meeting Room',
			description: 'Second floor',
			quantity: 1,
			outOfService: 0,
			capacity: 8,
			calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
		});
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			name: 'Meeting Room',
			resourceType: 'rooms',
			isActive: true,
			locationId: DEFAULTS.locationId,
		});
		expect(ctx.sandbox.store.calendarResources.get(String(json[0]._id))).toBeDefined();
	});

	it('creates an equipment with one calendar', async () => {
		const { json, error } = await resource('create', {
			...room,
			resourceType: 'equipments',
			name: 'Projector',
			calendarIds: [DEFAULTS.calendarId],
		});
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).path).toBe('/calendars/resources/equipments');
		expect(json[0]).toMatchObject({
			resourceType: 'equipments',
			calendarIds: [DEFAULTS.calendarId],
		});
	});

	it('refuses an equipment with two calendars before sending, naming the field', async () => {
		const { error } = await resource('create', { ...room, resourceType: 'equipments' });
		expect(error?.message).toBe(
			'Calendar Names or IDs: has 2 calendars; an equipment can be mapped to one service calendar only',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a blank Name or Description (the spec requires both) before sending, naming the field', async () => {
		const name = await resource('create', { ...room, name: '={{ "" }}' });
		expect(name.error?.message).toBe('Name: is empty');
		const description = await resource('create', { ...room, description: '  ' });
		expect(description.error?.message).toBe('Description: is empty');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a Resource Type that is not one of its options, and a capacity that is not a number', async () => {
		const wrongType = await resource('create', { ...room, resourceType: 'room' });
		expect(wrongType.error?.message).toBe(
			'Resource Type: is "room"; expected one of equipments, rooms',
		);
		const wrongNumber = await resource('create', { ...room, capacity: 'eight' });
		expect(wrongNumber.error?.message).toBe('Capacity: is "eight"; expected a number');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('with Continue On Fail, accounts for every item: its resource, or its error, paired with it', async () => {
		const { items, error } = await resource(
			'create',
			{
				...room,
				resourceType: 'equipments',
				name: '={{ $json.name }}',
				calendarIds: '={{ $json.calendars }}',
			},
			{
				continueOnFail: true,
				items: [
					{ json: { name: 'Projector', calendars: [DEFAULTS.calendarId] } },
					{
						json: {
							name: 'Speaker',
							calendars: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
						},
					},
					{ json: { name: 'Screen', calendars: ['no-such-calendar'] } },
					{ json: { name: 'Whiteboard', calendars: [DEFAULTS.roundRobinCalendarId] } },
				],
			},
		);
		expect(error).toBeUndefined();
		const out = items![0];
		expect(
			out.map((item) => [
				(item.pairedItem as { item: number }).item,
				item.json.error ?? item.json.name,
			]),
		).toEqual([
			[0, 'Projector'],
			[
				1,
				'Calendar Names or IDs: has 2 calendars; an equipment can be mapped to one service calendar only [not sent: the room or equipment was not created]',
			],
			[2, 'Calendar no-such-calendar not found [HTTP 400: the room or equipment was not created]'],
			[3, 'Whiteboard'],
		]);
		expect(out[2].json.httpCode).toBe('400');
		expect(apiCalls(ctx.sandbox).map((call) => (call.body as { name: string }).name)).toEqual([
			'Projector',
			'Screen',
			'Whiteboard',
		]);
	});

	it('names calendars/resources.write when the token lacks it (a scope new in the defaults: older credentials miss it)', async () => {
		ctx.sandbox.addToken('pit-without-resources', {
			kind: 'pit',
			scopes: ['calendars.readonly', 'calendars/resources.readonly'],
			locationId: DEFAULTS.locationId,
		});
		const { error } = await resource('create', room, {
			credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-without-resources' }),
		});
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('"calendars/resources.write"');
		expect(error?.description).toMatch(/reconnect/);
		expect(ctx.sandbox.store.calendarResources.size).toBe(3); // the seeded ones only
	});
});

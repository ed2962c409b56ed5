import type { INodeParameters } from 'n8n-workflow';

import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';
import { loadOptions } from '../helpers/lookups';
import type { LookupOptions } from '../helpers/lookups';

const ctx = useSandbox();

const meetingLocations = (parameters: INodeParameters, options: LookupOptions = {}) =>
	loadOptions(ctx.sandbox, 'getMeetingLocations', { ...options, parameters });

const DEFAULT_OPTION = {
	name: "Calendar's Default",
	value: 'default',
	description: 'The first location configured on the calendar',
};

/** Meeting locations on the calendar and on its team member, as HighLevel returns them (with meetingId). */
function configureMeetingLocations(calendarId: string) {
	const calendar = ctx.sandbox.store.calendars.get(calendarId)!;
	calendar.locationConfigurations = [
		{ kind: 'custom', location: 'https://meet.example.com/intro', meetingId: 'custom_0' },
		{ kind: 'physical', location: '1 Main St, Springfield', meetingId: 'physical_1' },
		// no meetingId: cannot be chosen for an appointment
		{ kind: 'inbound_call', location: '+14455550132' },
	];
	calendar.teamMembers = calendar.teamMembers.map(
		(member: Record<string, unknown>, index: number) => ({
			...member,
			locationConfigurations: index === 0 ? [{ kind: 'booker', meetingId: 'booker_0' }] : [],
		}),
	);
}

describe('loadOptions: getMeetingLocations', () => {
	it("offers the calendar's meeting locations (and its team members') by meetingId, after the calendar's default", async () => {
		configureMeetingLocations(DEFAULTS.calendarId);
		const { options, error } = await meetingLocations({
			resource: 'appointment',
			operation: 'create',
			calendarId: fromList(DEFAULTS.calendarId),
		});
		expect(error).toBeUndefined();

		const request = only(ctx.sandbox);
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/calendars/${DEFAULTS.calendarId}`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.status).toBe(200);

		expect(options).toEqual([
			DEFAULT_OPTION,
			{ name: 'Custom: https://meet.example.com/intro', value: 'custom_0', description: undefined },
			{
				name: 'Physical Address: 1 Main St, Springfield',
				value: 'physical_1',
				description: undefined,
			},
			{
				name: 'Booker (Invitee Chooses)',
				value: 'booker_0',
				description: 'Location of team member sandbox-user-1',
			},
		]);
	});

	it('works for a calendar created through the API, once HighLevel has given its locations an ID', async () => {
		const { json, error } = await run(ctx.sandbox, {
			resource: 'calendar',
			operation: 'create',
			name: 'Video Calls',
		});
		expect(error).toBeUndefined();
		const calendarId = json[0].id as string;
		// The create body carries LocationConfiguration (kind, location); the meetingId is HighLevel's.
		ctx.sandbox.store.calendars.get(calendarId)!.locationConfigurations = [
			{ kind: 'custom', location: 'https://video.example.com/room', meetingId: 'custom_0' },
		];
		ctx.sandbox.requests.length = 0;

		const { options } = await meetingLocations({
			resource: 'appointment',
			operation: 'create',
			calendarId: byId(calendarId),
		});
		expect(only(ctx.sandbox).path).toBe(`/calendars/${calendarId}`);
		expect(options).toEqual([
			DEFAULT_OPTION,
			{ name: 'Custom: https://video.example.com/room', value: 'custom_0', description: undefined },
		]);
	});

	it('a calendar without meeting locations offers only its default', async () => {
		const { options, error } = await meetingLocations({
			resource: 'appointment',
			operation: 'create',
			calendarId: fromList(DEFAULTS.roundRobinCalendarId),
		});
		expect(error).toBeUndefined();
		expect(options).toEqual([DEFAULT_OPTION]);
	});

	it("before a calendar is chosen it offers the calendar's default (the field's default), and asks nothing", async () => {
		const { options, error } = await meetingLocations({
			resource: 'appointment',
			operation: 'create',
		});
		expect(error).toBeUndefined();
		expect(options).toEqual([DEFAULT_OPTION]);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('a calendar given as an expression is not looked up', async () => {
		const { options } = await meetingLocations({
			resource: 'appointment',
			operation: 'create',
			calendarId: byId('={{ $json.calendarId }}'),
		});
		expect(options).toEqual([DEFAULT_OPTION]);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	describe('updating an appointment', () => {
		async function bookedAppointment(): Promise<string> {
			const { json, error } = await run(ctx.sandbox, {
				resource: 'appointment',
				operation: 'create',
				calendarId: fromList(DEFAULTS.calendarId),
				contactId: fromList(DEFAULTS.contactId),
				startTime: '2026-06-15T10:00:00',
				appointmentCreateFields: { endTime: '2026-06-15T10:30:00' },
			});
			expect(error).toBeUndefined();
			ctx.sandbox.requests.length = 0;
			return json[0].id as string;
		}

		it('without a calendar: reads the appointment to find the calendar it is booked in', async () => {
			configureMeetingLocations(DEFAULTS.calendarId);
			const eventId = await bookedAppointment();

			const { options, error } = await meetingLocations({
				resource: 'appointment',
				operation: 'update',
				eventId,
			});
			expect(error).toBeUndefined();

			const calls = apiCalls(ctx.sandbox);
			expect(
				calls.map((call) => [call.method, call.path, call.headers.version, call.status]),
			).toEqual([
				['GET', `/calendars/events/appointments/${eventId}`, '2021-04-15', 200],
				['GET', `/calendars/${DEFAULTS.calendarId}`, '2021-04-15', 200],
			]);
			expect(options?.map((option) => option.value)).toEqual([
				'default',
				'custom_0',
				'physical_1',
				'booker_0',
			]);
		});

		it("moving it to another calendar: offers that calendar's locations, without reading the appointment", async () => {
			configureMeetingLocations(DEFAULTS.roundRobinCalendarId);
			const eventId = await bookedAppointment();

			const { options } = await meetingLocations({
				resource: 'appointment',
				operation: 'update',
				eventId,
				appointmentUpdateFields: { calendarId: fromList(DEFAULTS.roundRobinCalendarId) },
			});
			expect(only(ctx.sandbox).path).toBe(`/calendars/${DEFAULTS.roundRobinCalendarId}`);
			expect(options).toEqual([
				DEFAULT_OPTION,
				{
					name: 'Custom: https://meet.example.com/intro',
					value: 'custom_0',
					description: undefined,
				},
				{
					name: 'Physical Address: 1 Main St, Springfield',
					value: 'physical_1',
					description: undefined,
				},
				{
					name: 'Booker (Invitee Chooses)',
					value: 'booker_0',
					description: 'Location of team member sandbox-user-2',
				},
			]);
		});

		it('an unknown appointment ID is reported as HighLevel answered it', async () => {
			const { options, error } = await meetingLocations({
				resource: 'appointment',
				operation: 'update',
				eventId: 'no-such-event',
			});
			expect(options).toBeUndefined();
			expect(error?.httpCode).toBe('404');
			expect(only(ctx.sandbox).path).toBe('/calendars/events/appointments/no-such-event');
		});
	});

	it('with OAuth2: the same look-up with the access token', async () => {
		configureMeetingLocations(DEFAULTS.calendarId);
		const { options, error } = await meetingLocations(
			{ resource: 'appointment', operation: 'create', calendarId: fromList(DEFAULTS.calendarId) },
			{ auth: 'oauth2' },
		);
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.path).toBe(`/calendars/${DEFAULTS.calendarId}`);
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(options).toHaveLength(4);
	});
});

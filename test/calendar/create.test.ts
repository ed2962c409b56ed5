import { DEFAULTS, apiCalls, only, run, useSandbox } from '../helpers/node';
import { calendarSettings } from './settings';

const ctx = useSandbox();

const createCalendar = (parameters: Record<string, unknown>, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation: 'create', ...parameters }, options);

describe('Calendar: Create', () => {
	it('sends a minimal calendar with the location from the credential and returns the calendar itself', async () => {
		const { json, error } = await createCalendar({ name: 'Intro Call' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/calendars/');
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.pitToken}`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			name: 'Intro Call',
			calendarType: 'event',
			locationId: DEFAULTS.locationId,
		});
		expect(request.status).toBe(200);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			name: 'Intro Call',
			calendarType: 'event',
			locationId: DEFAULTS.locationId,
		});
		expect(typeof json[0].id).toBe('string');
		expect(json[0].calendar).toBeUndefined();
		expect(ctx.sandbox.store.calendars.get(json[0].id as string)).toBeDefined();
	});

	it('maps every field of CalendarCreateDTO to the body property the spec names, with its type', async () => {
		const { error } = await createCalendar({
			name: 'Team Sessions',
			calendarType: 'round_robin',
			...calendarSettings('create', {
				alertEmail: 'alerts@example.com',
				allowBookingAfter: 2,
				allowBookingAfterUnit: 'hours',
				allowBookingFor: 3,
				allowBookingForUnit: 'weeks',
				allowCancellation: false,
				allowReschedule: true,
				appoinmentPerDay: 8,
				appoinmentPerSlot: 2,
				autoConfirm: false,
				availabilityType: 1,
				availabilities: {
					date: [
						{ date: '2026-12-24T00:00:00', openTime: '09:00', closeTime: '12:00' },
						{ date: '2026-12-24', openTime: '13:00', closeTime: '15:30' },
					],
				},
				calendarCoverImage: 'https://example.com/cover.png',
				consentLabel: 'I agree',
				description: 'Sessions with the team',
				enableRecurring: true,
				eventColor: '#123456',
				eventTitle: 'Session with {{contact.name}}',
				eventType: 'RoundRobin_OptimizeForEqualDistribution',
				formId: 'form-1',
				formSubmitRedirectURL: 'https://example.com/thanks',
				formSubmitThanksMessage: 'Thanks!',
				formSubmitType: 'RedirectURL',
				googleInvitationEmails: true,
				groupId: DEFAULTS.groupId,
				guestType: 'collect_detail',
				isActive: false,
				isLivePaymentMode: false,
				locationConfigurations: {
					location: [
						{ kind: 'custom', location: 'https://meet.example.com/team' },
						{ kind: 'physical', location: '1 Main St' },
					],
				},
				lookBusyConfig: { settings: { enabled: true, LookBusyPercentage: 25 } },
				notes: 'Bring questions',
				openHours: {
					hours: [
						{ daysOfTheWeek: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '12:00' },
						{ daysOfTheWeek: [1, 2, 3, 4, 5], openTime: '13:00', closeTime: '17:30' },
						{ daysOfTheWeek: [6], openTime: '10:00', closeTime: '14:00' },
					],
				},
				pixelId: '123456789',
				preBuffer: 5,
				preBufferUnit: 'mins',
				recurring: {
					settings: {
						freq: 'WEEKLY',
						count: 6,
						bookingOption: 'book_next',
						bookingOverlapDefaultStatus: 'new',
					},
				},
				shouldAssignContactToTeamMember: true,
				shouldSendAlertEmailsToAssignedMember: true,
				shouldSkipAssigningContactForExisting: true,
				slotBuffer: 10,
				slotBufferUnit: 'mins',
				slotDuration: 1,
				slotDurationUnit: 'hours',
				slotInterval: 30,
				slotIntervalUnit: 'mins',
				slug: 'team-sessions',
				stickyContact: true,
				teamMembers: {
					member: [
						{
							userId: { __rl: true, mode: 'list', value: 'sandbox-user-1' },
							priority: 1,
							isPrimary: true,
							locationConfigurations: { location: [{ kind: 'zoom_conference', location: '' }] },
						},
						{ userId: 'sandbox-user-2', priority: 0.5, isPrimary: false },
					],
				},
				widgetSlug: 'team-widget',
				widgetType: 'default',
			}),
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.status).toBe(200);
		expect(request.body).toEqual({
			name: 'Team Sessions',
			calendarType: 'round_robin',
			locationId: DEFAULTS.locationId,
			alertEmail: 'alerts@example.com',
			allowBookingAfter: 2,
			allowBookingAfterUnit: 'hours',
			allowBookingFor: 3,
			allowBookingForUnit: 'weeks',
			allowCancellation: false,
			allowReschedule: true,
			appoinmentPerDay: 8,
			appoinmentPerSlot: 2,
			autoConfirm: false,
			availabilityType: 1,
			availabilities: [
				{
					date: '2026-12-24T00:00:00.000Z',
					hours: [
						{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
						{ openHour: 13, openMinute: 0, closeHour: 15, closeMinute: 30 },
					],
				},
			],
			calendarCoverImage: 'https://example.com/cover.png',
			consentLabel: 'I agree',
			description: 'Sessions with the team',
			enableRecurring: true,
			eventColor: '#123456',
			eventTitle: 'Session with {{contact.name}}',
			eventType: 'RoundRobin_OptimizeForEqualDistribution',
			formId: 'form-1',
			formSubmitRedirectURL: 'https://example.com/thanks',
			formSubmitThanksMessage: 'Thanks!',
			formSubmitType: 'RedirectURL',
			googleInvitationEmails: true,
			groupId: DEFAULTS.groupId,
			guestType: 'collect_detail',
			isActive: false,
			isLivePaymentMode: false,
			locationConfigurations: [
				{ kind: 'custom', location: 'https://meet.example.com/team' },
				{ kind: 'physical', location: '1 Main St' },
			],
			lookBusyConfig: { enabled: true, LookBusyPercentage: 25 },
			notes: 'Bring questions',
			openHours: [
				{
					daysOfTheWeek: [1, 2, 3, 4, 5],
					hours: [
						{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
						{ openHour: 13, openMinute: 0, closeHour: 17, closeMinute: 30 },
					],
				},
				{
					daysOfTheWeek: [6],
					hours: [{ openHour: 10, openMinute: 0, closeHour: 14, closeMinute: 0 }],
				},
			],
			pixelId: '123456789',
			preBuffer: 5,
			preBufferUnit: 'mins',
			recurring: {
				freq: 'WEEKLY',
				count: 6,
				bookingOption: 'book_next',
				bookingOverlapDefaultStatus: 'new',
			},
			shouldAssignContactToTeamMember: true,
			shouldSendAlertEmailsToAssignedMember: true,
			shouldSkipAssigningContactForExisting: true,
			slotBuffer: 10,
			slotBufferUnit: 'mins',
			slotDuration: 1,
			slotDurationUnit: 'hours',
			slotInterval: 30,
			slotIntervalUnit: 'mins',
			slug: 'team-sessions',
			stickyContact: true,
			teamMembers: [
				{
					userId: 'sandbox-user-1',
					priority: 1,
					isPrimary: true,
					locationConfigurations: [{ kind: 'zoom_conference' }],
				},
				{ userId: 'sandbox-user-2', priority: 0.5, isPrimary: false },
			],
			widgetSlug: 'team-widget',
			widgetType: 'default',
		});
	});

	it('works with the OAuth2 credential, taking the location from the token response', async () => {
		const { json, error } = await createCalendar({ name: 'OAuth Calendar' }, { auth: 'oauth2' });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.headers.authorization).toBe(`Bearer ${DEFAULTS.oauthAccessToken}`);
		expect(request.body).toMatchObject({ locationId: DEFAULTS.locationId });
		expect(json[0].name).toBe('OAuth Calendar');
	});

	it('refuses a blank Name before sending, instead of a request HighLevel answers with 422', async () => {
		const { error } = await createCalendar({ name: '  ' });
		expect(error?.message).toBe('Name: is empty');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses bad builder input before sending anything', async () => {
		const { error } = await createCalendar({
			name: 'Broken',
			...calendarSettings('create', {
				openHours: { hours: [{ daysOfTheWeek: [], openTime: '09:00', closeTime: '17:00' }] },
			}),
		});
		expect(error?.message).toBe(
			'Open Hours → entry 1 → Days: has no days; choose at least one day of the week',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

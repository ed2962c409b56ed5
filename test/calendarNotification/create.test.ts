import { DEFAULTS, apiCalls, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const create = (notification: Array<Record<string, unknown>>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: fromList(DEFAULTS.calendarId),
			notifications: { notification },
		},
		options,
	);

describe('Calendar Notification: Create', () => {
	it('sends the builder as a JSON array, every setting shaped, and returns one item per notification', async () => {
		const { json, error } = await create([
			{
				receiverType: 'emails',
				channel: 'email',
				notificationType: 'reminder',
				isActive: true,
				additionalEmailIds: 'front@example.com, owner@example.com',
				subject: 'Tomorrow: {{appointment.title}}',
				body: 'See you tomorrow.',
				templateId: 'tmpl123',
				fromAddress: 'desk@example.com',
				fromName: 'Front Desk',
				beforeTime: {
					time: [
						{ timeOffset: 24, unit: 'hours' },
						{ timeOffset: 2, unit: 'hours' },
					],
				},
			},
			{
				receiverType: 'phoneNumbers',
				channel: 'sms',
				notificationType: 'followup',
				additionalPhoneNumbers: '+14155550100,+14155550101',
				fromNumber: '+14155550199',
				afterTime: { time: [{ timeOffset: 1.5, unit: 'hours' }] },
			},
			{
				receiverType: 'business',
				channel: 'inApp',
				notificationType: 'booked',
				selectedUsers: ['sub_account_admin', 'sandbox-user-2'],
				isActive: false,
			},
		]);
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([
			request.method,
			request.path,
			request.headers.version,
			request.query,
			request.status,
		]).toEqual(['POST', `/calendars/${DEFAULTS.calendarId}/notifications`, '2021-04-15', {}, 200]);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual([
			{
				receiverType: 'emails',
				channel: 'email',
				notificationType: 'reminder',
				isActive: true,
				additionalEmailIds: ['front@example.com', 'owner@example.com'],
				subject: 'Tomorrow: {{appointment.title}}',
				body: 'See you tomorrow.',
				templateId: 'tmpl123',
				fromAddress: 'desk@example.com',
				fromName: 'Front Desk',
				beforeTime: [
					{ timeOffset: 24, unit: 'hours' },
					{ timeOffset: 2, unit: 'hours' },
				],
			},
			{
				receiverType: 'phoneNumbers',
				channel: 'sms',
				notificationType: 'followup',
				additionalPhoneNumbers: ['+14155550100', '+14155550101'],
				fromNumber: '+14155550199',
				afterTime: [{ timeOffset: 1.5, unit: 'hours' }],
				// n8n fills a builder entry with its settings' defaults; Is Active's is the API's (true)
				isActive: true,
			},
			{
				receiverType: 'business',
				channel: 'inApp',
				notificationType: 'booked',
				selectedUsers: ['sub_account_admin', 'sandbox-user-2'],
				isActive: false,
			},
		]);
		expect(json).toHaveLength(3);
		expect(json.map((item) => [item.notificationType, item.isActive])).toEqual([
			['reminder', true],
			['followup', true],
			['booked', false],
		]);
		expect(typeof json[0]._id).toBe('string');
		expect(ctx.sandbox.store.notifications.get(String(json[0]._id))?.calendarId).toBe(
			DEFAULTS.calendarId,
		);
	});

	it('a minimal entry sends the three required settings and Is Active; blank text is left out', async () => {
		const { error } = await create([
			{ receiverType: 'contact', channel: 'email', notificationType: 'confirmation', subject: ' ' },
		]);
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual([
			{
				receiverType: 'contact',
				channel: 'email',
				notificationType: 'confirmation',
				isActive: true,
			},
		]);
	});

	it('refuses an empty builder, a value outside an enum and a bad email, naming the entry, before sending', async () => {
		const empty = await create([]);
		expect(empty.error?.message).toBe('Notifications: is empty; add at least one notification');
		const channel = await create([
			{ receiverType: 'contact', channel: 'email', notificationType: 'confirmation' },
			{ receiverType: 'contact', channel: 'fax', notificationType: 'confirmation' },
		]);
		expect(channel.error?.message).toBe(
			'Notifications 2 → Channel: is "fax"; expected one of email, inApp, sms, whatsapp',
		);
		const email = await create([
			{
				receiverType: 'emails',
				channel: 'email',
				notificationType: 'booked',
				additionalEmailIds: 'a@example.com, nope',
			},
		]);
		expect(email.error?.message).toBe(
			'Notifications 1 → Additional Emails: "nope" is not an email address',
		);
		const offset = await create([
			{
				receiverType: 'contact',
				channel: 'sms',
				notificationType: 'reminder',
				beforeTime: { time: [{ timeOffset: 'soon', unit: 'hours' }] },
			},
		]);
		expect(offset.error?.message).toBe(
			'Notifications 1 → Send Before 1 → Time Offset: is "soon"; expected a number',
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it("another sub-account's calendar is refused (403)", async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: fromList(DEFAULTS.otherLocationCalendarId),
			notifications: {
				notification: [{ receiverType: 'contact', channel: 'email', notificationType: 'booked' }],
			},
		});
		expect((error as { httpCode?: string }).httpCode).toBe('403');
	});

	it('with Continue On Fail, accounts for every item: its notifications, or its error, paired with it', async () => {
		const { items, error } = await run(
			ctx.sandbox,
			{
				resource: 'calendarNotification',
				operation: 'create',
				calendarId: byId('={{ $json.calendarId }}'),
				notifications: {
					notification: [
						{
							receiverType: 'contact',
							channel: '={{ $json.channel }}',
							notificationType: 'booked',
						},
						{ receiverType: 'guest', channel: 'email', notificationType: 'booked' },
					],
				},
			},
			{
				continueOnFail: true,
				items: [
					{ json: { calendarId: DEFAULTS.calendarId, channel: 'sms' } },
					{ json: { calendarId: DEFAULTS.calendarId, channel: 'fax' } },
					{ json: { calendarId: DEFAULTS.otherLocationCalendarId, channel: 'email' } },
					{ json: { calendarId: DEFAULTS.roundRobinCalendarId, channel: 'whatsapp' } },
				],
			},
		);
		expect(error).toBeUndefined();
		const out = items![0];
		expect(
			out.map((item) => [
				(item.pairedItem as { item: number }).item,
				item.json.error ?? item.json.channel,
			]),
		).toEqual([
			[0, 'sms'],
			[0, 'email'],
			[
				1,
				'Notifications 1 → Channel: is "fax"; expected one of email, inApp, sms, whatsapp [not sent: the notifications were not created]',
			],
			[
				2,
				'The token does not have access to this location. [HTTP 403: the notifications were not created]',
			],
			[3, 'whatsapp'],
			[3, 'email'],
		]);
		expect(out[3].json.httpCode).toBe('403');
		// The refused item never reached HighLevel; the others did, once each.
		expect(apiCalls(ctx.sandbox).map((call) => call.path)).toEqual([
			`/calendars/${DEFAULTS.calendarId}/notifications`,
			`/calendars/${DEFAULTS.otherLocationCalendarId}/notifications`,
			`/calendars/${DEFAULTS.roundRobinCalendarId}/notifications`,
		]);
	});
});

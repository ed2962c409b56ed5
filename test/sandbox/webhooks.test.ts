import { createPublicKey, verify } from 'node:crypto';

import { DEFAULTS, api, book, startReceiver, useTriggerSandbox } from '../triggers/helpers';

const ctx = useTriggerSandbox();
// Monday 1 March 2027, inside the default calendar's open hours (New York).
const MONDAY_10 = '2027-03-01T10:00:00-05:00';

// Properties of `appointment` in docs/webhook-events/Appointment*.md
const DOCUMENTED = [
	'id',
	'address',
	'title',
	'calendarId',
	'contactId',
	'groupId',
	'appointmentStatus',
	'assignedUserId',
	'users',
	'notes',
	'source',
	'startTime',
	'endTime',
	'dateAdded',
	'dateUpdated',
];

describe('sandbox webhook sender', () => {
	let receiver: Awaited<ReturnType<typeof startReceiver>>;
	beforeEach(async () => {
		receiver = await startReceiver();
		ctx.sandbox.webhooks.subscribe(receiver.url);
	});
	afterEach(async () => await receiver.close());

	const bodies = () => receiver.received.map((delivery) => JSON.parse(delivery.body));

	it('posts AppointmentCreate, Update and Delete in the documented shape, signed with Ed25519', async () => {
		const created = await book(ctx.sandbox, MONDAY_10);
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${created.id}`, {
			title: 'Moved',
		});
		await api(ctx.sandbox, 'DELETE', `/calendars/events/${created.id}`);
		await ctx.sandbox.webhooks.idle();

		expect(bodies().map((body) => body.type)).toEqual([
			'AppointmentCreate',
			'AppointmentUpdate',
			'AppointmentDelete',
		]);
		const key = createPublicKey(ctx.sandbox.webhooks.publicKeys.ed25519);
		for (const [index, delivery] of receiver.received.entries()) {
			const body = bodies()[index];
			expect(body.locationId).toBe(DEFAULTS.locationId);
			expect(body.appointment.id).toBe(created.id);
			expect(Object.keys(body.appointment).every((field) => DOCUMENTED.includes(field))).toBe(true);
			expect(typeof body.webhookId).toBe('string');
			expect(Date.parse(body.timestamp)).toBeGreaterThan(Date.now() - 60_000);
			const signature = Buffer.from(String(delivery.headers['x-ghl-signature']), 'base64');
			expect(verify(null, Buffer.from(delivery.body), key, signature)).toBe(true);
			expect(delivery.headers['x-wh-signature']).toBeUndefined();
		}
		expect(bodies()[1].appointment.title).toBe('Moved');
		expect(new Set(bodies().map((body) => body.webhookId)).size).toBe(3);
	});

	it('signs with the legacy RSA header for a subscriber that asks for it', async () => {
		const legacy = await startReceiver();
		ctx.sandbox.webhooks.subscribe(legacy.url, { scheme: 'rsa' });
		await book(ctx.sandbox, MONDAY_10);
		await ctx.sandbox.webhooks.idle();
		const [delivery] = legacy.received;
		expect(delivery.headers['x-ghl-signature']).toBeUndefined();
		const signature = Buffer.from(String(delivery.headers['x-wh-signature']), 'base64');
		expect(
			verify(
				'sha256',
				Buffer.from(delivery.body),
				createPublicKey(ctx.sandbox.webhooks.publicKeys.rsa),
				signature,
			),
		).toBe(true);
		await legacy.close();
	});

	it('sends the deliveries a receiver must refuse: replayed, stale, unsigned, tampered, wrong key, foreign location', async () => {
		const created = await book(ctx.sandbox, MONDAY_10);
		await ctx.sandbox.webhooks.idle();
		const appointment = ctx.sandbox.store.appointments.get(created.id)!;
		const key = createPublicKey(ctx.sandbox.webhooks.publicKeys.ed25519);
		const valid = (index: number) => {
			const delivery = receiver.received[index];
			const header = delivery.headers['x-ghl-signature'];
			return (
				typeof header === 'string' &&
				verify(null, Buffer.from(delivery.body), key, Buffer.from(header, 'base64'))
			);
		};

		for (const kind of [
			'replay',
			'stale',
			'unsigned',
			'tampered',
			'wrongKey',
			'foreignLocation',
		] as const) {
			await ctx.sandbox.webhooks.send(kind, { appointment });
		}
		const [original, replay, stale, unsigned, tampered, wrongKey, foreign] = bodies();
		expect(receiver.received[1].body).toBe(receiver.received[0].body);
		expect(replay.webhookId).toBe(original.webhookId);
		expect(valid(1)).toBe(true);
		expect(Date.now() - Date.parse(stale.timestamp)).toBeGreaterThanOrEqual(10 * 60_000);
		expect(valid(2)).toBe(true);
		expect(unsigned.type).toBe('AppointmentCreate');
		expect(receiver.received[3].headers['x-ghl-signature']).toBeUndefined();
		expect(tampered.appointment.appointmentStatus).toBe('showed');
		expect(valid(4)).toBe(false);
		expect(wrongKey.appointment.id).toBe(created.id);
		expect(valid(5)).toBe(false);
		expect(foreign.locationId).toBe(DEFAULTS.otherLocationId);
		expect(valid(6)).toBe(true);
		expect(ctx.sandbox.webhooks.deliveries.map((delivery) => delivery.status)).toEqual([
			200, 200, 200, 200, 200, 200, 200,
		]);
	});

	it('forgets its subscribers on reset', async () => {
		ctx.sandbox.reset();
		await book(ctx.sandbox, MONDAY_10);
		await ctx.sandbox.webhooks.idle();
		expect(receiver.received).toEqual([]);
	});
});

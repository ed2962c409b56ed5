import { generateKeyPairSync } from 'node:crypto';

import { book, listen, useTriggerSandbox } from '../helpers';

const ctx = useTriggerSandbox();
const MONDAY_10 = '2027-03-01T10:00:00-05:00';

async function bookAndWait(start = MONDAY_10) {
	const created = await book(ctx.sandbox, start);
	await ctx.sandbox.webhooks.idle();
	return ctx.sandbox.store.appointments.get(created.id)!;
}

describe("HighLevel Calendars Trigger: signatures (through n8n-core's WebhookContext)", () => {
	it('accepts a delivery signed with Ed25519 (X-GHL-Signature) and starts one execution', async () => {
		const trigger = await listen(ctx.sandbox);
		await bookAndWait();
		expect(trigger.answers).toEqual([{ status: 200, body: { message: 'Workflow was started' } }]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0][0].json.event).toBe('appointmentBooked');
	});

	it.each(['wrongKey', 'tampered', 'unsigned'] as const)(
		'refuses a %s delivery with 401 and no execution',
		async (kind) => {
			const trigger = await listen(ctx.sandbox);
			const appointment = await bookAndWait();
			await ctx.sandbox.webhooks.send(kind, { appointment, type: 'AppointmentUpdate' });
			expect(trigger.executions).toHaveLength(1);
			expect(trigger.answers[1].status).toBe(401);
			expect(trigger.answers[1].body).toEqual({
				message: {
					wrongKey: 'Refused: x-ghl-signature does not match the body',
					tampered: 'Refused: x-ghl-signature does not match the body',
					unsigned: 'Refused: no x-ghl-signature header',
				}[kind],
			});
		},
	);

	it('refuses every Ed25519 delivery while no Ed25519 key is set', async () => {
		const trigger = await listen(ctx.sandbox, { ed25519PublicKey: '' });
		await bookAndWait();
		expect(trigger.answers).toEqual([
			{ status: 401, body: { message: 'Refused: no Ed25519 public key is set in the trigger' } },
		]);
		expect(trigger.executions).toEqual([]);
	});

	it('refuses the legacy RSA header unless opted in, then checks it against the RSA key setting', async () => {
		const refusing = await listen(ctx.sandbox, {}, { scheme: 'rsa' });
		const appointment = await bookAndWait();
		expect(refusing.answers[0]).toEqual({
			status: 401,
			body: { message: 'Refused: x-wh-signature (legacy RSA) is not accepted by this trigger' },
		});

		ctx.sandbox.reset();
		const accepting = await listen(
			ctx.sandbox,
			{ acceptLegacySignature: true, rsaPublicKey: ctx.sandbox.webhooks.publicKeys.rsa },
			{ scheme: 'rsa' },
		);
		await bookAndWait('2027-03-01T11:00:00-05:00');
		expect(accepting.answers[0].status).toBe(200);
		expect(accepting.executions).toHaveLength(1);

		// HighLevel's published key (the default) does not match the sandbox's signature
		const published = await listen(
			ctx.sandbox,
			{ acceptLegacySignature: true },
			{ subscribe: false },
		);
		await ctx.sandbox.webhooks.send('rsaOnly', { appointment, url: published.url });
		expect(published.answers[0].status).toBe(401);
		expect(published.executions).toEqual([]);
	});

	it('with both headers present, only the Ed25519 one counts', async () => {
		const trigger = await listen(
			ctx.sandbox,
			{ acceptLegacySignature: true, rsaPublicKey: ctx.sandbox.webhooks.publicKeys.rsa },
			{ scheme: 'both' },
		);
		await bookAndWait();
		expect(trigger.executions).toHaveLength(1);
		const other = generateKeyPairSync('ed25519')
			.publicKey.export({ type: 'spki', format: 'pem' })
			.toString();
		const wrongEd = await listen(
			ctx.sandbox,
			{
				ed25519PublicKey: other,
				acceptLegacySignature: true,
				rsaPublicKey: ctx.sandbox.webhooks.publicKeys.rsa,
			},
			{ scheme: 'both' },
		);
		await bookAndWait('2027-03-01T11:00:00-05:00');
		expect(wrongEd.answers.map((answer) => answer.status)).toEqual([401]);
	});

	it('names the setting when a pasted key is not a key (n8n answers 500), without running the workflow', async () => {
		const trigger = await listen(ctx.sandbox, { ed25519PublicKey: 'not a key' });
		await bookAndWait();
		expect(trigger.answers[0].status).toBe(500);
		expect(trigger.errors[0].message).toBe(
			'Ed25519 Public Key is not an Ed25519 public key; paste it as PEM (-----BEGIN PUBLIC KEY-----…) or as the base64 of its 32 bytes',
		);
		expect(trigger.executions).toEqual([]);
	});
});

import { generateKeyPairSync, sign } from 'node:crypto';

import { checkSignature } from '../../../nodes/shared/appointmentEvents/signature';

const ed = generateKeyPairSync('ed25519');
const otherEd = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const body = Buffer.from(
	'{"type":"AppointmentCreate","locationId":"loc","appointment":{"id":"a1"}}',
);
const ghl = (data: Buffer, key = ed.privateKey) => sign(null, data, key).toString('base64');
const wh = (data: Buffer) => sign('sha256', data, rsa.privateKey).toString('base64');

describe('checkSignature', () => {
	it('accepts a valid X-GHL-Signature (Ed25519 over the raw body)', () => {
		expect(
			checkSignature(body, { 'x-ghl-signature': ghl(body) }, { ed25519: ed.publicKey }),
		).toEqual({ ok: true, scheme: 'ed25519' });
	});

	it('refuses a signature made with another key, a tampered body and a malformed header', () => {
		const keys = { ed25519: ed.publicKey };
		expect(
			checkSignature(body, { 'x-ghl-signature': ghl(body, otherEd.privateKey) }, keys).ok,
		).toBe(false);
		const tampered = Buffer.from(body.toString().replace('a1', 'a2'));
		expect(checkSignature(tampered, { 'x-ghl-signature': ghl(body) }, keys)).toEqual({
			ok: false,
			reason: 'x-ghl-signature does not match the body',
		});
		expect(checkSignature(body, { 'x-ghl-signature': 'not base64!' }, keys)).toEqual({
			ok: false,
			reason: 'malformed x-ghl-signature',
		});
		expect(checkSignature(body, { 'x-ghl-signature': 'AAAA' }, keys).ok).toBe(false);
	});

	it('refuses a missing header, and an Ed25519 delivery when no Ed25519 key is set', () => {
		expect(checkSignature(body, {}, { ed25519: ed.publicKey })).toEqual({
			ok: false,
			reason: 'no x-ghl-signature header',
		});
		expect(checkSignature(body, { 'x-ghl-signature': ghl(body) }, {})).toEqual({
			ok: false,
			reason: 'no Ed25519 public key is set in the trigger',
		});
	});

	it('checks the legacy x-wh-signature (RSA-SHA256) only when opted in', () => {
		expect(checkSignature(body, { 'x-wh-signature': wh(body) }, { ed25519: ed.publicKey })).toEqual(
			{
				ok: false,
				reason: 'x-wh-signature (legacy RSA) is not accepted by this trigger',
			},
		);
		expect(checkSignature(body, { 'x-wh-signature': wh(body) }, { rsa: rsa.publicKey })).toEqual({
			ok: true,
			scheme: 'rsa',
		});
		const tampered = Buffer.from(body.toString().replace('loc', 'other'));
		expect(
			checkSignature(tampered, { 'x-wh-signature': wh(body) }, { rsa: rsa.publicKey }).ok,
		).toBe(false);
	});

	it("uses the Ed25519 header whenever present, as HighLevel's SDK does, even if a valid RSA one is there too", () => {
		const headers = {
			'x-ghl-signature': ghl(body, otherEd.privateKey),
			'x-wh-signature': wh(body),
		};
		expect(checkSignature(body, headers, { ed25519: ed.publicKey, rsa: rsa.publicKey }).ok).toBe(
			false,
		);
		const good = { 'x-ghl-signature': ghl(body), 'x-wh-signature': 'garbage' };
		expect(checkSignature(body, good, { ed25519: ed.publicKey, rsa: rsa.publicKey })).toEqual({
			ok: true,
			scheme: 'ed25519',
		});
	});
});

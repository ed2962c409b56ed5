import { generateKeyPairSync } from 'node:crypto';

import {
	HIGHLEVEL_RSA_PUBLIC_KEY,
	readPublicKey,
} from '../../../nodes/shared/appointmentEvents/keys';

const ed = generateKeyPairSync('ed25519').publicKey;
const edPem = ed.export({ type: 'spki', format: 'pem' }).toString();
const edDer = ed.export({ type: 'spki', format: 'der' });

describe('readPublicKey', () => {
	it('reads an Ed25519 key as PEM, as a PEM body without header lines, as raw 32 bytes in base64 or hex', () => {
		const raw = edDer.subarray(edDer.length - 32);
		for (const text of [
			edPem,
			`  ${edPem.replace(/\n/g, '\\n')}  `,
			edDer.toString('base64'),
			raw.toString('base64'),
			raw.toString('hex'),
		]) {
			const read = readPublicKey(text, 'ed25519');
			expect('key' in read && read.key.equals(ed)).toBe(true);
		}
	});

	it("reads HighLevel's published RSA key", () => {
		const read = readPublicKey(HIGHLEVEL_RSA_PUBLIC_KEY, 'rsa');
		expect('key' in read && read.key.asymmetricKeyType).toBe('rsa');
	});

	it('says what is wrong with an empty, unreadable or wrong-type key', () => {
		expect(readPublicKey('  ', 'ed25519')).toEqual({ problem: 'is empty; paste the public key' });
		expect(readPublicKey('hello', 'ed25519')).toEqual({
			problem: expect.stringContaining('is not an Ed25519 public key'),
		});
		expect(readPublicKey(HIGHLEVEL_RSA_PUBLIC_KEY, 'ed25519')).toEqual({
			problem: 'is a rsa key; expected an Ed25519 public key',
		});
		expect(readPublicKey(edPem, 'rsa')).toEqual({
			problem: 'is a ed25519 key; expected an RSA public key',
		});
	});
});

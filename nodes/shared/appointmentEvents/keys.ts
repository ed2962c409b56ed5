import { type KeyObject, createPublicKey } from 'crypto';

/**
 * HighLevel's RSA public key for the legacy `x-wh-signature` header, as printed in its Webhook
 * Authentication Guide (docs/oauth/WebhookAuthentication.md). The header is deprecated since
 * 2026-07-01; the key stays the default of the opt-in legacy check.
 */
export const HIGHLEVEL_RSA_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function pem(base64: string): string {
	const lines = base64.match(/.{1,64}/g) ?? [];
	return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----`;
}

/**
 * Reads a public key as people paste it: PEM, the base64 body of a PEM without its header lines, or
 * (Ed25519 only) the raw 32-byte key in base64 or hex. Otherwise says what was expected; the caller
 * names the setting.
 */
export function readPublicKey(
	text: string,
	type: 'ed25519' | 'rsa',
): { key: KeyObject } | { problem: string } {
	const trimmed = text.trim().replace(/\\n/g, '\n');
	if (trimmed === '') return { problem: 'is empty; paste the public key' };
	let key: KeyObject;
	try {
		if (trimmed.includes('-----BEGIN')) {
			key = createPublicKey(trimmed);
		} else {
			const compact = trimmed.replace(/\s+/g, '');
			const bytes = /^[0-9a-fA-F]{64}$/.test(compact)
				? Buffer.from(compact, 'hex')
				: Buffer.from(compact, 'base64');
			const der =
				type === 'ed25519' && bytes.length === 32
					? Buffer.concat([ED25519_SPKI_PREFIX, bytes])
					: bytes;
			key = createPublicKey(pem(der.toString('base64')));
		}
	} catch {
		return {
			problem:
				type === 'ed25519'
					? 'is not an Ed25519 public key; paste it as PEM (-----BEGIN PUBLIC KEY-----…) or as the base64 of its 32 bytes'
					: 'is not an RSA public key; paste it as PEM (-----BEGIN PUBLIC KEY-----…)',
		};
	}
	if (key.asymmetricKeyType !== type) {
		return {
			problem: `is a ${key.asymmetricKeyType ?? 'different'} key; expected an ${type === 'ed25519' ? 'Ed25519' : 'RSA'} public key`,
		};
	}
	return { key };
}

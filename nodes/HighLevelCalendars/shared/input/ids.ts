import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { FieldError, requireId } from './fields';

/** A resource locator value ({ __rl, mode, value }) or a plain ID. */
export function extractId(value: unknown): unknown {
	if (value && typeof value === 'object' && '__rl' in value) return (value as IDataObject).value;
	return value;
}

/**
 * The ID a picker inside a collection or builder holds, as n8n extracts it for top-level pickers
 * (`extractValue`), which the routing engine does not do for nested ones: a URL mode gives the ID its
 * regex captures (a booking URL its calendar ID); a URL it cannot read fails under `field` with the
 * mode's own message. Other values are returned as extractId gives them, for requireId to check.
 */
export function extractLocatorId(
	field: string,
	property: INodeProperties,
	value: unknown,
): unknown {
	if (!value || typeof value !== 'object' || !('__rl' in value)) return value;
	const { mode, value: inner } = value as IDataObject;
	const modeProperty = property.modes?.find((candidate) => candidate.name === mode);
	const regex = modeProperty?.extractValue?.regex;
	if (regex === undefined || typeof inner !== 'string' || inner.trim() === '') return inner;
	const match = new RegExp(regex).exec(inner);
	if (!match) {
		const validation = modeProperty?.validation?.[0] as
			{ properties?: { errorMessage?: string } } | undefined;
		const message = validation?.properties?.errorMessage ?? `not a ${modeProperty?.displayName}`;
		throw new FieldError(field, `"${inner}": ${message}`);
	}
	return match[1];
}

/**
 * The ID held by a top-level ID parameter (a picker or a text field), checked and labelled with the
 * parameter's own displayName, so errors name the field the user sees.
 */
export function readId(
	context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>,
	parameter: INodeProperties,
): string {
	const value = context.getNodeParameter(parameter.name, undefined, { extractValue: true });
	return requireId(parameter.displayName, extractId(value));
}

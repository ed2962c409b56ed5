import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { requireId } from './fields';

/** A resource locator value ({ __rl, mode, value }) or a plain ID. */
export function extractId(value: unknown): unknown {
	if (value && typeof value === 'object' && '__rl' in value) return (value as IDataObject).value;
	return value;
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

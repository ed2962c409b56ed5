import type { INodeProperties } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';

/**
 * One operation checked against the official OpenAPI documents (`test/<resource>/contract.ts`,
 * read by `test/spec/contract.test.ts`).
 *
 * - `body`: the request body schema (a component of `file`, calendars.json by default). Every
 *   documented, non-deprecated, writable property must be reachable from `fields`, the node sends
 *   none it does not document, and every option offered for an enum is one the spec allows.
 * - `query`: the spec operation (method and path); every documented, non-deprecated query parameter
 *   must be reachable from `fields`.
 */
export interface ContractCase {
	name: string;
	fields: () => INodeProperties[];
	body?: { schema: string; file?: string };
	query?: { method: string; path: string; file?: string };
	/** Properties the node fills by hook rather than from a field of the same name. */
	filledByHook?: string[];
	/** Option fields whose values no enum in the spec constrains, each with the reason. */
	noSpecEnum?: Record<string, string>;
}

const properties = () => new HighLevelCalendars().description.properties;

/**
 * The parameters shown for one operation, found by their displayOptions (not by name), in the editor:
 * the AI-tool variants differ from their editor twins only in label and default (test/shared/agent.test.ts).
 */
export function shownFor(resource: string, operation: string): INodeProperties[] {
	return properties().filter((property) => {
		const show = property.displayOptions?.show;
		return (
			show?.resource?.includes(resource) &&
			show?.operation?.includes(operation) &&
			show['@tool']?.[0] !== true
		);
	});
}

/** The operation's parameters outside collections. */
export function topLevel(resource: string, operation: string): INodeProperties[] {
	return shownFor(resource, operation).filter((property) => property.type !== 'collection');
}

/** The fields inside the operation's collections (its Additional/Update Fields and Options). */
export function collected(resource: string, operation: string): INodeProperties[] {
	const found = shownFor(resource, operation).filter((property) => property.type === 'collection');
	if (found.length === 0) throw new Error(`no collection shown for ${resource}: ${operation}`);
	return found.flatMap((property) => (property.options ?? []) as INodeProperties[]);
}

/** Everything the operation shows, its collections' fields included. */
export function allFields(resource: string, operation: string): INodeProperties[] {
	return shownFor(resource, operation).flatMap((property) =>
		property.type === 'collection' ? ((property.options ?? []) as INodeProperties[]) : [property],
	);
}

import type { IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toolVariantOf } from './agent';

/**
 * How operations become the node's properties. An operation file declares its option (name, value,
 * action, description, routing with hooks) and the parameters it shows, in the order it shows them,
 * whether its own or shared with other operations. The node defines each parameter object once, with
 * a show-list built from every operation that declared it: the routing engine evaluates a parameter
 * once per definition of its name for every item (twice per walk, see N8N-NOTES.md), so a parameter
 * several operations show must be one definition, not a copy per operation.
 */

export interface Operation {
	resource: string;
	/** The entry of the resource's Operation list. */
	option: INodePropertyOptions & { action: string; value: string };
	/** The parameters shown for this operation, in display order (own and shared alike). */
	parameters: INodeProperties[];
}

export interface Resource {
	name: string;
	value: string;
	operations: Operation[];
	/** The operation selected when the resource is chosen. */
	defaultOperation: string;
}

/** n8n's value for the Custom API Call option (CUSTOM_API_CALL_KEY of its CLI and editor). */
export const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/**
 * n8n adds a "Custom API Call" option to every Operation list of a node whose credential it can lend
 * to the HTTP Request node, unless the list already ends with one; the editor then hides the other
 * parameters and points to the HTTP Request node. Ours has an action, so the node is named "Make a
 * custom API call" instead of "__CUSTOM_API_CALL__ appointment", and running it says what to do.
 */
export const customApiCallOption: INodePropertyOptions & { action: string } = {
	name: 'Custom API Call',
	value: CUSTOM_API_CALL,
	action: 'Make a custom API call',
	description: 'Call any HighLevel endpoint with an HTTP Request node and this credential',
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions) {
					throw new NodeOperationError(
						this.getNode(),
						'Custom API Call is made with an HTTP Request node: set its Authentication to "Predefined Credential Type" and choose this node\'s HighLevel Calendars credential',
					);
				},
			],
		},
	},
};

/** The Custom API Call entry of the Resource list, with Custom API Call as its one operation. */
export const customApiCallResource: Resource = {
	name: 'Custom API Call',
	value: CUSTOM_API_CALL,
	operations: [],
	defaultOperation: CUSTOM_API_CALL,
};

/**
 * The Operation property of a resource: lists its operations, sorted by name as n8n's lint asks,
 * and Custom API Call last (where n8n looks for it).
 */
export function operationProperty({
	value,
	operations,
	defaultOperation,
}: Resource): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [value] } },
		options: [
			...operations
				.map((operation) => operation.option)
				.sort((a, b) => a.name.localeCompare(b.name)),
			customApiCallOption,
		],
		default: defaultOperation,
	};
}

type Pair = { resource: string; operation: string };

/**
 * Splits a set of (resource, operation) pairs into groups that one `displayOptions.show` can express:
 * show ANDs its keys and ORs a key's values, so one definition covers resources × operations. Resources
 * that show the parameter for the same operations share a group. Given the node's `existing` pairs,
 * one group covers all when the resources × operations it adds are no operation of the node (Return
 * All of calendar: getAll and appointment: getAll, getAllForContact is one definition).
 */
export function showGroups(
	pairs: Pair[],
	existing?: Pair[],
): Array<{ resource: string[]; operation: string[] }> {
	const resources = [...new Set(pairs.map((pair) => pair.resource))];
	const operations = [...new Set(pairs.map((pair) => pair.operation))];
	const key = ({ resource, operation }: Pair) => `${resource}:${operation}`;
	const used = new Set(pairs.map(key));
	if (
		existing &&
		pairs.length &&
		existing.every(
			(pair) =>
				used.has(key(pair)) ||
				!resources.includes(pair.resource) ||
				!operations.includes(pair.operation),
		)
	) {
		return [{ resource: resources, operation: operations }];
	}
	const byResource = new Map<string, string[]>();
	for (const { resource, operation } of pairs) {
		const operations = byResource.get(resource) ?? [];
		if (!operations.includes(operation)) operations.push(operation);
		byResource.set(resource, operations);
	}
	const groups = new Map<string, { resource: string[]; operation: string[] }>();
	for (const [resource, operations] of byResource) {
		const key = [...operations].sort().join(',');
		const group = groups.get(key) ?? { resource: [], operation: operations };
		group.resource.push(resource);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/**
 * Orders parameters so that every operation sees its own in the order it declared them (n8n shows
 * parameters in array order), keeping first appearance otherwise. Throws on contradicting orders.
 */
export function displayOrder(lists: INodeProperties[][]): INodeProperties[] {
	const seen: INodeProperties[] = [];
	const before = new Map<INodeProperties, Set<INodeProperties>>();
	for (const list of lists) {
		list.forEach((parameter, index) => {
			if (!seen.includes(parameter)) seen.push(parameter);
			const predecessors = before.get(parameter) ?? new Set<INodeProperties>();
			for (const earlier of list.slice(0, index)) predecessors.add(earlier);
			before.set(parameter, predecessors);
		});
	}
	const ordered: INodeProperties[] = [];
	const pending = [...seen];
	while (pending.length) {
		const next = pending.findIndex((parameter) =>
			[...(before.get(parameter) ?? [])].every((earlier) => ordered.includes(earlier)),
		);
		if (next === -1) {
			throw new Error(
				`Operations declare contradicting orders for: ${pending.map((p) => p.name).join(', ')}`,
			);
		}
		ordered.push(...pending.splice(next, 1));
	}
	return ordered;
}

/**
 * The properties of all resources: each resource's Operation property, then every parameter once per
 * show group, with the group's resources and operations added to its own displayOptions.
 */
export function resourceProperties(resources: Resource[]): INodeProperties[] {
	const operations = resources.flatMap((resource) => resource.operations);
	const existing = operations.map(({ resource, option }) => ({
		resource,
		operation: option.value,
	}));
	const users = new Map<INodeProperties, Pair[]>();
	for (const { resource, option, parameters } of operations) {
		for (const parameter of parameters) {
			users.set(parameter, [
				...(users.get(parameter) ?? []),
				{ resource, operation: option.value },
			]);
		}
	}
	const shownFor = (
		parameter: INodeProperties,
		group: { resource: string[]; operation: string[] },
		tool?: boolean,
	): INodeProperties => ({
		...parameter,
		displayOptions: {
			...parameter.displayOptions,
			show: {
				...parameter.displayOptions?.show,
				...group,
				...(tool === undefined ? {} : { '@tool': [tool] }),
			},
		},
	});
	const parameters = displayOrder(operations.map((operation) => operation.parameters)).flatMap(
		(parameter) =>
			showGroups(users.get(parameter) ?? [], existing).flatMap((group) => {
				const variant = toolVariantOf(parameter);
				return variant
					? [shownFor(parameter, group, false), shownFor(variant, group, true)]
					: [shownFor(parameter, group)];
			}),
	);
	return [...resources.map(operationProperty), ...parameters];
}

import type {
	DeclarativeRestApiSettings,
	IDataObject,
	INode,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeHelpers, deepCopy } from 'n8n-workflow';

import type { ItemParameters } from './parameters';
import { mergeInto, setPath } from './objects';

/**
 * An item's request built from the operation's definitions, the way n8n-core's RoutingNode builds it
 * (routing-node.js: runNode's loop, getRequestOptionsFromParameters, mergeOptions): requestDefaults,
 * then every shown property's routing in the order of the node's properties (options, collections),
 * so the preSend and postReceive hooks come in the same order. Only routing without expressions is
 * compiled (routingIsStatic checks it), which makes each parameter's value the one thing read per item.
 */

export type RequestData = DeclarativeRestApiSettings.ResultOptions;

type Property = INodeProperties | INodePropertyOptions;

function emptyRequest(): RequestData {
	return {
		options: { qs: {}, body: {}, headers: {} },
		preSend: [],
		postReceive: [],
		requestOperations: {},
	} as RequestData;
}

function mergeOptions(destination: RequestData, source: RequestData | undefined): void {
	if (!source) return;
	destination.paginate = destination.paginate ?? source.paginate;
	destination.maxResults = source.maxResults ? source.maxResults : destination.maxResults;
	mergeInto(destination.options as IDataObject, source.options as IDataObject);
	destination.preSend.push(...source.preSend);
	destination.postReceive.push(...source.postReceive);
	if (source.requestOperations && destination.requestOperations) {
		destination.requestOperations = Object.assign(
			destination.requestOperations,
			source.requestOperations,
		);
	}
}

/** What is fixed for a whole execution: which definitions are shown (they depend on raw values only). */
export class RequestPlan {
	private readonly shown = new WeakMap<object, boolean>();

	constructor(
		readonly node: INode,
		readonly description: INodeTypeDescription,
	) {}

	isShown(property: Property): boolean {
		let shown = this.shown.get(property);
		if (shown === undefined) {
			shown = NodeHelpers.displayParameter(
				this.node.parameters,
				property,
				this.node,
				this.description,
				this.node.parameters,
			);
			this.shown.set(property, shown);
		}
		return shown;
	}

	/** requestDefaults and every property's routing for one item (RoutingNode.runNode's loop). */
	build(parameters: ItemParameters): RequestData {
		const requestData = emptyRequest();
		const { requestOperations, requestDefaults } = this.description;
		if (requestOperations) requestData.requestOperations = { ...requestOperations };
		for (const [key, value] of Object.entries(requestDefaults ?? {})) {
			(requestData.options as IDataObject)[key] = copy(value);
		}
		for (const property of this.description.properties) {
			// RoutingNode's first pass: every parameter the node holds is evaluated, whether routed or not.
			if (property.name in this.node.parameters) parameters.firstPass(property.name);
			mergeOptions(requestData, this.fromProperty(parameters, property, ''));
		}
		return requestData;
	}

	private fromProperty(
		parameters: ItemParameters,
		property: Property,
		path: string,
	): RequestData | undefined {
		const result = emptyRequest();
		const basePath = path ? `${path}.` : '';
		if (!this.isShown(property)) return undefined;
		const { routing } = property;
		if (routing) {
			let parameterValue: unknown;
			if ('type' in property) {
				const extractValue =
					property.extractValue !== undefined || property.type === 'resourceLocator';
				parameterValue = parameters.get(basePath + property.name, undefined, { extractValue });
			}
			if (routing.operations) result.requestOperations = { ...routing.operations };
			for (const [key, value] of Object.entries(routing.request ?? {})) {
				(result.options as IDataObject)[key] = copy(value);
			}
			const { send, output } = routing;
			if (send) {
				if (send.property !== undefined) {
					const value = send.value ? send.value : parameterValue;
					const target = (
						send.type === 'body' ? result.options.body : result.options.qs
					) as IDataObject;
					if (send.propertyInDotNotation === false) target[send.property] = value as never;
					else setPath(target, send.property, value);
				}
				if (send.paginate !== undefined) result.paginate = !!send.paginate;
				if (send.preSend) result.preSend.push(...send.preSend);
			}
			if (output) {
				if (output.maxResults !== undefined) result.maxResults = output.maxResults;
				if (output.postReceive?.length) {
					result.postReceive.push({
						data: { parameterValue },
						actions: output.postReceive,
					} as never);
				}
			}
		}
		if (!('options' in property) || !property.options) return result;
		const own = property as INodeProperties;
		if (own.type === 'options') {
			const chosen = NodeHelpers.getParameterValueByPath(
				this.node.parameters,
				own.name,
				basePath.slice(0, -1),
			);
			const selected = (own.options as INodePropertyOptions[]).filter(
				(option) => option.value === chosen,
			);
			if (selected.length) {
				mergeOptions(result, this.fromProperty(parameters, selected[0], `${basePath}${own.name}`));
			}
		} else if (own.type === 'collection') {
			const value = NodeHelpers.getParameterValueByPath(
				this.node.parameters,
				own.name,
				basePath.slice(0, -1),
			) as IDataObject;
			for (const option of own.options as INodeProperties[]) {
				if (Object.keys(value).includes(option.name) && option.type !== undefined) {
					mergeOptions(result, this.fromProperty(parameters, option, `${basePath}${own.name}`));
				}
			}
		}
		// A fixedCollection holds no routing here (routingIsStatic): RoutingNode's walk through it adds nothing.
		return result;
	}
}

function copy<T>(value: T): T {
	return value !== null && typeof value === 'object' ? deepCopy(value) : value;
}

/**
 * Whether every routing of the node can be compiled: no `=` expression anywhere in requestDefaults or
 * a routing (RoutingNode would evaluate those per item with $value, $credentials …), postReceive and
 * pagination as functions only, and no routing inside a fixedCollection. Returns what stands in the
 * way; test/shared/direct/request.test.ts holds the node to none.
 */
export function routingIsStatic(description: INodeTypeDescription): string[] {
	const problems: string[] = [];
	const hasExpression = (value: unknown): boolean =>
		typeof value === 'string'
			? value.startsWith('=')
			: value !== null && typeof value === 'object'
				? Object.values(value).some(hasExpression)
				: false;
	if (hasExpression(description.requestDefaults)) problems.push('requestDefaults');
	if (
		description.requestOperations?.pagination &&
		typeof description.requestOperations.pagination !== 'function'
	) {
		problems.push('requestOperations.pagination');
	}
	const walk = (property: Property, path: string, inFixed: boolean) => {
		const where = `${path}${property.name}`;
		const { routing } = property;
		if (routing) {
			if (inFixed) problems.push(`${where}: routing inside a fixedCollection`);
			const { request, send, output, operations } = routing;
			if (hasExpression(request)) problems.push(`${where}: routing.request`);
			if (send && hasExpression({ ...send, preSend: undefined })) {
				problems.push(`${where}: routing.send`);
			}
			if (output?.maxResults !== undefined && hasExpression(output.maxResults)) {
				problems.push(`${where}: routing.output.maxResults`);
			}
			if (output?.postReceive?.some((action) => typeof action !== 'function')) {
				problems.push(`${where}: a declarative postReceive`);
			}
			if (operations?.pagination && typeof operations.pagination !== 'function') {
				problems.push(`${where}: declarative pagination`);
			}
		}
		const own = property as INodeProperties & { values?: Property[] };
		const fixed = inFixed || own.type === 'fixedCollection';
		for (const child of [...((own.options as Property[]) ?? []), ...(own.values ?? [])]) {
			if (child && typeof child === 'object') walk(child, `${where}.`, fixed);
		}
	};
	for (const property of description.properties) walk(property, '', false);
	return problems;
}

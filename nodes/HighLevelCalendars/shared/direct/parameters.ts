import type {
	IDataObject,
	IExecuteFunctions,
	IGetNodeParameterOptions,
	INode,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeHelpers, deepCopy } from 'n8n-workflow';

import { passOn } from '../transport/errors';

/**
 * One item's parameters, each top-level parameter evaluated once. n8n-core's RoutingNode evaluates a
 * parameter's value once per definition of its name and once more per routed field (getNodeParameter);
 * here the first read of a top-level name evaluates it whole (as RoutingNode's first pass does, so the
 * same expression errors surface in the same order), and every later read of it or of a path inside
 * it is taken from that value. Reads this cannot answer exactly as getNodeParameter would are passed
 * to getNodeParameter unchanged.
 */
export class ItemParameters {
	private readonly resolved = new Map<string, unknown>();

	constructor(
		private readonly context: IExecuteFunctions,
		readonly itemIndex: number,
		private readonly node: INode,
		private readonly description: INodeTypeDescription,
		private readonly cacheable: ReadonlySet<string>,
	) {}

	/** A top-level parameter's value, evaluated on the first read only. */
	top(name: string): unknown {
		if (!this.resolved.has(name)) {
			this.resolved.set(name, this.context.getNodeParameter(name, this.itemIndex));
		}
		return this.resolved.get(name);
	}

	/**
	 * RoutingNode's first pass over a top-level parameter: evaluated as a whole with n8n's expression
	 * engine directly, so an error it throws names no parameter (getNodeParameter adds the name and the
	 * raw value to the errors it passes on).
	 */
	firstPass(name: string): void {
		if (this.resolved.has(name)) return;
		try {
			this.top(name);
		} catch (error) {
			const shaped = error as { context?: Record<string, unknown>; cause?: unknown };
			if (shaped?.context?.parameter === name) delete shaped.context.parameter;
			if (shaped?.cause === this.node.parameters[name]) delete shaped.cause;
			passOn(error);
		}
	}

	/** What `getNodeParameter(path, fallback, options)` of an IExecuteSingleFunctions returns. */
	get(path: string, fallback?: unknown, options?: IGetNodeParameterOptions): unknown {
		const delegate = () =>
			this.context.getNodeParameter(path, this.itemIndex, fallback as never, options);
		const { extractValue, ...rest } = options ?? {};
		if (Object.values(rest).some((value) => value !== undefined)) return delegate();
		const parts = splitPath(path);
		const [head] = parts;
		if (!this.cacheable.has(head) || !(head in this.node.parameters)) return delegate();
		// Absent from the parameters: getNodeParameter's fallback handling (and its error) applies.
		if (getPath(this.node.parameters, parts) === undefined) return delegate();
		let value = getPath(this.top(head), parts.slice(1));
		if (extractValue) {
			const property = this.propertyAt(parts);
			if (property === undefined) return delegate();
			if (property.type === 'resourceLocator') {
				const locator = value;
				if (isLocatorValue(locator)) {
					const mode = (property.modes ?? []).find((each) => each.name === locator.mode);
					// A mode that extracts by regex validates too: left to getNodeParameter.
					if (mode?.extractValue) return delegate();
					value = locator.value;
				}
			} else if (property.type === 'filter' || 'extractValue' in property) {
				return delegate();
			}
		}
		return value !== null && typeof value === 'object' ? deepCopy(value) : value;
	}

	/** The definition a path names, found as n8n-core's extractValue finds it. */
	private propertyAt(parts: string[]): INodeProperties | undefined {
		let property: INodeProperties | INodePropertyCollection | INodePropertyOptions | undefined;
		let currentPath = '';
		const find = (name: string, options: readonly unknown[]) =>
			(options as INodeProperties[]).find(
				(each) =>
					each.name === name &&
					NodeHelpers.displayParameterPath(
						this.node.parameters,
						each,
						currentPath,
						this.node,
						this.description,
					),
			);
		for (const part of parts) {
			if (/^\d+$/.test(part)) continue;
			if (!property) property = find(part, this.description.properties);
			else if ('options' in property && property.options) {
				property = find(part, property.options);
				currentPath += `.${part}`;
			} else if ('values' in property) {
				property = find(part, property.values);
				currentPath += `.${part}`;
			} else return undefined;
			if (!property) return undefined;
		}
		return property && 'type' in property ? property : undefined;
	}
}

function isLocatorValue(value: unknown): value is { mode: string; value: unknown } {
	return value !== null && typeof value === 'object' && 'mode' in value && 'value' in value;
}

/** `a.b[2].c` → ['a', 'b', '2', 'c'] (the paths lodash's get reads). */
export function splitPath(path: string): string[] {
	return path.split(/\.|\[(\d+)\]\.?/).filter((part) => part !== undefined && part !== '');
}

function getPath(value: unknown, parts: string[]): unknown {
	let current = value;
	for (const part of parts) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[part];
	}
	return current;
}

/**
 * Top-level parameters whose reads can be answered from their evaluated value: none of their
 * definitions, at any depth, asks getNodeParameter for more than evaluation and a locator's ID
 * (type validation, resource mappers and filters are left to it).
 */
export function cacheableParameters(properties: INodeProperties[]): Set<string> {
	const unsafe = new Set<string>();
	const check = (property: unknown): boolean => {
		if (property === null || typeof property !== 'object') return true;
		const p = property as INodeProperties & { values?: unknown[] };
		if (p.validateType !== undefined || p.type === 'resourceMapper' || p.type === 'filter') {
			return false;
		}
		return [...((p.options as unknown[]) ?? []), ...(p.values ?? [])].every(check);
	};
	for (const property of properties) if (!check(property)) unsafe.add(property.name);
	return new Set(properties.map(({ name }) => name).filter((name) => !unsafe.has(name)));
}

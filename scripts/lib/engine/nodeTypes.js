// @ts-check
/**
 * The node type registry: what packages/cli/src/node-types.ts does for the engine, including
 * the `execute` n8n gives declarative nodes (RoutingNode).
 */
'use strict';

require('./logger');

const { NodeHelpers } = require('n8n-workflow');
const { DirectoryLoader, RoutingNode, UnrecognizedNodeTypeError } = require('n8n-core');

const {
	FORM_TRIGGER_TYPE,
	MANUAL_TRIGGER_TYPE,
	formTriggerNodeType,
	manualTriggerNodeType,
} = require('./builtins');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 */

/**
 * Same test as the CLI's `shouldAssignExecuteMethod`: declarative nodes have no
 * `execute`, and n8n gives them one that runs RoutingNode. (Newer CLIs also do this for
 * declarative nodes that have `methods` — e.g. loadOptions — which ours will have.)
 * @param {INodeType} nodeType
 */
function isRoutingNodeType(nodeType) {
	const isDeclarative = nodeType.description.requestDefaults !== undefined;
	return (
		!nodeType.execute &&
		!nodeType.poll &&
		!nodeType.trigger &&
		(!nodeType.webhook || isDeclarative) &&
		(!nodeType.methods || isDeclarative)
	);
}

/**
 * Wraps a declarative node type so that WorkflowExecute.executeNode runs it exactly like
 * n8n does in production: `nodeType.execute.call(executeContext)` -> RoutingNode.
 * Object.create keeps the caller's instance untouched (the CLI mutates its loaded copy).
 * @param {INodeType} nodeType
 * @returns {INodeType}
 */
function withRoutingExecute(nodeType) {
	if (!isRoutingNodeType(nodeType)) return nodeType;
	const wrapped = /** @type {INodeType} */ (Object.create(nodeType));
	// n8n's loader gives every declarative node the Request Options collection (batching, proxy,
	// timeout); without it the engine would drop such parameters as unknown.
	const description = {
		...nodeType.description,
		properties: [...nodeType.description.properties],
	};
	DirectoryLoader.applyDeclarativeNodeOptionParameters(
		/** @type {INodeType} */ (/** @type {unknown} */ ({ description })),
	);
	wrapped.description = description;
	wrapped.execute = async function () {
		// `this` is the ExecuteContext WorkflowExecute.executeNode built for this node
		const routingNode = new RoutingNode(/** @type {any} */ (this), wrapped);
		const data = await routingNode.runNode();
		return data ?? [];
	};
	return wrapped;
}

/** @implements {INodeTypes} */
class EngineNodeTypes {
	/** @param {Record<string, INodeType | IVersionedNodeType>} types keyed by full type name */
	constructor(types) {
		/** @type {Record<string, INodeType | IVersionedNodeType>} */
		this.types = {
			[MANUAL_TRIGGER_TYPE]: manualTriggerNodeType,
			[FORM_TRIGGER_TYPE]: formTriggerNodeType,
			...types,
		};
		/** @type {Map<string, INodeType>} */
		this.cache = new Map();
	}

	/** @param {string} nodeType */
	getByName(nodeType) {
		const type = this.types[nodeType];
		if (!type) throw unrecognized(nodeType);
		return type;
	}

	/**
	 * @param {string} nodeType
	 * @param {number} [version]
	 * @returns {INodeType}
	 */
	getByNameAndVersion(nodeType, version) {
		const key = `${nodeType}@${version ?? 'latest'}`;
		let resolved = this.cache.get(key);
		if (!resolved) {
			resolved = withRoutingExecute(
				NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version),
			);
			this.cache.set(key, resolved);
		}
		return resolved;
	}

	getKnownTypes() {
		/** @type {Record<string, { className: string; sourcePath: string }>} */
		const known = {};
		for (const name of Object.keys(this.types)) known[name] = { className: name, sourcePath: '' };
		return known;
	}
}

/** @param {string} fullType */
function unrecognized(fullType) {
	const dot = fullType.lastIndexOf('.');
	return new UnrecognizedNodeTypeError(fullType.slice(0, dot), fullType.slice(dot + 1));
}

/**
 * The description of one version of a node type.
 * @param {INodeType | IVersionedNodeType} nodeType
 * @param {number} version
 */
function getDescription(nodeType, version) {
	return NodeHelpers.getVersionedNodeType(nodeType, version).description;
}

module.exports = { EngineNodeTypes, isRoutingNodeType, withRoutingExecute, getDescription };

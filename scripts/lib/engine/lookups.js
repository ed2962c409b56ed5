// @ts-check
/**
 * Editor look-ups: a node's listSearch and loadOptions methods, called as the CLI calls them.
 *
 * What n8n's CLI does for POST /rest/dynamic-node-parameters/{resource-locator-results,options}
 * (DynamicNodeParametersController + DynamicNodeParametersService): the editor sends the
 * node's current parameters and credentials; the CLI builds a one-node Workflow around a
 * "Temp-Node", puts the parameters on `additionalData.currentNodeParameters` (which is
 * what LoadOptionsContext.getCurrentNodeParameter(s) reads) and calls the node's method
 * with a LoadOptionsContext as `this`.
 */
'use strict';

require('./logger');

const { randomUUID } = require('node:crypto');

const { ApplicationError, Workflow, deepCopy } = require('n8n-workflow');
const { LoadOptionsContext } = require('n8n-core');

const { createAdditionalData } = require('./additionalData');
const { EngineCredentialsHelper, credentialEntries, credentialsByType } = require('./credentials');
const { EngineNodeTypes, getDescription } = require('./nodeTypes');

/**
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeListSearchResult} INodeListSearchResult
 * @typedef {import('n8n-workflow').INodeProperties} INodeProperties
 * @typedef {import('n8n-workflow').INodePropertyCollection} INodePropertyCollection
 * @typedef {import('n8n-workflow').INodePropertyOptions} INodePropertyOptions
 * @typedef {import('n8n-workflow').INodeTypeDescription} INodeTypeDescription
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowSettings} IWorkflowSettings
 */

/** The name the CLI gives the node it builds for a look-up. */
const LOOKUP_NODE_NAME = 'Temp-Node';

/**
 * The `path` the editor sends with a look-up: where the parameter that uses the method sits,
 * e.g. `parameters.calendarId` or `parameters.additionalFields.meetingLocationId`.
 * LoadOptionsContext only uses it to resolve `&sibling` parameter paths. First match wins.
 * @param {INodeTypeDescription['properties']} properties
 * @param {'listSearch' | 'loadOptions'} kind
 * @param {string} methodName
 * @param {string} [prefix]
 * @returns {string | undefined}
 */
function findParameterPath(properties, kind, methodName, prefix = 'parameters') {
	for (const property of properties) {
		const here = `${prefix}.${property.name}`;
		const uses =
			kind === 'loadOptions'
				? property.typeOptions?.loadOptionsMethod === methodName
				: property.type === 'resourceLocator' &&
					(property.modes ?? []).some((mode) => mode.typeOptions?.searchListMethod === methodName);
		if (uses) return here;
		if (property.type === 'collection' && Array.isArray(property.options)) {
			const inner = findParameterPath(
				/** @type {INodeProperties[]} */ (property.options),
				kind,
				methodName,
				property.typeOptions?.multipleValues ? `${here}[0]` : here,
			);
			if (inner) return inner;
		}
		if (property.type === 'fixedCollection' && Array.isArray(property.options)) {
			for (const option of /** @type {INodePropertyCollection[]} */ (property.options)) {
				const base = `${here}.${option.name}${property.typeOptions?.multipleValues ? '[0]' : ''}`;
				const inner = findParameterPath(option.values ?? [], kind, methodName, base);
				if (inner) return inner;
			}
		}
	}
	return undefined;
}

/**
 * Builds the look-up context the CLI builds: a Workflow holding only the node (defaults
 * filled in by the Workflow constructor), additionalData with `currentNodeParameters`, and a
 * LoadOptionsContext (mode 'internal').
 * @param {import('../engine').LookupOptions} opts
 * @param {'listSearch' | 'loadOptions'} kind
 */
function prepareLookup(opts, kind) {
	const typeVersion = opts.typeVersion ?? 1;
	const description = getDescription(opts.nodeType, typeVersion);
	const nodeTypeName = opts.nodeTypeName ?? `CUSTOM.${description.name}`;
	const { stored, references } = credentialEntries(opts.credentials);
	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? [], stored);
	credentialsHelper.onUpdate = opts.onCredentialsUpdated;

	const nodeTypes = new EngineNodeTypes({ [nodeTypeName]: opts.nodeType });
	const resolvedType = nodeTypes.getByNameAndVersion(nodeTypeName, typeVersion);
	const method = /** @type {Function | undefined} */ (
		resolvedType.methods?.[kind]?.[opts.methodName]
	);
	if (typeof method !== 'function') {
		// the CLI answers this with UnexpectedError('Node type does not have method defined')
		throw new ApplicationError(
			`Node type "${nodeTypeName}" has no ${kind} method "${opts.methodName}"`,
			{
				extra: { methodName: opts.methodName },
			},
		);
	}

	/** @type {INode} */
	const node = {
		id: randomUUID(),
		name: LOOKUP_NODE_NAME,
		type: nodeTypeName,
		typeVersion,
		position: [0, 0],
		parameters: deepCopy(opts.parameters ?? {}),
		credentials: references,
	};
	/** @type {IWorkflowSettings} */
	const settings = { timezone: opts.timezone ?? 'America/New_York', executionOrder: 'v1' };
	const workflow = new Workflow({
		id: 'engine-lookup',
		name: `${kind}: ${opts.methodName}`,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings,
	});
	const workflowNode = /** @type {INode} */ (workflow.getNode(LOOKUP_NODE_NAME));
	const workflowData = /** @type {IWorkflowBase} */ ({
		id: workflow.id,
		name: workflow.name,
		active: false,
		isArchived: false,
		nodes: [workflowNode],
		connections: {},
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	const additionalData = createAdditionalData({
		credentialsHelper,
		mode: 'internal',
		workflowData,
		workflowSettings: settings,
	});
	// The editor sends its in-memory node parameters, which hold the defaults of every shown
	// parameter: the same as the Workflow constructor produced for the node.
	additionalData.currentNodeParameters = deepCopy(
		opts.currentNodeParameters ?? workflowNode.parameters,
	);

	const path =
		opts.path ??
		findParameterPath(description.properties, kind, opts.methodName) ??
		`parameters.${opts.methodName}`;
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, path);

	const credentialsAfter = () => credentialsByType(credentialsHelper);
	return { method, context, node: workflowNode, credentialsHelper, credentialsAfter };
}

/**
 * Calls `nodeType.methods.listSearch[methodName]` the way the editor's resource locator
 * does ("From list" mode, with search text and "load more"). A thrown error is returned
 * as `error`; an unknown method name rejects.
 * @param {import('../engine').RunListSearchOptions} opts
 * @returns {Promise<import('../engine').RunListSearchResult>}
 */
async function runListSearch(opts) {
	const { method, context, node, credentialsHelper, credentialsAfter } = prepareLookup(
		opts,
		'listSearch',
	);
	const base = () => ({
		node,
		credentialsAfter: credentialsAfter(),
		credentialUpdates: credentialsHelper.updates,
	});
	// n8n 2.11's ResourceLocatorRequestDto: `filter` and `paginationToken` are optional strings.
	// The editor sends back the token of the previous answer as it got it, so a node that
	// hands out a number gets a 400 ("Expected string, received number") on "load more".
	for (const [field, value] of /** @type {const} */ ([
		['filter', opts.filter],
		['paginationToken', opts.paginationToken],
	])) {
		if (value !== undefined && typeof value !== 'string') {
			const error = new ApplicationError(
				`Expected string, received ${value === null ? 'null' : typeof value}`,
				{
					extra: { path: [field], value },
				},
			);
			return { error: /** @type {any} */ (error), ...base() };
		}
	}
	try {
		const result = /** @type {INodeListSearchResult} */ (
			await method.call(
				context,
				opts.filter,
				/** @type {string | undefined} */ (opts.paginationToken),
			)
		);
		return { result, ...base() };
	} catch (error) {
		return { error, ...base() };
	}
}

/**
 * Calls `nodeType.methods.loadOptions[methodName]` the way the editor does for an
 * `options`/`multiOptions` parameter with `loadOptionsMethod`.
 * @param {import('../engine').RunLoadOptionsOptions} opts
 * @returns {Promise<import('../engine').RunLoadOptionsResult>}
 */
async function runLoadOptions(opts) {
	const { method, context, node, credentialsHelper, credentialsAfter } = prepareLookup(
		opts,
		'loadOptions',
	);
	const base = () => ({
		node,
		credentialsAfter: credentialsAfter(),
		credentialUpdates: credentialsHelper.updates,
	});
	try {
		const options = /** @type {INodePropertyOptions[]} */ (await method.call(context));
		return { options, ...base() };
	} catch (error) {
		return { error, ...base() };
	}
}

module.exports = { runListSearch, runLoadOptions, findParameterPath };

// @ts-check
/**
 * runNode: one node, run as if right after a Manual Trigger, through n8n-core's ExecuteContext
 * (and RoutingNode for declarative nodes).
 */
'use strict';

require('./logger');

const { randomUUID } = require('node:crypto');

const {
	ApplicationError,
	Node,
	NodeConnectionTypes,
	Workflow,
	createRunExecutionData,
	deepCopy,
} = require('n8n-workflow');
const { ExecuteContext } = require('n8n-core');

const { createAdditionalData } = require('./additionalData');
const { MANUAL_TRIGGER_NAME, MANUAL_TRIGGER_TYPE } = require('./builtins');
const { EngineCredentialsHelper, credentialEntries, credentialsByType } = require('./credentials');
const { EngineNodeTypes, getDescription } = require('./nodeTypes');

/**
 * @typedef {import('n8n-workflow').IConnections} IConnections
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').ITaskData} ITaskData
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowSettings} IWorkflowSettings
 */

/**
 * Executes one node the way WorkflowExecute.runNode/executeNode would if it sat right
 * after a Manual Trigger that produced `items`: the trigger's output is in runData and is
 * the node's `source`, so `$json`, `$input`, `$('When clicking…')` and paired items behave
 * as in a real run. The node's raw return value is given back — without WorkflowExecute's
 * post-processing (pairedItem auto-assignment, error items' json rewritten to
 * `{ error: message }`); use runWorkflow to see that.
 *
 * @param {import('../engine').RunNodeOptions} opts
 * @returns {Promise<import('../engine').RunNodeResult>}
 */
async function runNode(opts) {
	const typeVersion = opts.typeVersion ?? 1;
	const description = getDescription(opts.nodeType, typeVersion);
	const nodeTypeName = opts.nodeTypeName ?? `CUSTOM.${description.name}`;
	const nodeName = opts.nodeName ?? String(description.defaults?.name ?? description.displayName);
	const mode = opts.mode ?? 'manual';
	const timezone = opts.timezone ?? 'America/New_York';
	const items = deepCopy(opts.items ?? [{ json: {} }]);

	const { stored, references } = credentialEntries(opts.credentials);
	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? [], stored);
	credentialsHelper.onUpdate = opts.onCredentialsUpdated;
	opts.onCredentialsHelper?.(credentialsHelper);

	/** @type {INode} */
	const node = {
		id: randomUUID(),
		name: nodeName,
		type: nodeTypeName,
		typeVersion,
		position: [220, 0],
		// the Workflow constructor writes parameter defaults into this object
		parameters: deepCopy(opts.parameters ?? {}),
		credentials: references,
	};
	if (opts.onError) {
		node.onError = opts.onError;
	} else if (opts.continueOnFail) {
		// what the editor stores for "On Error: Continue" since n8n 1.0;
		// BaseExecuteContext.continueOnFail() reads `onError` first, legacy `continueOnFail` second
		node.onError = 'continueRegularOutput';
	}
	/** @type {INode} */
	const triggerNode = {
		id: randomUUID(),
		name: MANUAL_TRIGGER_NAME,
		type: MANUAL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};

	const nodeTypes = new EngineNodeTypes({ [nodeTypeName]: opts.nodeType });
	/** @type {IConnections} */
	const connections = {
		[MANUAL_TRIGGER_NAME]: {
			main: [[{ node: nodeName, type: NodeConnectionTypes.Main, index: 0 }]],
		},
	};
	/** @type {IWorkflowSettings} */
	const settings = { timezone, executionOrder: 'v1' };
	const workflowData = /** @type {IWorkflowBase} */ ({
		id: 'engine-run-node',
		name: `runNode: ${nodeName}`,
		active: false,
		isArchived: false,
		nodes: [triggerNode, node],
		connections,
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [triggerNode, node],
		connections,
		active: false,
		nodeTypes,
		settings,
		staticData: opts.staticData,
	});
	const additionalData = createAdditionalData({
		credentialsHelper,
		mode,
		workflowData,
		workflowSettings: settings,
	});

	const credentialsAfter = () => credentialsByType(credentialsHelper);
	const baseResult = () => ({
		node: /** @type {INode} */ (workflow.getNode(nodeName)),
		credentialsAfter: credentialsAfter(),
		credentialUpdates: credentialsHelper.updates,
	});

	/** @type {ITaskData} */
	const triggerTask = {
		startTime: Date.now(),
		executionTime: 0,
		executionIndex: 0,
		source: [],
		executionStatus: 'success',
		data: { main: [items] },
	};
	const runExecutionData = createRunExecutionData({
		resultData: {
			runData: { [MANUAL_TRIGGER_NAME]: [triggerTask] },
			lastNodeExecuted: MANUAL_TRIGGER_NAME,
		},
		executionData: { nodeExecutionStack: [] },
	});
	const executeNode = /** @type {INode} */ (workflow.getNode(nodeName));
	/** @type {IExecuteData} */
	const executeData = {
		node: executeNode,
		data: { main: [items] },
		source: {
			main: [{ previousNode: MANUAL_TRIGGER_NAME, previousNodeOutput: 0, previousNodeRun: 0 }],
		},
	};
	// WorkflowExecute.prepareConnectionInputData: a node without input items is not run
	if (items.length === 0) return { items: null, hints: [], ...baseResult() };

	const resolvedType = nodeTypes.getByNameAndVersion(nodeTypeName, typeVersion);
	if (!resolvedType.execute) {
		throw new ApplicationError(
			`runNode only runs declarative or programmatic nodes; "${nodeTypeName}" is neither`,
		);
	}

	// Same construction as WorkflowExecute.executeNode in n8n-core 2.11.1
	/** @type {Array<() => Promise<void>>} */
	const closeFunctions = [];
	const abortController = new AbortController();
	const context = new ExecuteContext(
		workflow,
		executeNode,
		additionalData,
		mode,
		runExecutionData,
		0, // runIndex
		items, // connectionInputData
		executeData.data,
		executeData,
		closeFunctions,
		abortController.signal,
	);
	try {
		// new-style class nodes get the context as an argument, classic ones as `this`
		const execute = /** @type {any} */ (resolvedType.execute);
		const data = /** @type {INodeExecutionData[][] | null} */ (
			resolvedType instanceof Node
				? await execute.call(resolvedType, context)
				: await execute.call(context)
		);
		for (const close of closeFunctions) await close();
		return { items: data, hints: context.hints, ...baseResult() };
	} catch (error) {
		return { items: null, error, hints: context.hints, ...baseResult() };
	}
}

module.exports = { runNode };

// @ts-check
/**
 * runWorkflow: an exported workflow, run by n8n-core's WorkflowExecute from its Manual Trigger.
 */
'use strict';

require('./logger');

const { Workflow, deepCopy } = require('n8n-workflow');
const { WorkflowExecute } = require('n8n-core');

const { createAdditionalData } = require('./additionalData');
const { MANUAL_TRIGGER_TYPE } = require('./builtins');
const { EngineCredentialsHelper } = require('./credentials');
const { EngineNodeTypes } = require('./nodeTypes');

/**
 * @typedef {import('n8n-workflow').IRun} IRun
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowSettings} IWorkflowSettings
 */

/**
 * Runs an exported workflow JSON with WorkflowExecute from its Manual Trigger (mode
 * 'manual', i.e. the editor's "Execute workflow").
 * @param {import('../engine').RunWorkflowOptions} opts
 * @returns {Promise<import('../engine').RunWorkflowResult>}
 */
async function runWorkflow(opts) {
	const workflowJson = deepCopy(opts.workflow);
	const mode = opts.mode ?? 'manual';
	/** @type {IWorkflowSettings} */
	const settings = { executionOrder: 'v1', ...(workflowJson.settings ?? {}) };
	if (!settings.timezone || settings.timezone === 'DEFAULT')
		settings.timezone = opts.timezone ?? 'America/New_York';

	const credentialsHelper = new EngineCredentialsHelper(
		opts.credentialTypes ?? [],
		opts.credentials ?? {},
	);
	credentialsHelper.onUpdate = opts.onCredentialsUpdated;
	const nodeTypes = new EngineNodeTypes(opts.nodeTypes);

	const workflowData = /** @type {IWorkflowBase} */ ({
		id: workflowJson.id ?? 'engine-workflow',
		name: workflowJson.name ?? 'Engine workflow',
		active: false,
		isArchived: false,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	const additionalData = createAdditionalData({
		credentialsHelper,
		mode,
		workflowData,
		workflowSettings: settings,
	});
	const startNode = workflowJson.nodes.find((n) => n.type === MANUAL_TRIGGER_TYPE && !n.disabled);

	/** @type {IRun} */
	let run;
	try {
		// throws UnrecognizedNodeTypeError for node types not passed in (e.g. n8n-nodes-base.set)
		const workflow = new Workflow({
			id: workflowData.id,
			name: workflowData.name,
			nodes: workflowJson.nodes,
			connections: workflowJson.connections,
			active: false,
			nodeTypes,
			settings,
			staticData: workflowJson.staticData,
			pinData: workflowJson.pinData,
		});
		run = await new WorkflowExecute(additionalData, mode).run({
			workflow,
			startNode: startNode ? (workflow.getNode(startNode.name) ?? undefined) : undefined,
			pinData: workflowJson.pinData,
		});
	} catch (error) {
		// the run never started: unknown node type, or WorkflowHasIssuesError (missing
		// required parameters, unknown credentials types) from WorkflowExecute's pre-check
		return {
			runData: {},
			lastNodeExecuted: undefined,
			lastNodeOutput: null,
			error,
			status: 'error',
			credentialsAfter: credentialsHelper.snapshot(),
			credentialUpdates: credentialsHelper.updates,
		};
	}

	const { runData, lastNodeExecuted, error } = run.data.resultData;
	const lastRun = lastNodeExecuted ? runData[lastNodeExecuted]?.at(-1) : undefined;
	return {
		runData,
		lastNodeExecuted,
		lastNodeOutput: lastRun?.data?.main ?? null,
		error,
		status: run.status,
		run,
		credentialsAfter: credentialsHelper.snapshot(),
		credentialUpdates: credentialsHelper.updates,
	};
}

module.exports = { runWorkflow };

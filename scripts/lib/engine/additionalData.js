// @ts-check
/**
 * The per-execution `additionalData` bag n8n's CLI builds for every run.
 */
'use strict';

const { engineLogger, isLogging } = require('./logger');

const { ApplicationError } = require('n8n-workflow');
const { ExecutionLifecycleHooks, ExternalSecretsProxy } = require('n8n-core');

/**
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').IWorkflowSettings} IWorkflowSettings
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('./credentials').EngineCredentialsHelper} EngineCredentialsHelper
 */

const BASE_URL = 'http://localhost:5678';
let executionCounter = 0;

/**
 * The per-execution bag the CLI builds in WorkflowExecuteAdditionalData.getBase: only
 * the fields n8n-core 2.11 reads while running a node are meaningful; features that need
 * a server (sub-workflows, task runners, stored executions) fail loudly.
 * @param {object} args
 * @param {EngineCredentialsHelper} args.credentialsHelper
 * @param {WorkflowExecuteMode} args.mode
 * @param {IWorkflowBase} args.workflowData
 * @param {IWorkflowSettings} [args.workflowSettings]
 * @returns {IWorkflowExecuteAdditionalData}
 */
function createAdditionalData({ credentialsHelper, mode, workflowData, workflowSettings }) {
	const executionId = `engine-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	if (isLogging()) {
		hooks.addHandler('nodeExecuteAfter', (nodeName, taskData) => {
			engineLogger.debug(`node "${nodeName}" finished: ${taskData.executionStatus}`);
		});
	}
	/** @param {string} feature */
	const unsupported = (feature) => async () => {
		throw new ApplicationError(`${feature} is not supported by the engine harness`);
	};
	return /** @type {IWorkflowExecuteAdditionalData} */ ({
		credentialsHelper,
		hooks,
		executionId,
		executeWorkflow: unsupported('Executing sub-workflows'),
		getRunExecutionData: async () => undefined,
		startRunnerTask: unsupported('Task runners (Code node)'),
		currentNodeExecutionIndex: 0,
		restApiUrl: `${BASE_URL}/rest`,
		instanceBaseUrl: `${BASE_URL}/`,
		formWaitingBaseUrl: `${BASE_URL}/form-waiting`,
		webhookBaseUrl: `${BASE_URL}/webhook`,
		webhookWaitingBaseUrl: `${BASE_URL}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE_URL}/webhook-test`,
		variables: {},
		externalSecretsProxy: new ExternalSecretsProxy(),
		workflowSettings: workflowSettings ?? {},
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		// console.log from nodes in manual mode ends up here
		sendDataToUI: (type, data) => engineLogger.debug(`sendDataToUI ${type}`, { data }),
	});
}

module.exports = { createAdditionalData };

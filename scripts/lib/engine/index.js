// @ts-check
/**
 * Execution harness: runs n8n nodes through n8n-core's real engine (ExecuteContext,
 * RoutingNode, WorkflowExecute, request helpers, OAuth2 refresh) instead of mocking
 * `this.helpers`. Shared by the jest tests (typed through ../engine.d.ts) and by the plain
 * Node demo and benchmark scripts, which is why this is CommonJS with JSDoc rather than TypeScript.
 *
 * What n8n's CLI normally provides (credential storage, the node-type registry, the
 * `additionalData` bag, a logger in the DI container) is stubbed here with the smallest
 * faithful equivalent; everything that actually executes a node is n8n-core's own code.
 *
 *   environment.js     the user folder n8n-core writes to (must load before n8n-core)
 *   logger.js          the logger in n8n's DI container; captureLogs() for tests
 *   builtins.js        OAuth2 API credential and Manual Trigger from n8n-nodes-base
 *   nodeTypes.js       the node type registry; RoutingNode as `execute` of declarative nodes
 *   credentials.js     the in-memory credentials helper
 *   credentialAuth.js  credential data on its way into a request (defaults, authenticate)
 *   additionalData.js  the per-execution bag
 *   runNode.js  runWorkflow.js  lookups.js  credentialTest.js   what the tests call
 */
'use strict';

require('./environment');
const { engineLogger, captureLogs } = require('./logger');

const { createAdditionalData } = require('./additionalData');
const {
	MANUAL_TRIGGER_NAME,
	MANUAL_TRIGGER_TYPE,
	OAUTH2_API_CREDENTIAL,
	manualTriggerNodeType,
} = require('./builtins');
const { testCredential } = require('./credentialTest');
const { EngineCredentialsHelper } = require('./credentials');
const { runListSearch, runLoadOptions } = require('./lookups');
const { EngineNodeTypes } = require('./nodeTypes');
const { runNode } = require('./runNode');
const { runWorkflow } = require('./runWorkflow');

module.exports = {
	runNode,
	runWorkflow,
	runListSearch,
	runLoadOptions,
	testCredential,
	EngineCredentialsHelper,
	EngineNodeTypes,
	createAdditionalData,
	manualTriggerNodeType,
	OAUTH2_API_CREDENTIAL,
	MANUAL_TRIGGER_TYPE,
	MANUAL_TRIGGER_NAME,
	engineLogger,
	captureLogs,
};

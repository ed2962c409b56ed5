// @ts-check
/**
 * Credential test ("Test" / save in the credential modal).
 *
 * What the CLI's CredentialsTester.testCredentials does (packages/cli/src/services/
 * credentials-tester.service.ts): find the test (the credential type's own `test`; else,
 * for OAuth2 types a node uses, "has an access token"; else the node's `testedBy`), apply
 * defaults to the entered data, then either call the test function with a
 * CredentialTestContext or run the test request through RoutingNode with the decrypted
 * credentials handed in directly.
 */
'use strict';

require('./logger');

const { STATUS_CODES } = require('node:http');

const { NodeConnectionTypes, Workflow, createRunExecutionData, deepCopy } = require('n8n-workflow');
const { CredentialTestContext, ExecuteContext, RoutingNode } = require('n8n-core');

const { createAdditionalData } = require('./additionalData');
const { EngineCredentialsHelper } = require('./credentials');

/**
 * @typedef {import('n8n-workflow').ICredentialsDecrypted} ICredentialsDecrypted
 * @typedef {import('n8n-workflow').ICredentialTestFunction} ICredentialTestFunction
 * @typedef {import('n8n-workflow').ICredentialTestRequest} ICredentialTestRequest
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 */

const OAUTH2_CREDENTIAL_TEST_SUCCEEDED = 'Connection Successful!';
const OAUTH2_CREDENTIAL_TEST_FAILED = 'This OAuth2 credential was not connected to an account.';

/** Stand-in for n8n-nodes-base's No Operation node, which the CLI runs a credential's own test request through. */
/** @type {INodeType} */
const noOpNodeType = {
	description: {
		displayName: 'No Operation, do nothing',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		description: 'No Operation',
		defaults: { name: 'No Operation, do nothing' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
};

/**
 * @typedef {{ nodeType?: INodeType; testRequest: ICredentialTestRequest }} CredentialTestRequestData
 */

/**
 * CredentialsTester.getCredentialTestFunction, for one node type instead of every node that
 * supports the credential.
 * @param {EngineCredentialsHelper} helper
 * @param {string} credentialType
 * @param {INodeType | IVersionedNodeType | undefined} nodeType
 * @returns {ICredentialTestFunction | CredentialTestRequestData | undefined}
 */
function findCredentialTest(helper, credentialType, nodeType) {
	const type = helper.getCredentialType(credentialType);
	if (type.test) return { testRequest: type.test };
	if (!nodeType) return undefined;

	/** @type {INodeType[]} */
	const versions =
		'nodeVersions' in nodeType
			? Object.values(nodeType.nodeVersions)
			: [/** @type {INodeType} */ (nodeType)];
	const isOAuth2 =
		credentialType === 'oAuth2Api' || helper.getParentTypes(credentialType).includes('oAuth2Api');
	for (const version of versions) {
		for (const { name, testedBy } of version.description.credentials ?? []) {
			if (name !== credentialType) continue;
			if (isOAuth2) {
				/** @type {ICredentialTestFunction} */
				const oauth2CredentialTest = async (credentials) => {
					const tokenData = credentials?.data?.oauthTokenData;
					const connected =
						tokenData !== null &&
						typeof tokenData === 'object' &&
						!Array.isArray(tokenData) &&
						'access_token' in tokenData;
					return connected
						? { status: 'OK', message: OAUTH2_CREDENTIAL_TEST_SUCCEEDED }
						: { status: 'Error', message: OAUTH2_CREDENTIAL_TEST_FAILED };
				};
				return oauth2CredentialTest;
			}
			if (!testedBy) continue;
			if (typeof testedBy === 'string') {
				// a function in methods.credentialTest; versioned nodes: the newest version that has it
				const newestFirst = [...versions].reverse();
				for (const candidate of newestFirst) {
					const test = candidate.methods?.credentialTest?.[testedBy];
					if (test) return test;
				}
				return undefined;
			}
			return { nodeType: version, testRequest: testedBy };
		}
	}
	return undefined;
}

/**
 * @param {unknown} error
 * @returns {Error & { cause?: any; description?: string | null; httpCode?: string | null }}
 */
function asError(error) {
	return error instanceof Error ? error : new Error(String(error));
}

/**
 * Tests a credential the way n8n does when the user clicks "Retry"/saves it in the editor.
 * @param {import('../engine').TestCredentialOptions} opts
 * @returns {Promise<import('../engine').TestCredentialResult>}
 */
async function testCredential(opts) {
	const { credentialType } = opts;
	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? []);
	const found = findCredentialTest(credentialsHelper, credentialType, opts.nodeType);
	if (found === undefined) {
		return { status: 'Error', message: 'No testing function found for this credential.' };
	}

	const id = opts.id ?? `engine-${credentialType}`;
	const name = opts.name ?? `${credentialType} (engine)`;
	/** @type {ICredentialsDecrypted} */
	const credentialsDecrypted = { id, name, type: credentialType, data: deepCopy(opts.data) };
	credentialsHelper.addCredential({ id, name, type: credentialType, data: deepCopy(opts.data) });

	const mode = 'internal';
	const workflowData = /** @type {IWorkflowBase} */ ({
		id: 'engine-credential-test',
		name: 'Credential test',
		active: false,
		isArchived: false,
		nodes: /** @type {INode[]} */ ([]),
		connections: {},
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	try {
		// CredentialsHelper.applyDefaultsAndOverwrites: hidden defaults (e.g. baseUrl) are filled in
		credentialsDecrypted.data = credentialsHelper.applyDefaultsAndResolve(
			createAdditionalData({ credentialsHelper, mode, workflowData }),
			credentialsDecrypted.data ?? {},
			credentialType,
			mode,
		);
	} catch (error) {
		return { status: 'Error', message: String(asError(error).message), error: asError(error) };
	}

	if (typeof found === 'function') {
		const result = await found.call(new CredentialTestContext(), credentialsDecrypted);
		return { status: result.status, message: result.message };
	}

	// The credential's own test request runs through a copy of the node (or the No Operation
	// node) whose only property routes that request, with just this credential.
	const baseType = found.nodeType ?? noOpNodeType;
	const version = baseType.description.version;
	/** @type {INodeType} */
	const testNodeType = {
		description: {
			...baseType.description,
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: found.testRequest.request },
					default: '',
				},
			],
		},
	};
	/** @type {INode} */
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: testNodeType.description.name,
		typeVersion: Array.isArray(version) ? version[version.length - 1] : version,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType]: { id, name } },
	};
	/** @type {INodeTypes} */
	const testNodeTypes = {
		getByName: () => testNodeType,
		getByNameAndVersion: () => testNodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: testNodeTypes,
	});
	const workflowNode = /** @type {INode} */ (workflow.getNode(node.name));
	const additionalData = createAdditionalData({ credentialsHelper, mode, workflowData });
	const runExecutionData = createRunExecutionData({ resultData: { runData: {} } });
	/** @type {IExecuteData} */
	const executeData = { node: workflowNode, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		workflowNode,
		additionalData,
		mode,
		runExecutionData,
		0, // runIndex
		[], // connectionInputData
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);

	/** @type {INodeExecutionData[][] | null | undefined} */
	let response;
	try {
		response = await new RoutingNode(context, testNodeType, credentialsDecrypted).runNode();
	} catch (thrown) {
		const error = asError(thrown);
		const rules = found.testRequest.rules;
		const cause = error.cause;
		const answered = cause?.response ?? droppedResponse(error);
		if (answered) {
			const statusCode = answered.status;
			const statusMessage = answered.statusText;
			if (Array.isArray(rules)) {
				for (const rule of rules) {
					if (rule.type === 'responseCode' && rule.properties.value === statusCode) {
						return { status: 'Error', message: rule.properties.message, error };
					}
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return {
					status: 'Error',
					message: statusMessage || `Received HTTP status code: ${statusCode}`,
					error,
				};
			}
		} else if (cause?.code) {
			return { status: 'Error', message: String(cause.code), error };
		}
		return { status: 'Error', message: String(error.message), error };
	}

	for (const rule of Array.isArray(found.testRequest.rules) ? found.testRequest.rules : []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const json = response?.[0]?.[0]?.json;
		if (getPath(json, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * The HTTP answer behind a NodeApiError whose `cause` this n8n-workflow dropped. n8n 2.41's errors
 * keep the request's error (with its `response`) as `cause`, so the CLI reads the status and the
 * status text from it. n8n-workflow 2.11 (our devDependency) and 1.x declare `cause` as a class field,
 * which erases an Error cause after the constructor set it; the status survives as `httpCode`. With it
 * the rules and the "Unauthorized"/"Forbidden" fallback match what n8n 2.41 shows. (On n8n 1.x itself the
 * CLI sees no response and shows the NodeApiError's own message; `npm run e2e` checks both lines.)
 * @param {Error & { httpCode?: string | null }} error
 * @returns {{ status: number, statusText: string } | undefined}
 */
function droppedResponse(error) {
	const status = Number(error.httpCode);
	if (!Number.isInteger(status) || status < 100) return undefined;
	return { status, statusText: STATUS_CODES[status] ?? '' };
}

/**
 * lodash.get for dotted keys, as the CLI uses on `responseSuccessBody` rules.
 * @param {unknown} value
 * @param {string} key
 */
function getPath(value, key) {
	/** @type {any} */
	let current = value;
	for (const part of key.split('.')) {
		if (current === null || current === undefined) return undefined;
		current = current[part];
	}
	return current;
}

module.exports = { testCredential };

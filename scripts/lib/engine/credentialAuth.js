// @ts-check
/**
 * What happens to stored credential data on its way into a request, as in the CLI's
 * CredentialsHelper: defaults and expressions, `authenticate`, `preAuthentication`. The methods
 * of EngineCredentialsHelper with the same names call these.
 */
'use strict';

require('./logger');

const { ApplicationError, NodeHelpers, Workflow, deepCopy, isExpression } = require('n8n-workflow');
const { getAdditionalKeys } = require('n8n-core');

/**
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').ICredentialsExpressionResolveValues} ICredentialsExpressionResolveValues
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').IHttpRequestHelper} IHttpRequestHelper
 * @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions
 * @typedef {import('n8n-workflow').IRequestOptionsSimplified} IRequestOptionsSimplified
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 */

/** Placeholder node/workflow used to resolve credential expressions outside of an item
 * context, like the CLI's `mockNode` + mock node types. */
const MOCK_NODE = /** @type {INode} */ ({
	id: 'engine-credential-mock',
	name: '',
	type: 'mock',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
});
/** @type {INodeTypes} */
const mockNodeTypes = {
	getByName: () => /** @type {any} */ ({ description: { properties: [] } }),
	getByNameAndVersion: () => /** @type {any} */ ({ description: { properties: [] } }),
	getKnownTypes: () => ({}),
};

/**
 * What the CLI's applyDefaultsAndOverwrites does, minus admin overwrites: fill in
 * property defaults (this is how hidden fields such as `accessTokenUrl` or `baseUrl`
 * reach the request), drop keys the type does not declare, keep `oauthTokenData`, then
 * resolve `={{ }}` expressions stored in credential fields.
 * @param {import('./credentials').EngineCredentialsHelper} credentialsHelper
 * @param {IWorkflowExecuteAdditionalData} additionalData
 * @param {ICredentialDataDecryptedObject} original
 * @param {string} type
 * @param {WorkflowExecuteMode} mode
 * @param {IExecuteData} [executeData]
 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
 * @returns {ICredentialDataDecryptedObject}
 */
function applyDefaultsAndResolve(
	credentialsHelper,
	additionalData,
	original,
	type,
	mode,
	executeData,
	expressionResolveValues,
) {
	const properties = credentialsHelper.getCredentialsProperties(type);
	let decrypted = /** @type {ICredentialDataDecryptedObject} */ (
		NodeHelpers.getNodeParameters(
			properties,
			/** @type {INodeParameters} */ (original),
			true,
			false,
			null,
			null,
		) ?? {}
	);
	if (original.oauthTokenData !== undefined) {
		// not a declared property on child types, so getNodeParameters dropped it
		decrypted.oauthTokenData = original.oauthTokenData;
	}

	const additionalKeys = getAdditionalKeys(additionalData, mode, null, { secretsEnabled: false });
	if (expressionResolveValues) {
		try {
			decrypted = /** @type {ICredentialDataDecryptedObject} */ (
				expressionResolveValues.workflow.expression.getParameterValue(
					/** @type {INodeParameters} */ (decrypted),
					expressionResolveValues.runExecutionData,
					expressionResolveValues.runIndex,
					expressionResolveValues.itemIndex,
					expressionResolveValues.node.name,
					expressionResolveValues.connectionInputData,
					mode,
					additionalKeys,
					executeData,
					false,
					decrypted,
				)
			);
		} catch (e) {
			e.message += ' [Error resolving credentials]';
			throw e;
		}
	} else {
		const workflow = new Workflow({
			nodes: [deepCopy(MOCK_NODE)],
			connections: {},
			active: false,
			nodeTypes: mockNodeTypes,
		});
		decrypted = /** @type {ICredentialDataDecryptedObject} */ (
			workflow.expression.getComplexParameterValue(
				MOCK_NODE,
				/** @type {INodeParameters} */ (decrypted),
				mode,
				additionalKeys,
				undefined,
				undefined,
				decrypted,
			)
		);
	}
	return decrypted;
}

/**
 * Applies a credential type's `authenticate` to outgoing request options: a function is
 * called as-is; a generic description has each key and value of
 * `properties.{headers,qs,body,auth}` resolved as an expression with `$credentials`.
 * @param {import('./credentials').EngineCredentialsHelper} credentialsHelper
 * @param {ICredentialDataDecryptedObject} credentials
 * @param {string} typeName
 * @param {IHttpRequestOptions | IRequestOptionsSimplified} incomingRequestOptions
 * @param {import('n8n-workflow').Workflow} [workflow]
 * @param {INode} [node]
 * @returns {Promise<IHttpRequestOptions>}
 */
async function authenticateRequest(
	credentialsHelper,
	credentials,
	typeName,
	incomingRequestOptions,
	workflow,
	node,
) {
	const requestOptions = /** @type {any} */ (incomingRequestOptions);
	const { authenticate } = credentialsHelper.getCredentialType(typeName);
	if (!authenticate) return requestOptions;

	if (typeof authenticate === 'function') {
		return await authenticate(credentials, requestOptions);
	}
	if (authenticate.type === 'generic') {
		if (!workflow || !node) {
			throw new ApplicationError(
				'Workflow and node are required for declarative credential authentication',
			);
		}
		requestOptions.headers = requestOptions.headers ?? {};
		for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
			for (const [key, value] of Object.entries(outerValue ?? {})) {
				const keyResolved = credentialsHelper.resolveValue(key, credentials, workflow, node);
				const valueResolved = credentialsHelper.resolveValue(
					/** @type {string} */ (value),
					credentials,
					workflow,
					node,
				);
				requestOptions[outerKey] = requestOptions[outerKey] ?? {};
				requestOptions[outerKey][keyResolved] = valueResolved;
			}
		}
	}
	return requestOptions;
}

/**
 * @param {string} value
 * @param {ICredentialDataDecryptedObject} credentials
 * @param {import('n8n-workflow').Workflow} workflow
 * @param {INode} node
 * @returns {string}
 */
function resolveCredentialValue(value, credentials, workflow, node) {
	if (!isExpression(value)) return value;
	const resolved = workflow.expression.getSimpleParameterValue(
		node,
		value,
		'internal',
		{ $credentials: credentials },
		undefined,
		'',
	);
	return resolved ? resolved.toString() : '';
}

/**
 * Token-fetching credentials (`preAuthentication` + a hidden `expirable` property):
 * call the hook when the token is empty or the last request came back 401, persist the
 * result and merge it into the in-flight credentials — as the CLI does.
 * @param {import('./credentials').EngineCredentialsHelper} credentialsHelper
 * @param {IHttpRequestHelper} helpers
 * @param {ICredentialDataDecryptedObject} credentials
 * @param {string} typeName
 * @param {INode} node
 * @param {boolean} credentialsExpired
 * @returns {Promise<ICredentialDataDecryptedObject | undefined>}
 */
async function preAuthenticate(
	credentialsHelper,
	helpers,
	credentials,
	typeName,
	node,
	credentialsExpired,
) {
	const credentialType = credentialsHelper.getCredentialType(typeName);
	const expirable = credentialType.properties.find(
		(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
	);
	if (expirable?.name === undefined) return undefined;
	if (typeof credentialType.preAuthentication !== 'function') return undefined;
	if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

	const output = await credentialType.preAuthentication.call(helpers, credentials);
	if (output[expirable.name] === undefined) return undefined;

	const nodeCredentials = node.credentials?.[typeName];
	if (nodeCredentials) {
		const stored = credentialsHelper.findEntry(nodeCredentials, typeName).data;
		/** @type {ICredentialDataDecryptedObject} */
		const toPersist = { ...stored };
		for (const [key, value] of Object.entries(output)) {
			// never replace a field the user stored as an expression with this run's value
			if (key === expirable.name || !isExpression(stored[key]))
				toPersist[key] = /** @type {any} */ (value);
		}
		await credentialsHelper.updateCredentials(nodeCredentials, typeName, toPersist);
		return Object.assign(credentials, output);
	}
	return undefined;
}

module.exports = {
	applyDefaultsAndResolve,
	authenticateRequest,
	resolveCredentialValue,
	preAuthenticate,
};

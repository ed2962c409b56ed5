// @ts-check
/**
 * Execution harness: runs n8n nodes through n8n-core's real engine (ExecuteContext,
 * RoutingNode, WorkflowExecute, request helpers, OAuth2 refresh) instead of mocking
 * `this.helpers`. Shared by the jest tests (typed through engine.d.ts) and by the plain
 * Node demo script, which is why this is CommonJS with JSDoc rather than TypeScript.
 *
 * What n8n's CLI normally provides (credential storage, the node-type registry, the
 * `additionalData` bag, a logger in the DI container) is stubbed here with the smallest
 * faithful equivalent; everything that actually executes a node is n8n-core's own code.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomUUID } = require('node:crypto');

// ---------------------------------------------------------------------------
// Environment — must run before anything requires n8n-core / @n8n/config.
// ---------------------------------------------------------------------------
// InstanceSettings (constructed lazily by every node execution context) reads
// `$N8N_USER_FOLDER/.n8n/config`, and if it does not exist *writes* one with a freshly
// generated encryption key. Without N8N_USER_FOLDER that is ~/.n8n — a developer's real
// n8n instance. A throwaway folder keeps us away from it; N8N_ENCRYPTION_KEY is then not
// needed (the key is generated into the temp folder; it only encrypts in-memory
// `Credentials` objects here).
if (!process.env.N8N_USER_FOLDER) {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-engine-'));
	process.env.N8N_USER_FOLDER = userFolder;
	process.env.ENGINE_OWNED_USER_FOLDER = userFolder;
}
// Only a folder we (or test/setup-env.js) made up is deleted — never one the user chose.
if (process.env.ENGINE_OWNED_USER_FOLDER && process.env.ENGINE_OWNED_USER_FOLDER === process.env.N8N_USER_FOLDER) {
	const ownedFolder = process.env.ENGINE_OWNED_USER_FOLDER;
	const removeOwnedFolder = () => {
		try {
			fs.rmSync(ownedFolder, { recursive: true, force: true });
		} catch {
			// best effort: a leftover temp folder is harmless
		}
	};
	// Under jest, `process` is a per-file sandbox copy whose 'exit' never fires, so use the
	// file's afterAll (registering throws if we are first required inside a test — then
	// the folder simply stays).
	const jestAfterAll = /** @type {any} */ (globalThis).afterAll;
	if (typeof jestAfterAll === 'function') {
		try {
			jestAfterAll(removeOwnedFolder);
		} catch {
			// required from within a test body
		}
	} else {
		process.once('exit', removeOwnedFolder);
	}
}

const { Container } = require('@n8n/di');
const { Logger } = require('@n8n/backend-common');
const {
	ApplicationError,
	ICredentialsHelper,
	LoggerProxy,
	Node,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	deepCopy,
	isExpression,
} = require('n8n-workflow');
const {
	CredentialTestContext,
	Credentials,
	ExecuteContext,
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	LoadOptionsContext,
	RoutingNode,
	UnrecognizedNodeTypeError,
	WorkflowExecute,
	getAdditionalKeys,
} = require('n8n-core');

/**
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').ICredentialsExpressionResolveValues} ICredentialsExpressionResolveValues
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').IHttpRequestHelper} IHttpRequestHelper
 * @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions
 * @typedef {import('n8n-workflow').IRequestOptionsSimplified} IRequestOptionsSimplified
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeCredentialsDetails} INodeCredentialsDetails
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').INodeProperties} INodeProperties
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').IRun} IRun
 * @typedef {import('n8n-workflow').IRunData} IRunData
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').IWorkflowSettings} IWorkflowSettings
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('n8n-workflow').IConnections} IConnections
 * @typedef {import('n8n-workflow').ITaskData} ITaskData
 * @typedef {import('n8n-workflow').Logger} LoggerType
 * @typedef {import('n8n-workflow').ICredentialsDecrypted} ICredentialsDecrypted
 * @typedef {import('n8n-workflow').ICredentialTestFunction} ICredentialTestFunction
 * @typedef {import('n8n-workflow').ICredentialTestRequest} ICredentialTestRequest
 * @typedef {import('n8n-workflow').INodeCredentialTestResult} INodeCredentialTestResult
 * @typedef {import('n8n-workflow').INodeListSearchResult} INodeListSearchResult
 * @typedef {import('n8n-workflow').INodePropertyOptions} INodePropertyOptions
 * @typedef {import('n8n-workflow').INodePropertyCollection} INodePropertyCollection
 * @typedef {import('n8n-workflow').INodeTypeDescription} INodeTypeDescription
 * @typedef {import('n8n-workflow').IRunExecutionData} IRunExecutionData
 */

// ---------------------------------------------------------------------------
// Logging
// ---------------------------------------------------------------------------
// n8n-core resolves `Logger` from the DI container (NodeExecutionContext.logger,
// InstanceSettings, ErrorReporter) and logs through LoggerProxy. The real Logger builds a
// winston console transport from GlobalConfig, which is noisy in test output ("No
// encryption key found - Auto-generating…", ErrorReporter dumping every node error).
// Registering our own instance before anything asks the container for one keeps the run
// silent unless ENGINE_DEBUG=1.
const DEBUG = process.env.ENGINE_DEBUG === '1' || process.env.ENGINE_DEBUG === 'true';

/**
 * @param {string} level
 * @returns {(message: string, metadata?: object) => void}
 */
function makeLogFn(level) {
	if (!DEBUG) return () => {};
	return (message, metadata) => {
		const meta = metadata && Object.keys(metadata).length ? ` ${safeStringify(metadata)}` : '';
		process.stderr.write(`[n8n ${level}] ${message}${meta}\n`);
	};
}

/** @param {unknown} value */
function safeStringify(value) {
	try {
		return JSON.stringify(value, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v));
	} catch {
		return String(value);
	}
}

/** @type {LoggerType & { scoped: () => any }} */
const engineLogger = {
	error: makeLogFn('error'),
	warn: makeLogFn('warn'),
	info: makeLogFn('info'),
	debug: makeLogFn('debug'),
	scoped: () => engineLogger,
};
Container.set(Logger, /** @type {any} */ (engineLogger));
LoggerProxy.init(engineLogger);

// Every ExecuteContext pulls SSHClientsManager from the container (for SSH-tunnel
// helpers), whose constructor starts a 60 s cleanup setInterval that is never unref'd —
// a script or jest worker would then hang after its last node ran. Create it now and let
// the timer not hold the process open. Internal path, hence the guard: if a future
// n8n-core moves it, we only lose the unref.
try {
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');
	// `cleanupTimer` is private in the .d.ts
	/** @type {any} */ (Container.get(SSHClientsManager)).cleanupTimer?.unref();
} catch {
	engineLogger.warn('engine: could not unref SSHClientsManager cleanup timer');
}

// ---------------------------------------------------------------------------
// Built-in types that normally come from n8n-nodes-base (not installed here)
// ---------------------------------------------------------------------------

/**
 * The base OAuth2 credential, reduced to the properties n8n-core's `requestOAuth2` /
 * `createOAuth2Client` read (grantType, accessTokenUrl, clientId, clientSecret, scope,
 * authentication, additionalBodyProperties, ignoreSSLIssues) plus the authorization-code
 * URLs a child credential usually pins as hidden fields. Names and defaults match
 * n8n-nodes-base's OAuth2Api so `extends: ['oAuth2Api']` merges the way it does in n8n.
 * @type {ICredentialType}
 */
const OAUTH2_API_CREDENTIAL = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	genericAuth: true,
	properties: [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'PKCE', value: 'pkce' },
			],
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
			required: true,
		},
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '', required: true },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', required: true },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
			default: 'header',
		},
		{
			displayName: 'Send Additional Body Properties',
			name: 'sendAdditionalBodyProperties',
			type: 'boolean',
			default: false,
			displayOptions: { show: { grantType: ['clientCredentials'], authentication: ['body'] } },
		},
		{
			displayName: 'Additional Body Properties',
			name: 'additionalBodyProperties',
			type: 'json',
			displayOptions: {
				show: {
					grantType: ['clientCredentials'],
					authentication: ['body'],
					sendAdditionalBodyProperties: [true],
				},
			},
			default: '',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSSLIssues',
			type: 'boolean',
			default: false,
			doNotInherit: true,
		},
	],
};

const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';
/** n8n's default name for a freshly added Manual Trigger. */
const MANUAL_TRIGGER_NAME = 'When clicking ‘Execute workflow’';

/**
 * Stand-in for n8n-nodes-base's Manual Trigger: on a manual run it emits one empty item,
 * through TriggersAndPollers' manual-mode `emit` like the real one.
 * @type {INodeType}
 */
const manualTriggerNodeType = {
	description: {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		maxNodes: 1,
		defaults: { name: MANUAL_TRIGGER_NAME },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'This node is where the workflow execution starts.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
		],
	},
	async trigger() {
		const manualTriggerFunction = async () => {
			this.emit([this.helpers.returnJsonArray([{}])]);
		};
		return { manualTriggerFunction };
	},
};

// ---------------------------------------------------------------------------
// Node type registry (what packages/cli/src/node-types.ts does for the engine)
// ---------------------------------------------------------------------------

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
		this.types = { [MANUAL_TRIGGER_TYPE]: manualTriggerNodeType, ...types };
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
			resolved = withRoutingExecute(NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version));
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

// ---------------------------------------------------------------------------
// Credentials
// ---------------------------------------------------------------------------

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
 * @typedef {object} StoredCredential
 * @property {string} id
 * @property {string} name
 * @property {string} type
 * @property {ICredentialDataDecryptedObject} data plaintext, as the user entered it
 */

/**
 * @typedef {object} CredentialUpdate
 * @property {'oauthTokenData' | 'data'} kind which ICredentialsHelper method stored it
 * @property {string} id
 * @property {string} name
 * @property {string} type
 * @property {ICredentialDataDecryptedObject} data the full stored data after the update
 */

/**
 * In-memory ICredentialsHelper modelled on packages/cli/src/credentials-helper.ts:
 * plaintext storage instead of the encrypted DB rows, but the same treatment of data on
 * the way out (property defaults from the credential type and its `extends` parents,
 * expressions resolved) and on the way in (OAuth token refresh, preAuthentication).
 */
class EngineCredentialsHelper extends ICredentialsHelper {
	/**
	 * @param {ICredentialType[]} credentialTypes
	 * @param {Record<string, { type: string; name?: string; data: ICredentialDataDecryptedObject }>} [credentials] keyed by credential id
	 */
	constructor(credentialTypes, credentials = {}) {
		super();
		/** @type {Map<string, ICredentialType>} */
		this.credentialTypes = new Map([[OAUTH2_API_CREDENTIAL.name, OAUTH2_API_CREDENTIAL]]);
		for (const type of credentialTypes) this.credentialTypes.set(type.name, type);
		/** @type {Map<string, StoredCredential>} */
		this.store = new Map();
		/** @type {CredentialUpdate[]} */
		this.updates = [];
		/** @type {((update: CredentialUpdate) => void) | undefined} */
		this.onUpdate = undefined;
		for (const [id, { type, name, data }] of Object.entries(credentials)) {
			this.addCredential({ id, type, name: name ?? id, data });
		}
	}

	/** @param {StoredCredential} credential */
	addCredential(credential) {
		this.store.set(credential.id, { ...credential, data: deepCopy(credential.data) });
	}

	/**
	 * Current stored data of every credential, keyed by id (reflects token refreshes).
	 * @returns {Record<string, StoredCredential>}
	 */
	snapshot() {
		/** @type {Record<string, StoredCredential>} */
		const out = {};
		for (const [id, entry] of this.store) out[id] = deepCopy(entry);
		return out;
	}

	/** @param {string} typeName */
	getCredentialType(typeName) {
		const type = this.credentialTypes.get(typeName);
		if (!type) throw new ApplicationError(`Unknown credential type "${typeName}"`, { tags: { credentialType: typeName } });
		return type;
	}

	/**
	 * All ancestors along `extends`, nearest first (CredentialTypes.getParentTypes).
	 * n8n-core uses this to route requests of `extends: ['oAuth2Api']` types to requestOAuth2.
	 * @param {string} typeName
	 * @returns {string[]}
	 */
	getParentTypes(typeName) {
		const type = this.credentialTypes.get(typeName);
		if (!type?.extends) return [];
		/** @type {string[]} */
		const parents = [];
		for (const parent of type.extends) parents.push(parent, ...this.getParentTypes(parent));
		return parents;
	}

	/**
	 * Parent properties first, own properties override (same merge as the CLI). The OAuth
	 * base types additionally get the `oauthTokenData` pseudo-property.
	 * @param {string} typeName
	 * @returns {INodeProperties[]}
	 */
	getCredentialsProperties(typeName) {
		const type = this.getCredentialType(typeName);
		if (type.extends === undefined) {
			if (['oAuth1Api', 'oAuth2Api'].includes(typeName)) {
				return [
					...type.properties,
					{ displayName: 'oauthTokenData', name: 'oauthTokenData', type: 'json', required: false, default: {} },
				];
			}
			return type.properties;
		}
		/** @type {INodeProperties[]} */
		const combined = [];
		for (const parent of type.extends) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, type.properties);
		return combined;
	}

	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @returns {StoredCredential}
	 */
	findEntry(nodeCredentials, type) {
		const byId = nodeCredentials.id ? this.store.get(nodeCredentials.id) : undefined;
		if (byId && byId.type === type) return byId;
		// Exported workflows sometimes carry ids that only exist on the author's instance;
		// fall back to name + type so example files stay runnable.
		for (const entry of this.store.values()) {
			if (entry.type === type && entry.name === nodeCredentials.name) return entry;
		}
		throw new ApplicationError(
			`Credential with ID "${nodeCredentials.id}" does not exist for type "${type}".`,
			{ extra: { nodeCredentials } },
		);
	}

	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 */
	async getCredentials(nodeCredentials, type) {
		const entry = this.findEntry(nodeCredentials, type);
		const credentials = new Credentials({ id: entry.id, name: entry.name }, type);
		credentials.setData(deepCopy(entry.data));
		return credentials;
	}

	/**
	 * @param {IWorkflowExecuteAdditionalData} additionalData
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {WorkflowExecuteMode} mode
	 * @param {IExecuteData} [executeData]
	 * @param {boolean} [raw]
	 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
	 * @returns {Promise<ICredentialDataDecryptedObject>}
	 */
	async getDecrypted(additionalData, nodeCredentials, type, mode, executeData, raw, expressionResolveValues) {
		const data = deepCopy(this.findEntry(nodeCredentials, type).data);
		if (raw === true) return data;
		return this.applyDefaultsAndResolve(additionalData, data, type, mode, executeData, expressionResolveValues);
	}

	/**
	 * What the CLI's applyDefaultsAndOverwrites does, minus admin overwrites: fill in
	 * property defaults (this is how hidden fields such as `accessTokenUrl` or `baseUrl`
	 * reach the request), drop keys the type does not declare, keep `oauthTokenData`, then
	 * resolve `={{ }}` expressions stored in credential fields.
	 * @param {IWorkflowExecuteAdditionalData} additionalData
	 * @param {ICredentialDataDecryptedObject} original
	 * @param {string} type
	 * @param {WorkflowExecuteMode} mode
	 * @param {IExecuteData} [executeData]
	 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
	 * @returns {ICredentialDataDecryptedObject}
	 */
	applyDefaultsAndResolve(additionalData, original, type, mode, executeData, expressionResolveValues) {
		const properties = this.getCredentialsProperties(type);
		let decrypted = /** @type {ICredentialDataDecryptedObject} */ (
			NodeHelpers.getNodeParameters(properties, /** @type {INodeParameters} */ (original), true, false, null, null) ?? {}
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
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {IHttpRequestOptions | IRequestOptionsSimplified} incomingRequestOptions
	 * @param {import('n8n-workflow').Workflow} [workflow]
	 * @param {INode} [node]
	 * @returns {Promise<IHttpRequestOptions>}
	 */
	async authenticate(credentials, typeName, incomingRequestOptions, workflow, node) {
		const requestOptions = /** @type {any} */ (incomingRequestOptions);
		const { authenticate } = this.getCredentialType(typeName);
		if (!authenticate) return requestOptions;

		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate.type === 'generic') {
			if (!workflow || !node) {
				throw new ApplicationError('Workflow and node are required for declarative credential authentication');
			}
			requestOptions.headers = requestOptions.headers ?? {};
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(outerValue ?? {})) {
					const keyResolved = this.resolveValue(key, credentials, workflow, node);
					const valueResolved = this.resolveValue(/** @type {string} */ (value), credentials, workflow, node);
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
	resolveValue(value, credentials, workflow, node) {
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
	 * @param {IHttpRequestHelper} helpers
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {INode} node
	 * @param {boolean} credentialsExpired
	 * @returns {Promise<ICredentialDataDecryptedObject | undefined>}
	 */
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const credentialType = this.getCredentialType(typeName);
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
			const stored = this.findEntry(nodeCredentials, typeName).data;
			/** @type {ICredentialDataDecryptedObject} */
			const toPersist = { ...stored };
			for (const [key, value] of Object.entries(output)) {
				// never replace a field the user stored as an expression with this run's value
				if (key === expirable.name || !isExpression(stored[key])) toPersist[key] = /** @type {any} */ (value);
			}
			await this.updateCredentials(nodeCredentials, typeName, toPersist);
			return Object.assign(credentials, output);
		}
		return undefined;
	}

	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} data
	 */
	async updateCredentials(nodeCredentials, type, data) {
		const entry = this.findEntry(nodeCredentials, type);
		entry.data = deepCopy(data);
		this.recordUpdate('data', entry);
	}

	/**
	 * Called by n8n-core after an OAuth2 token refresh (or client-credentials fetch); only
	 * `oauthTokenData` is taken, like Credentials.updateData in the CLI. Later requests in
	 * the same run read the new token through getDecrypted.
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} data
	 * @param {IWorkflowExecuteAdditionalData} [_additionalData]
	 */
	async updateCredentialsOauthTokenData(nodeCredentials, type, data, _additionalData) {
		const entry = this.findEntry(nodeCredentials, type);
		entry.data = { ...entry.data, oauthTokenData: deepCopy(data.oauthTokenData) };
		this.recordUpdate('oauthTokenData', entry);
	}

	/**
	 * @param {CredentialUpdate['kind']} kind
	 * @param {StoredCredential} entry
	 */
	recordUpdate(kind, entry) {
		const update = { kind, id: entry.id, name: entry.name, type: entry.type, data: deepCopy(entry.data) };
		this.updates.push(update);
		this.onUpdate?.(update);
	}
}

// ---------------------------------------------------------------------------
// additionalData
// ---------------------------------------------------------------------------

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
	if (DEBUG) {
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

// ---------------------------------------------------------------------------
// runNode
// ---------------------------------------------------------------------------

/**
 * Executes one node the way WorkflowExecute.runNode/executeNode would if it sat right
 * after a Manual Trigger that produced `items`: the trigger's output is in runData and is
 * the node's `source`, so `$json`, `$input`, `$('When clicking…')` and paired items behave
 * as in a real run. The node's raw return value is given back — without WorkflowExecute's
 * post-processing (pairedItem auto-assignment, error items' json rewritten to
 * `{ error: message }`); use runWorkflow to see that.
 *
 * @param {import('./engine').RunNodeOptions} opts
 * @returns {Promise<import('./engine').RunNodeResult>}
 */
async function runNode(opts) {
	const typeVersion = opts.typeVersion ?? 1;
	const description = getDescription(opts.nodeType, typeVersion);
	const nodeTypeName = opts.nodeTypeName ?? `CUSTOM.${description.name}`;
	const nodeName = opts.nodeName ?? String(description.defaults?.name ?? description.displayName);
	const mode = opts.mode ?? 'manual';
	const timezone = opts.timezone ?? 'America/New_York';
	const items = deepCopy(opts.items ?? [{ json: {} }]);

	/** @type {Record<string, { type: string; name: string; data: ICredentialDataDecryptedObject }>} */
	const storedCredentials = {};
	/** @type {INode['credentials']} */
	const nodeCredentials = {};
	for (const [type, data] of Object.entries(opts.credentials ?? {})) {
		const id = `engine-${type}`;
		storedCredentials[id] = { type, name: `${type} (engine)`, data };
		nodeCredentials[type] = { id, name: `${type} (engine)` };
	}
	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? [], storedCredentials);
	credentialsHelper.onUpdate = opts.onCredentialsUpdated;

	/** @type {INode} */
	const node = {
		id: randomUUID(),
		name: nodeName,
		type: nodeTypeName,
		typeVersion,
		position: [220, 0],
		// the Workflow constructor writes parameter defaults into this object
		parameters: deepCopy(opts.parameters ?? {}),
		credentials: Object.keys(nodeCredentials).length ? nodeCredentials : undefined,
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
		[MANUAL_TRIGGER_NAME]: { main: [[{ node: nodeName, type: NodeConnectionTypes.Main, index: 0 }]] },
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
	const additionalData = createAdditionalData({ credentialsHelper, mode, workflowData, workflowSettings: settings });

	const credentialsAfter = () => {
		/** @type {Record<string, ICredentialDataDecryptedObject>} */
		const out = {};
		for (const entry of Object.values(credentialsHelper.snapshot())) out[entry.type] = entry.data;
		return out;
	};
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
		resultData: { runData: { [MANUAL_TRIGGER_NAME]: [triggerTask] }, lastNodeExecuted: MANUAL_TRIGGER_NAME },
		executionData: { nodeExecutionStack: [] },
	});
	const executeNode = /** @type {INode} */ (workflow.getNode(nodeName));
	/** @type {IExecuteData} */
	const executeData = {
		node: executeNode,
		data: { main: [items] },
		source: { main: [{ previousNode: MANUAL_TRIGGER_NAME, previousNodeOutput: 0, previousNodeRun: 0 }] },
	};
	// WorkflowExecute.prepareConnectionInputData: a node without input items is not run
	if (items.length === 0) return { items: null, hints: [], ...baseResult() };

	const resolvedType = nodeTypes.getByNameAndVersion(nodeTypeName, typeVersion);
	if (!resolvedType.execute) {
		throw new ApplicationError(`runNode only runs declarative or programmatic nodes; "${nodeTypeName}" is neither`);
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
			resolvedType instanceof Node ? await execute.call(resolvedType, context) : await execute.call(context)
		);
		for (const close of closeFunctions) await close();
		return { items: data, hints: context.hints, ...baseResult() };
	} catch (error) {
		return { items: null, error, hints: context.hints, ...baseResult() };
	}
}

/**
 * @param {INodeType | IVersionedNodeType} nodeType
 * @param {number} version
 */
function getDescription(nodeType, version) {
	return NodeHelpers.getVersionedNodeType(nodeType, version).description;
}

// ---------------------------------------------------------------------------
// runWorkflow
// ---------------------------------------------------------------------------

/**
 * Runs an exported workflow JSON with WorkflowExecute from its Manual Trigger (mode
 * 'manual', i.e. the editor's "Execute workflow").
 * @param {import('./engine').RunWorkflowOptions} opts
 * @returns {Promise<import('./engine').RunWorkflowResult>}
 */
async function runWorkflow(opts) {
	const workflowJson = deepCopy(opts.workflow);
	const mode = opts.mode ?? 'manual';
	/** @type {IWorkflowSettings} */
	const settings = { executionOrder: 'v1', ...(workflowJson.settings ?? {}) };
	if (!settings.timezone || settings.timezone === 'DEFAULT') settings.timezone = opts.timezone ?? 'America/New_York';

	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? [], opts.credentials ?? {});
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
	const additionalData = createAdditionalData({ credentialsHelper, mode, workflowData, workflowSettings: settings });
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
			startNode: startNode ? workflow.getNode(startNode.name) ?? undefined : undefined,
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

// ---------------------------------------------------------------------------
// Editor look-ups: listSearch and loadOptions methods
// ---------------------------------------------------------------------------
// What n8n's CLI does for POST /rest/dynamic-node-parameters/{resource-locator-results,options}
// (DynamicNodeParametersController + DynamicNodeParametersService): the editor sends the
// node's current parameters and credentials; the CLI builds a one-node Workflow around a
// "Temp-Node", puts the parameters on `additionalData.currentNodeParameters` (which is
// what LoadOptionsContext.getCurrentNodeParameter(s) reads) and calls the node's method
// with a LoadOptionsContext as `this`.

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
 * Plaintext credentials keyed by type -> what the credentials helper stores (keyed by id)
 * and what the node references (`node.credentials`).
 * @param {Record<string, ICredentialDataDecryptedObject> | undefined} credentials
 */
function credentialEntries(credentials) {
	/** @type {Record<string, { type: string; name: string; data: ICredentialDataDecryptedObject }>} */
	const stored = {};
	/** @type {NonNullable<INode['credentials']>} */
	const references = {};
	for (const [type, data] of Object.entries(credentials ?? {})) {
		const id = `engine-${type}`;
		stored[id] = { type, name: `${type} (engine)`, data };
		references[type] = { id, name: `${type} (engine)` };
	}
	return { stored, references: Object.keys(references).length ? references : undefined };
}

/**
 * Builds the look-up context the CLI builds: a Workflow holding only the node (defaults
 * filled in by the Workflow constructor), additionalData with `currentNodeParameters`, and a
 * LoadOptionsContext (mode 'internal').
 * @param {import('./engine').LookupOptions} opts
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
	const method = /** @type {Function | undefined} */ (resolvedType.methods?.[kind]?.[opts.methodName]);
	if (typeof method !== 'function') {
		// the CLI answers this with UnexpectedError('Node type does not have method defined')
		throw new ApplicationError(`Node type "${nodeTypeName}" has no ${kind} method "${opts.methodName}"`, {
			extra: { methodName: opts.methodName },
		});
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
	additionalData.currentNodeParameters = deepCopy(opts.currentNodeParameters ?? workflowNode.parameters);

	const path =
		opts.path ?? findParameterPath(description.properties, kind, opts.methodName) ?? `parameters.${opts.methodName}`;
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, path);

	const credentialsAfter = () => {
		/** @type {Record<string, ICredentialDataDecryptedObject>} */
		const out = {};
		for (const entry of Object.values(credentialsHelper.snapshot())) out[entry.type] = entry.data;
		return out;
	};
	return { method, context, node: workflowNode, credentialsHelper, credentialsAfter };
}

/**
 * Calls `nodeType.methods.listSearch[methodName]` the way the editor's resource locator
 * does ("From list" mode, with search text and "load more"). A thrown error is returned
 * as `error`; an unknown method name rejects.
 * @param {import('./engine').RunListSearchOptions} opts
 * @returns {Promise<import('./engine').RunListSearchResult>}
 */
async function runListSearch(opts) {
	const { method, context, node, credentialsHelper, credentialsAfter } = prepareLookup(opts, 'listSearch');
	const base = () => ({ node, credentialsAfter: credentialsAfter(), credentialUpdates: credentialsHelper.updates });
	// n8n 2.11's ResourceLocatorRequestDto: `filter` and `paginationToken` are optional strings.
	// The editor sends back the token of the previous answer as it got it, so a node that
	// hands out a number gets a 400 ("Expected string, received number") on "load more".
	for (const [field, value] of /** @type {const} */ ([
		['filter', opts.filter],
		['paginationToken', opts.paginationToken],
	])) {
		if (value !== undefined && typeof value !== 'string') {
			const error = new ApplicationError(`Expected string, received ${value === null ? 'null' : typeof value}`, {
				extra: { path: [field], value },
			});
			return { error: /** @type {any} */ (error), ...base() };
		}
	}
	try {
		const result = /** @type {INodeListSearchResult} */ (
			await method.call(context, opts.filter, /** @type {string | undefined} */ (opts.paginationToken))
		);
		return { result, ...base() };
	} catch (error) {
		return { error, ...base() };
	}
}

/**
 * Calls `nodeType.methods.loadOptions[methodName]` the way the editor does for an
 * `options`/`multiOptions` parameter with `loadOptionsMethod`.
 * @param {import('./engine').RunLoadOptionsOptions} opts
 * @returns {Promise<import('./engine').RunLoadOptionsResult>}
 */
async function runLoadOptions(opts) {
	const { method, context, node, credentialsHelper, credentialsAfter } = prepareLookup(opts, 'loadOptions');
	const base = () => ({ node, credentialsAfter: credentialsAfter(), credentialUpdates: credentialsHelper.updates });
	try {
		const options = /** @type {INodePropertyOptions[]} */ (await method.call(context));
		return { options, ...base() };
	} catch (error) {
		return { error, ...base() };
	}
}

// ---------------------------------------------------------------------------
// Credential test ("Test" / save in the credential modal)
// ---------------------------------------------------------------------------
// What the CLI's CredentialsTester.testCredentials does (packages/cli/src/services/
// credentials-tester.service.ts): find the test (the credential type's own `test`; else,
// for OAuth2 types a node uses, "has an access token"; else the node's `testedBy`), apply
// defaults to the entered data, then either call the test function with a
// CredentialTestContext or run the test request through RoutingNode with the decrypted
// credentials handed in directly.

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
		'nodeVersions' in nodeType ? Object.values(nodeType.nodeVersions) : [/** @type {INodeType} */ (nodeType)];
	const isOAuth2 = credentialType === 'oAuth2Api' || helper.getParentTypes(credentialType).includes('oAuth2Api');
	for (const version of versions) {
		for (const { name, testedBy } of version.description.credentials ?? []) {
			if (name !== credentialType) continue;
			if (isOAuth2) {
				/** @type {ICredentialTestFunction} */
				const oauth2CredentialTest = async (credentials) => {
					const tokenData = credentials?.data?.oauthTokenData;
					const connected =
						tokenData !== null && typeof tokenData === 'object' && !Array.isArray(tokenData) && 'access_token' in tokenData;
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
 * @param {import('./engine').TestCredentialOptions} opts
 * @returns {Promise<import('./engine').TestCredentialResult>}
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
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: testNodeTypes });
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
		if (cause?.response) {
			const statusCode = cause.response.status;
			const statusMessage = cause.response.statusText;
			if (Array.isArray(rules)) {
				for (const rule of rules) {
					if (rule.type === 'responseCode' && rule.properties.value === statusCode) {
						return { status: 'Error', message: rule.properties.message, error };
					}
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return { status: 'Error', message: statusMessage || `Received HTTP status code: ${statusCode}`, error };
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
};

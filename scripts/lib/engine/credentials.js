// @ts-check
/**
 * Credential storage for a run: an in-memory ICredentialsHelper.
 */
'use strict';

require('./logger');

const { ApplicationError, ICredentialsHelper, NodeHelpers, deepCopy } = require('n8n-workflow');
const { Credentials } = require('n8n-core');

const { OAUTH2_API_CREDENTIAL } = require('./builtins');
const {
	applyDefaultsAndResolve,
	authenticateRequest,
	preAuthenticate,
	resolveCredentialValue,
} = require('./credentialAuth');

/**
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').ICredentialsExpressionResolveValues} ICredentialsExpressionResolveValues
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').IHttpRequestHelper} IHttpRequestHelper
 * @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions
 * @typedef {import('n8n-workflow').IRequestOptionsSimplified} IRequestOptionsSimplified
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeCredentialsDetails} INodeCredentialsDetails
 * @typedef {import('n8n-workflow').INodeProperties} INodeProperties
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 */

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
		if (!type)
			throw new ApplicationError(`Unknown credential type "${typeName}"`, {
				tags: { credentialType: typeName },
			});
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
					{
						displayName: 'oauthTokenData',
						name: 'oauthTokenData',
						type: 'json',
						required: false,
						default: {},
					},
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
	async getDecrypted(
		additionalData,
		nodeCredentials,
		type,
		mode,
		executeData,
		raw,
		expressionResolveValues,
	) {
		const data = deepCopy(this.findEntry(nodeCredentials, type).data);
		if (raw === true) return data;
		return this.applyDefaultsAndResolve(
			additionalData,
			data,
			type,
			mode,
			executeData,
			expressionResolveValues,
		);
	}

	/**
	 * Defaults filled in, undeclared keys dropped, expressions resolved: see credentialAuth.js.
	 * @param {IWorkflowExecuteAdditionalData} additionalData
	 * @param {ICredentialDataDecryptedObject} original
	 * @param {string} type
	 * @param {WorkflowExecuteMode} mode
	 * @param {IExecuteData} [executeData]
	 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
	 * @returns {ICredentialDataDecryptedObject}
	 */
	applyDefaultsAndResolve(
		additionalData,
		original,
		type,
		mode,
		executeData,
		expressionResolveValues,
	) {
		return applyDefaultsAndResolve(
			this,
			additionalData,
			original,
			type,
			mode,
			executeData,
			expressionResolveValues,
		);
	}

	/**
	 * The credential type's `authenticate` applied to outgoing request options: see credentialAuth.js.
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {IHttpRequestOptions | IRequestOptionsSimplified} incomingRequestOptions
	 * @param {import('n8n-workflow').Workflow} [workflow]
	 * @param {INode} [node]
	 * @returns {Promise<IHttpRequestOptions>}
	 */
	async authenticate(credentials, typeName, incomingRequestOptions, workflow, node) {
		return await authenticateRequest(
			this,
			credentials,
			typeName,
			incomingRequestOptions,
			workflow,
			node,
		);
	}

	/**
	 * @param {string} value
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {import('n8n-workflow').Workflow} workflow
	 * @param {INode} node
	 * @returns {string}
	 */
	resolveValue(value, credentials, workflow, node) {
		return resolveCredentialValue(value, credentials, workflow, node);
	}

	/**
	 * Fetches and stores a token for `preAuthentication` credentials when needed: see credentialAuth.js.
	 * @param {IHttpRequestHelper} helpers
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {INode} node
	 * @param {boolean} credentialsExpired
	 * @returns {Promise<ICredentialDataDecryptedObject | undefined>}
	 */
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		return await preAuthenticate(this, helpers, credentials, typeName, node, credentialsExpired);
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
		const update = {
			kind,
			id: entry.id,
			name: entry.name,
			type: entry.type,
			data: deepCopy(entry.data),
		};
		this.updates.push(update);
		this.onUpdate?.(update);
	}
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
 * Stored data of every credential after a run, keyed by credential type (reflects token refreshes).
 * @param {EngineCredentialsHelper} credentialsHelper
 */
function credentialsByType(credentialsHelper) {
	/** @type {Record<string, ICredentialDataDecryptedObject>} */
	const out = {};
	for (const entry of Object.values(credentialsHelper.snapshot())) out[entry.type] = entry.data;
	return out;
}

module.exports = { EngineCredentialsHelper, credentialEntries, credentialsByType };

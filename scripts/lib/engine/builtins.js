// @ts-check
/**
 * Built-in types that normally come from n8n-nodes-base (not installed here): the OAuth2 API
 * credential that OAuth2 credentials extend, and the Manual Trigger a run starts from.
 */
'use strict';

require('./logger');

const { NodeConnectionTypes } = require('n8n-workflow');

/**
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').INodeType} INodeType
 */

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
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: '',
			required: true,
		},
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

const FORM_TRIGGER_TYPE = 'n8n-nodes-base.formTrigger';

/**
 * Stand-in for n8n-nodes-base's Form Trigger, for example workflows that start from a form
 * submission: they carry a sample submission as the trigger's pinned data, which WorkflowExecute
 * passes on instead of running the trigger (a form needs n8n's web server, which the engine has not).
 * @type {INodeType}
 */
const formTriggerNodeType = {
	description: {
		displayName: 'n8n Form Trigger',
		name: 'formTrigger',
		group: ['trigger'],
		version: [2, 2.1, 2.2],
		description: 'Generate webforms in n8n and pass their responses to the workflow',
		defaults: { name: 'On form submission' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
	async trigger() {
		const manualTriggerFunction = async () => {
			throw new Error('The Form Trigger stand-in runs only from pinned data (a sample submission)');
		};
		return { manualTriggerFunction };
	},
};

module.exports = {
	OAUTH2_API_CREDENTIAL,
	MANUAL_TRIGGER_TYPE,
	MANUAL_TRIGGER_NAME,
	manualTriggerNodeType,
	FORM_TRIGGER_TYPE,
	formTriggerNodeType,
};

/**
 * Proves the engine harness runs declarative nodes through n8n-core's real machinery:
 * RoutingNode request building, credential defaults + `authenticate`, the OAuth2 refresh
 * path, NodeApiError wrapping, continueOnFail, and WorkflowExecute for whole workflows.
 * Everything talks to a local HTTP server, so the assertions are about the actual wire
 * traffic n8n produces.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialType,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runNode, runWorkflow, MANUAL_TRIGGER_NAME } from '../../scripts/lib/engine';
import type { CredentialUpdate } from '../../scripts/lib/engine';

// ---------------------------------------------------------------------------
// Local API server that records what n8n sends
// ---------------------------------------------------------------------------

interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	rawBody: string;
	body: unknown;
}

interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

type Handler = (req: RecordedRequest) => Reply;

const ACCESS_1 = 'access-token-1';
const ACCESS_2 = 'access-token-2';
const REFRESH_1 = 'refresh-token-1';
const REFRESH_2 = 'refresh-token-2';

let server: http.Server;
let baseUrl: string;
let requests: RecordedRequest[] = [];
let handler: Handler = () => ({ status: 404, body: { message: 'no handler' } });
/** When true the token endpoint accepts each refresh token once (as many providers do). */
let singleUseRefreshTokens = false;
let usedRefreshTokens = new Set<string>();

function parseBody(raw: string, contentType: string | undefined): unknown {
	if (!raw) return undefined;
	if (contentType?.includes('application/x-www-form-urlencoded')) {
		return Object.fromEntries(new URLSearchParams(raw));
	}
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}

/** OAuth2 token endpoint: exchanges REFRESH_1 for a new token pair, rejects anything else. */
function tokenEndpoint(req: RecordedRequest): Reply {
	const form = req.body as Record<string, string>;
	const reused = singleUseRefreshTokens && usedRefreshTokens.has(form.refresh_token);
	if (form.grant_type === 'refresh_token' && form.refresh_token === REFRESH_1 && !reused) {
		usedRefreshTokens.add(form.refresh_token);
		return {
			status: 200,
			body: {
				access_token: ACCESS_2,
				refresh_token: REFRESH_2,
				expires_in: 86399,
				token_type: 'Bearer',
			},
		};
	}
	return { status: 400, body: { error: 'invalid_grant' } };
}

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://placeholder');
			const rawBody = Buffer.concat(chunks).toString('utf8');
			const recorded: RecordedRequest = {
				method: req.method ?? '',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				rawBody,
				body: parseBody(rawBody, req.headers['content-type']),
			};
			requests.push(recorded);
			const reply =
				recorded.method === 'POST' && recorded.path === '/oauth/token'
					? tokenEndpoint(recorded)
					: handler(recorded);
			res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) });
			res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
	requests = [];
	handler = () => ({ status: 404, body: { message: 'no handler' } });
	singleUseRefreshTokens = false;
	usedRefreshTokens = new Set();
});

// ---------------------------------------------------------------------------
// A tiny declarative node + its two credentials
// ---------------------------------------------------------------------------

/** Credential types are built per server port: their hidden `baseUrl` default points at it. */
function makeCredentialTypes(apiBase: string): ICredentialType[] {
	const tokenApi: ICredentialType = {
		name: 'engineTestTokenApi',
		displayName: 'Engine Test Token API',
		properties: [
			{
				displayName: 'Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
			{ displayName: 'Base URL', name: 'baseUrl', type: 'hidden', default: apiBase },
		],
		authenticate: {
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } },
		},
	};
	const oauth2Api: ICredentialType = {
		name: 'engineTestOAuth2Api',
		displayName: 'Engine Test OAuth2 API',
		extends: ['oAuth2Api'],
		properties: [
			{
				displayName: 'Grant Type',
				name: 'grantType',
				type: 'hidden',
				default: 'authorizationCode',
			},
			{
				displayName: 'Authorization URL',
				name: 'authUrl',
				type: 'hidden',
				default: `${apiBase}/oauth/chooselocation`,
			},
			{
				displayName: 'Access Token URL',
				name: 'accessTokenUrl',
				type: 'hidden',
				default: `${apiBase}/oauth/token`,
			},
			{
				displayName: 'Scope',
				name: 'scope',
				type: 'hidden',
				default: 'widgets.readonly widgets.write',
			},
			{
				displayName: 'Auth URI Query Parameters',
				name: 'authQueryParameters',
				type: 'hidden',
				default: '',
			},
			{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
			{ displayName: 'Base URL', name: 'baseUrl', type: 'hidden', default: apiBase },
		],
	};
	return [tokenApi, oauth2Api];
}

/** preSend: copies the input item's `source` into the body and tags the request. */
async function tagRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const item = this.getInputData();
	requestOptions.headers = {
		...(requestOptions.headers ?? {}),
		'X-Item-Index': String(this.getItemIndex()),
	};
	if (item.json.source !== undefined && requestOptions.method === 'POST') {
		requestOptions.body = { ...(requestOptions.body as object), source: item.json.source };
	}
	return requestOptions;
}

const description: INodeTypeDescription = {
	displayName: 'Engine Test',
	name: 'engineTest',
	group: ['transform'],
	version: 1,
	description: 'Declarative node used to exercise the engine harness',
	defaults: { name: 'Engine Test' },
	inputs: ['main'],
	outputs: ['main'],
	credentials: [
		{
			name: 'engineTestTokenApi',
			required: true,
			displayOptions: { show: { authentication: ['token'] } },
		},
		{
			name: 'engineTestOAuth2Api',
			required: true,
			displayOptions: { show: { authentication: ['oAuth2'] } },
		},
	],
	requestDefaults: {
		baseURL: '={{$credentials.baseUrl}}',
		headers: { Accept: 'application/json', Version: '2021-04-15' },
	},
	properties: [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Token', value: 'token' },
				{ name: 'OAuth2', value: 'oAuth2' },
			],
			default: 'token',
		},
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [{ name: 'Widget', value: 'widget' }],
			default: 'widget',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['widget'] } },
			options: [
				{
					name: 'Create',
					value: 'create',
					action: 'Create a widget',
					routing: {
						request: { method: 'POST', url: '=/widgets/{{$parameter.groupId}}' },
						send: { preSend: [tagRequest] },
						output: { postReceive: [{ type: 'rootProperty', properties: { property: 'widget' } }] },
					},
				},
				{
					name: 'Get Many',
					value: 'getMany',
					action: 'Get many widgets',
					routing: {
						request: { method: 'GET', url: '/widgets' },
						send: { preSend: [tagRequest] },
						output: {
							postReceive: [{ type: 'rootProperty', properties: { property: 'widgets' } }],
						},
					},
				},
			],
			default: 'create',
		},
		{
			displayName: 'Group ID',
			name: 'groupId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { operation: ['create'] } },
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			displayOptions: { show: { operation: ['create'] } },
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Color',
			name: 'color',
			type: 'string',
			default: '',
			displayOptions: { show: { operation: ['create'] } },
			routing: { send: { type: 'body', property: 'details.color' } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			displayOptions: { show: { operation: ['getMany'] } },
			routing: { send: { type: 'query', property: 'limit' } },
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			default: {},
			displayOptions: { show: { operation: ['getMany'] } },
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					routing: { send: { type: 'query', property: 'q' } },
				},
			],
		},
	],
};

const testNode: INodeType = { description };

let credentialTypes: ICredentialType[];
beforeAll(() => {
	credentialTypes = makeCredentialTypes(baseUrl);
});

/** Widgets API: 422 for names starting with "bad", otherwise echoes a created widget. */
const widgetsApi: Handler = (req) => {
	if (req.method === 'POST' && req.path.startsWith('/widgets/')) {
		const body = req.body as { name: string; details?: { color?: string } };
		if (body.name.startsWith('bad')) {
			return {
				status: 422,
				headers: { 'X-Request-Id': 'req-422' },
				body: {
					statusCode: 422,
					message: `name "${body.name}" is not allowed`,
					error: 'Unprocessable Entity',
				},
			};
		}
		return {
			status: 201,
			body: {
				widget: {
					id: `w-${body.name}`,
					name: body.name,
					group: req.path.split('/')[2],
					color: body.details?.color,
				},
			},
		};
	}
	if (req.method === 'GET' && req.path === '/widgets') {
		return { status: 200, body: { widgets: [{ id: 'w-1' }, { id: 'w-2' }], meta: { total: 2 } } };
	}
	return { status: 404, body: { message: 'not found' } };
};

// ---------------------------------------------------------------------------
// runNode
// ---------------------------------------------------------------------------

describe('runNode (RoutingNode via ExecuteContext)', () => {
	it('builds the request from routing + credentials and unwraps the rootProperty', async () => {
		handler = widgetsApi;

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: {
				resource: 'widget',
				operation: 'create',
				groupId: 'g-7',
				name: 'sprocket',
				color: 'red',
			},
			// no baseUrl here: it must come from the hidden property's default
			credentials: { engineTestTokenApi: { token: 'tok-123' } },
			items: [{ json: { source: 'unit-test' } }],
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			[{ json: { id: 'w-sprocket', name: 'sprocket', group: 'g-7', color: 'red' } }],
		]);

		expect(requests).toHaveLength(1);
		const [req] = requests;
		expect(req.method).toBe('POST');
		expect(req.path).toBe('/widgets/g-7');
		expect(req.headers.authorization).toBe('Bearer tok-123');
		expect(req.headers.accept).toBe('application/json');
		expect(req.headers.version).toBe('2021-04-15');
		expect(req.headers['x-item-index']).toBe('0');
		expect(req.headers['content-type']).toMatch(/^application\/json/);
		expect(req.body).toEqual({ name: 'sprocket', details: { color: 'red' }, source: 'unit-test' });
	});

	it('sends query parameters, including ones from a collection', async () => {
		handler = widgetsApi;

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { operation: 'getMany', limit: 5, filters: { search: 'spr' } },
			credentials: { engineTestTokenApi: { token: 'tok-123' } },
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([[{ json: { id: 'w-1' } }, { json: { id: 'w-2' } }]]);
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe('/widgets');
		expect(requests[0].query).toEqual({ limit: '5', q: 'spr' });
		expect(requests[0].rawBody).toBe('');
	});

	it('evaluates parameter expressions per input item', async () => {
		handler = widgetsApi;

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { operation: 'create', groupId: '={{ $json.group }}', name: '={{ $json.name }}' },
			credentials: { engineTestTokenApi: { token: 'tok-123' } },
			items: [{ json: { group: 'a', name: 'one' } }, { json: { group: 'b', name: 'two' } }],
		});

		expect(result.error).toBeUndefined();
		expect(result.items?.[0].map((i) => i.json.id)).toEqual(['w-one', 'w-two']);
		expect(requests.map((r) => r.path).sort()).toEqual(['/widgets/a', '/widgets/b']);
	});

	it('turns an HTTP 422 into a thrown NodeApiError that keeps the API response', async () => {
		handler = widgetsApi;

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { operation: 'create', groupId: 'g-1', name: 'bad-name' },
			credentials: { engineTestTokenApi: { token: 'tok-123' } },
		});

		expect(result.items).toBeNull();
		const error = result.error as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('422');
		// 422 has no dedicated text, so n8n uses the generic 4XX message …
		expect(error.message).toBe('Your request is invalid or could not be processed by the service');
		// … and the API's own message becomes the description
		expect(error.description).toBe('name "bad-name" is not allowed');
		expect(error.context).toMatchObject({
			itemIndex: 0,
			runIndex: 0,
			data: {
				statusCode: 422,
				message: 'name "bad-name" is not allowed',
				error: 'Unprocessable Entity',
			},
		});
		expect(error.node.name).toBe('Engine Test');
		expect(error.messages).toEqual(['Request failed with status code 422']);
		// n8n-workflow 2.11 declares `cause` as a class field on ExecutionBaseError, which
		// resets the native `cause` after super(): the AxiosError is gone, and with it the
		// response headers. The JSON body survives only as context.data.
		expect(error.cause).toBeUndefined();
		expect(JSON.stringify(error)).not.toContain('req-422');
	});

	it('with continueOnFail returns one error item per failed input item, in input order', async () => {
		handler = widgetsApi;

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { operation: 'create', groupId: 'g-1', name: '={{ $json.name }}' },
			credentials: { engineTestTokenApi: { token: 'tok-123' } },
			items: [
				{ json: { name: 'ok-1' } },
				{ json: { name: 'bad-1' } },
				{ json: { name: 'ok-2' } },
				{ json: { name: 'bad-2' } },
			],
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.node.onError).toBe('continueRegularOutput');
		const out = result.items![0];
		expect(out).toHaveLength(4);
		expect(out[0].json).toMatchObject({ id: 'w-ok-1' });
		expect(out[2].json).toMatchObject({ id: 'w-ok-2' });
		for (const [index, name] of [
			[1, 'bad-1'],
			[3, 'bad-2'],
		] as const) {
			// RoutingNode emits `{ json: {}, error }` without pairedItem; WorkflowExecute later
			// rewrites json to `{ error: message }` (see the runWorkflow test)
			expect(out[index].json).toEqual({});
			expect(out[index].pairedItem).toBeUndefined();
			expect(out[index].error).toBeInstanceOf(NodeApiError);
			expect((out[index].error as NodeApiError).description).toBe(`name "${name}" is not allowed`);
		}
		expect(out[0].pairedItem).toBeUndefined();
	});

	it('refreshes an expired OAuth2 token at accessTokenUrl, retries, and stores the new token', async () => {
		handler = (req) =>
			req.headers.authorization === `Bearer ${ACCESS_2}`
				? widgetsApi(req)
				: { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };
		const updates: CredentialUpdate[] = [];

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { authentication: 'oAuth2', operation: 'getMany', limit: 2 },
			credentials: {
				engineTestOAuth2Api: {
					clientId: 'client-id',
					clientSecret: 'client-secret',
					oauthTokenData: {
						access_token: ACCESS_1,
						refresh_token: REFRESH_1,
						token_type: 'Bearer',
						locationId: 'loc-1',
					},
				},
			},
			onCredentialsUpdated: (u) => updates.push(u),
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([[{ json: { id: 'w-1' } }, { json: { id: 'w-2' } }]]);

		expect(requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
			`GET /widgets Bearer ${ACCESS_1}`,
			'POST /oauth/token ',
			`GET /widgets Bearer ${ACCESS_2}`,
		]);
		const tokenRequest = requests[1];
		expect(tokenRequest.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		// the credential pins `authentication: body`, so client credentials travel in the form
		expect(tokenRequest.body).toEqual({
			grant_type: 'refresh_token',
			refresh_token: REFRESH_1,
			client_id: 'client-id',
			client_secret: 'client-secret',
		});
		expect(requests[2].query).toEqual({ limit: '2' });

		expect(updates).toHaveLength(1);
		expect(updates[0]).toMatchObject({ kind: 'oauthTokenData', type: 'engineTestOAuth2Api' });
		// client-oauth2 merges the new token response over the old data: locationId survives
		expect(updates[0].data.oauthTokenData).toMatchObject({
			access_token: ACCESS_2,
			refresh_token: REFRESH_2,
			expires_in: 86399,
			locationId: 'loc-1',
		});
		expect(result.credentialUpdates).toEqual(updates);
		expect(result.credentialsAfter.engineTestOAuth2Api).toMatchObject({
			clientId: 'client-id',
			oauthTokenData: { access_token: ACCESS_2, refresh_token: REFRESH_2 },
		});
	});

	it('lets credentialsAfter seed the next run, which then needs no refresh', async () => {
		handler = (req) =>
			req.headers.authorization === `Bearer ${ACCESS_2}`
				? widgetsApi(req)
				: { status: 401, body: { message: 'Invalid JWT' } };

		const first = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { authentication: 'oAuth2', operation: 'getMany' },
			credentials: {
				engineTestOAuth2Api: {
					clientId: 'client-id',
					clientSecret: 'client-secret',
					oauthTokenData: { access_token: ACCESS_1, refresh_token: REFRESH_1 },
				},
			},
		});
		expect(first.error).toBeUndefined();
		requests = [];

		const second = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { authentication: 'oAuth2', operation: 'getMany' },
			credentials: { engineTestOAuth2Api: first.credentialsAfter.engineTestOAuth2Api },
		});
		expect(second.error).toBeUndefined();
		expect(requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${ACCESS_2}`]);
		expect(second.credentialUpdates).toEqual([]);
	});

	it('does not serialise refreshes: parallel items each refresh with the same refresh token', async () => {
		// RoutingNode starts every item's request before awaiting any, and requestOAuth2 reads
		// the credentials up front, so with an expired token each item gets its own 401 and
		// refreshes with the *old* refresh token. A provider with single-use refresh tokens
		// rejects all but the first.
		singleUseRefreshTokens = true;
		handler = (req) =>
			req.headers.authorization === `Bearer ${ACCESS_2}`
				? widgetsApi(req)
				: { status: 401, body: { message: 'Invalid JWT' } };

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { authentication: 'oAuth2', operation: 'getMany' },
			credentials: {
				engineTestOAuth2Api: {
					clientId: 'client-id',
					clientSecret: 'client-secret',
					oauthTokenData: { access_token: ACCESS_1, refresh_token: REFRESH_1 },
				},
			},
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});

		const tokenRequests = requests.filter((r) => r.path === '/oauth/token');
		expect(tokenRequests.map((r) => (r.body as Record<string, string>).refresh_token)).toEqual([
			REFRESH_1,
			REFRESH_1,
		]);
		const out = result.items![0];
		expect(out.filter((i) => i.error)).toHaveLength(1);
		expect(out.filter((i) => !i.error).map((i) => i.json.id)).toEqual(['w-1', 'w-2']);
		expect(result.credentialUpdates).toHaveLength(1);
	});

	// What n8n 1.x hands a node when the token endpoint refuses the refresh token, checked against
	// n8n 1.123.81's own code (n8n-core 1.122.48 request-helper-functions: requestOAuth2 lets
	// client-oauth2's AuthError out, httpRequestWithAuthentication wraps it in
	// `new NodeApiError(node, error)`; n8n-workflow 1.120.31 takes httpCode from its `code`, EAUTH, and
	// keeps its message). The engine's n8n-core 2.11 does the same. n8n 2.41 differs: it throws its own
	// NodeOperationError "The credential … needs to be reconnected." instead (request-helpers/oauth.js),
	// so a node must handle both (see reconnectError in shared/transport/policy.ts).
	it('reports a failed refresh as n8n 1.x does: a NodeApiError with httpCode EAUTH and the RFC text', async () => {
		handler = () => ({ status: 401, body: { message: 'Invalid JWT' } });

		const result = await runNode({
			nodeType: testNode,
			credentialTypes,
			parameters: { authentication: 'oAuth2', operation: 'getMany' },
			credentials: {
				engineTestOAuth2Api: {
					clientId: 'client-id',
					clientSecret: 'client-secret',
					oauthTokenData: { access_token: ACCESS_1, refresh_token: 'revoked' },
				},
			},
		});

		expect(result.error).toBeInstanceOf(NodeApiError);
		// client-oauth2 maps the token endpoint's `invalid_grant` to an EAUTH error with the RFC text;
		// nothing in it says the credential needs reconnecting: that is the node's to say.
		expect(result.error?.httpCode).toBe('EAUTH');
		expect(result.error?.message).toMatch(
			/^The provided authorization grant .* or refresh token is invalid/,
		);
		expect(result.error?.message).not.toMatch(/reconnect/i);
		expect(result.credentialUpdates).toEqual([]);
		expect(requests.map((r) => r.path)).toEqual(['/widgets', '/oauth/token']);
	});
});

// ---------------------------------------------------------------------------
// runWorkflow
// ---------------------------------------------------------------------------

describe('runWorkflow (WorkflowExecute from a Manual Trigger)', () => {
	const workflow = (overrides: Record<string, unknown> = {}) => ({
		name: 'Engine test workflow',
		nodes: [
			{
				id: 'a7d7c5b0-0000-4000-8000-000000000001',
				name: MANUAL_TRIGGER_NAME,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0] as [number, number],
				parameters: {},
			},
			{
				id: 'a7d7c5b0-0000-4000-8000-000000000002',
				name: 'Create widget',
				type: 'CUSTOM.engineTest',
				typeVersion: 1,
				position: [220, 0] as [number, number],
				parameters: { operation: 'create', groupId: 'g-9', name: 'gizmo' },
				credentials: { engineTestTokenApi: { id: 'cred-1', name: 'Engine token' } },
				...overrides,
			},
		],
		connections: {
			[MANUAL_TRIGGER_NAME]: {
				main: [[{ node: 'Create widget', type: 'main' as const, index: 0 }]],
			},
		},
		settings: { executionOrder: 'v1' as const },
	});
	const credentials = {
		'cred-1': { type: 'engineTestTokenApi', name: 'Engine token', data: { token: 'wf-token' } },
	};

	it('runs trigger -> declarative node and records runData', async () => {
		handler = widgetsApi;

		const result = await runWorkflow({
			workflow: workflow(),
			nodeTypes: { 'CUSTOM.engineTest': testNode },
			credentialTypes,
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(result.lastNodeExecuted).toBe('Create widget');
		expect(Object.keys(result.runData)).toEqual([MANUAL_TRIGGER_NAME, 'Create widget']);
		// WorkflowExecute assigns pairedItem when input and output counts match
		expect(result.lastNodeOutput).toEqual([
			// `color` was not set: the Workflow fills in its default '' and RoutingNode sends it
			[
				{
					json: { id: 'w-gizmo', name: 'gizmo', group: 'g-9', color: '' },
					pairedItem: { item: 0 },
				},
			],
		]);
		expect(requests).toHaveLength(1);
		expect(requests[0].headers.authorization).toBe('Bearer wf-token');
	});

	it('surfaces a node error as the execution error', async () => {
		handler = widgetsApi;

		const result = await runWorkflow({
			workflow: workflow({ parameters: { operation: 'create', groupId: 'g-9', name: 'bad-wf' } }),
			nodeTypes: { 'CUSTOM.engineTest': testNode },
			credentialTypes,
			credentials,
		});

		expect(result.status).toBe('error');
		expect(result.lastNodeExecuted).toBe('Create widget');
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '422',
			description: 'name "bad-wf" is not allowed',
		});
	});

	it('with onError=continueRegularOutput rewrites error items to { error: message }', async () => {
		handler = widgetsApi;

		const result = await runWorkflow({
			workflow: workflow({
				parameters: { operation: 'create', groupId: 'g-9', name: 'bad-wf' },
				onError: 'continueRegularOutput',
			}),
			nodeTypes: { 'CUSTOM.engineTest': testNode },
			credentialTypes,
			credentials,
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		const [item] = result.lastNodeOutput![0]!;
		expect(item.json).toEqual({
			error: 'Your request is invalid or could not be processed by the service',
		});
		expect(item.error).toBeInstanceOf(NodeApiError);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('refuses to start a workflow with issues, like the editor does', async () => {
		const missingRequired = await runWorkflow({
			workflow: workflow({ parameters: { operation: 'create', name: 'no-group' } }),
			nodeTypes: { 'CUSTOM.engineTest': testNode },
			credentialTypes,
			credentials,
		});
		expect(missingRequired.status).toBe('error');
		expect(missingRequired.error?.name).toBe('WorkflowHasIssuesError');

		const unknownType = await runWorkflow({
			workflow: workflow(),
			nodeTypes: {},
			credentialTypes,
			credentials,
		});
		expect(unknownType.status).toBe('error');
		expect(unknownType.error?.message).toBe('Unrecognized node type: CUSTOM.engineTest');
		expect(requests).toHaveLength(0);
	});

	it('reports an unknown credential id as a node error, before any request', async () => {
		handler = widgetsApi;

		const result = await runWorkflow({
			workflow: workflow({ credentials: { engineTestTokenApi: { id: 'nope', name: 'Nope' } } }),
			nodeTypes: { 'CUSTOM.engineTest': testNode },
			credentialTypes,
			credentials,
		});

		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/Credential with ID "nope" does not exist/);
		expect(requests).toHaveLength(0);
	});
});

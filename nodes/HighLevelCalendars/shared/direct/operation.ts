import type {
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	INodeTypeDescription,
	INodeTypes,
} from 'n8n-workflow';
import * as workflow from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { passOn } from '../transport/errors';
import { ItemParameters, cacheableParameters } from './parameters';
import { type RequestData, RequestPlan } from './request';

/**
 * An operation run by n8n as a custom operation (INodeType.customOperations) instead of by n8n-core's
 * RoutingNode, producing what RoutingNode produces: the same request per item from the same
 * definitions (request.ts), the same preSend hooks in the same order, the same pagination function
 * (the send pipeline) or plain request, the same postReceive hooks, Request Options (batching, proxy,
 * SSL, timeout) read as it reads them, the credential's domain restriction, and the same outputs and
 * errors. What differs is cost and timing: each parameter is evaluated once per item (parameters.ts),
 * and item i's request leaves as soon as item i is built, instead of after every item is built.
 *
 * RoutingNode is not the same in every n8n. Three generations are told apart by what the running
 * n8n's n8n-workflow exports (a community node is given n8n's own):
 * - without getCredentialAllowedDomains (n8n-core 2.11, this package's test engine): an error while an
 *   item is built fails the node, even under Continue On Fail;
 * - getCredentialAllowedDomains(credentialData, url) (n8n 1.123): such an error is the item's, and the
 *   credential's "allowed domains" restriction goes with each request;
 * - getCredentialAllowedDomains({ … }) (n8n 2.41): the same, with its new signature, and "The proxy is
 *   not valid" where the older ones say "value".
 */

type AllowedDomains = (...args: unknown[]) => string | undefined;
const allowedDomainsOf = (workflow as unknown as { getCredentialAllowedDomains?: AllowedDomains })
	.getCredentialAllowedDomains;
const GENERATION: 0 | 1 | 2 =
	typeof allowedDomainsOf !== 'function' ? 0 : allowedDomainsOf.length >= 2 ? 1 : 2;

/**
 * The credential's domain restriction as that generation's RoutingNode applies it. Its "node-owned"
 * comparison of base URLs (2.41's resolveBaseUrl) always holds here: routingIsStatic admits no
 * expression that could make them differ.
 */
function applyAllowedDomains(
	node: INode,
	requestData: RequestData,
	credentials: IDataObject | undefined,
): void {
	if (GENERATION === 0 || !allowedDomainsOf) return;
	const options = requestData.options as IHttpRequestOptions & { allowedDomains?: string };
	let allowed: string | undefined;
	if (GENERATION === 1) {
		allowed = allowedDomainsOf(credentials, options.baseURL);
		if (credentials?.allowedHttpRequestDomains === 'domains' && !allowed) {
			throw new NodeOperationError(
				node,
				'No allowed domains specified. Configure allowed domains or change restriction setting.',
			);
		}
	} else if (credentials) {
		allowed = allowedDomainsOf({
			node,
			credentialData: credentials,
			credentialOwnedSurface: true,
			nodeEndpointUrl: options.baseURL,
		});
	}
	if (allowed) options.allowedDomains = allowed;
}

type Context = IExecuteFunctions & {
	// n8n-core's execution contexts hold these (NodeExecutionContext); the interfaces do not show them.
	workflow?: { nodeTypes?: INodeTypes };
	runIndex?: number;
};

/**
 * The node type n8n runs, with what its loader added (Request Options) and, as an AI tool, its tool
 * description: which definitions are shown depends on it (`@tool`).
 */
function runningDescription(
	context: Context,
	fallback: INodeTypeDescription,
): INodeTypeDescription {
	const node = context.getNode();
	return (
		context.workflow?.nodeTypes?.getByNameAndVersion(node.type, node.typeVersion)?.description ??
		fallback
	);
}

/** What an ExecuteSingleContext of RoutingNode offers the hooks, for one item. */
function singleContext(
	context: IExecuteFunctions,
	parameters: ItemParameters,
): IExecuteSingleFunctions {
	const itemIndex = parameters.itemIndex;
	const single = Object.create(context) as IExecuteSingleFunctions & Record<string, unknown>;
	Object.assign(single, {
		getItemIndex: () => itemIndex,
		getNodeParameter: (name: string, fallback?: unknown, options?: object) =>
			parameters.get(name, fallback, options),
		getCredentials: async (type: string) => await context.getCredentials(type, itemIndex),
		getInputData: (inputIndex = 0, connectionType = 'main') => {
			const items = context.getInputData(inputIndex, connectionType as never);
			const item = items?.[itemIndex];
			if (item === undefined) return { json: {} };
			return item;
		},
		evaluateExpression: (expression: string, index = itemIndex) =>
			context.evaluateExpression(expression, index),
		getWorkflowDataProxy: () => context.getWorkflowDataProxy(itemIndex),
	});
	return single;
}

function credentialOf(context: IExecuteFunctions, description: INodeTypeDescription) {
	const { credentials = [] } = description;
	if (credentials.length === 0) return undefined;
	if (credentials.length === 1) return credentials[0];
	const method = context.getNodeParameter('authentication', 0) as string;
	const found = credentials.find((each) =>
		(each.displayOptions?.show?.authentication as unknown[] | undefined)?.includes(method),
	);
	if (!found) {
		throw new NodeOperationError(
			context.getNode(),
			`Node type "${context.getNode().type}" does not have any credentials of type "${method}" defined`,
			{ level: 'warning' },
		);
	}
	return found;
}

/**
 * The parts of a proxy URL that RoutingNode takes from node:url's legacy `parse` (host, port,
 * protocol, user:password), which a community node may not import; test/shared/direct/proxy.test.ts
 * compares the two. Without `//` legacy parse reads `host:8080` as a scheme and a host without port.
 */
export function parseProxy(proxy: string): {
	host: string | null;
	hostname: string;
	port: string | null;
	protocol: string;
	auth: string | null;
} {
	const none = { host: null, hostname: '', port: null, protocol: '', auth: null };
	const slashed = /^([a-z0-9.+-]+:)\/\/([^/?#]*)/i.exec(proxy);
	if (!slashed) {
		const scheme = /^([a-z0-9.+-]+:)([^/?#]+)/i.exec(proxy);
		return scheme
			? { ...none, host: scheme[2], hostname: scheme[2], protocol: scheme[1].toLowerCase() }
			: none;
	}
	const [, protocol, authority] = slashed;
	const at = authority.lastIndexOf('@');
	const auth = at === -1 ? null : decodeURIComponent(authority.slice(0, at));
	const hostPort = authority.slice(at + 1);
	const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?/.exec(hostPort) as RegExpExecArray;
	const hostname = match[1].replace(/^\[|\]$/g, '').toLowerCase();
	const port = match[2] ? match[2] : null;
	if (!hostname) return { ...none, protocol: protocol.toLowerCase(), auth };
	const host = `${match[1].toLowerCase()}${port ? `:${port}` : ''}`;
	return { host, hostname, port, protocol: protocol.toLowerCase(), auth };
}

/** Request Options as RoutingNode applies them to each request (proxy, SSL, timeout). */
function applyRequestOptions(
	node: INode,
	requestData: RequestData,
	requestOptions: IDataObject,
	itemIndex: number,
	runIndex: number,
): void {
	const { proxy, timeout, allowUnauthorizedCerts } = requestOptions;
	const options = requestData.options as IHttpRequestOptions;
	if (proxy) {
		const parsed = parseProxy(proxy as string);
		for (const property of ['host', 'port'] as const) {
			if (!parsed[property]) {
				throw new NodeOperationError(
					node,
					GENERATION === 2 ? 'The proxy is not valid' : 'The proxy is not value',
					{
						runIndex,
						itemIndex,
						description: `The proxy URL does not contain a valid value for "${property}"`,
					},
				);
			}
		}
		options.proxy = {
			host: parsed.hostname as string,
			port: parseInt(parsed.port as string),
			protocol: parsed.protocol.replace(/:$/, '') || undefined,
		};
		if (parsed.auth) {
			const [username, password] = parsed.auth.split(':');
			options.proxy.auth = { username, password };
		}
	}
	if (allowUnauthorizedCerts) {
		options.skipSslCertificateValidation = allowUnauthorizedCerts as boolean;
	}
	options.timeout = timeout ? (timeout as number) : 300_000;
}

async function postProcess(
	single: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	if (requestData.postReceive.length) {
		for (const { actions } of requestData.postReceive) {
			for (const action of actions) {
				// routingIsStatic admits function actions only.
				if (typeof action === 'function') items = await action.call(single, items, response);
			}
		}
	} else if (Array.isArray(response.body)) {
		items = (response.body as IDataObject[]).map((json) => ({ json }));
	}
	return items;
}

/** RoutingNode.makeRequest: the hooks, then the pagination function or one request. */
async function makeRequest(
	single: IExecuteSingleFunctions,
	requestData: RequestData,
	credentialType: string | undefined,
): Promise<INodeExecutionData[]> {
	for (const preSend of requestData.preSend) {
		requestData.options = await preSend.call(single, requestData.options as IHttpRequestOptions);
	}
	const raw = async (data: RequestData): Promise<IN8nHttpFullResponse> => {
		data.options.returnFullResponse = true;
		return (
			credentialType
				? await single.helpers.httpRequestWithAuthentication.call(
						single,
						credentialType,
						data.options as IHttpRequestOptions,
						{ credentialsDecrypted: undefined },
					)
				: await single.helpers.httpRequest(data.options as IHttpRequestOptions)
		) as IN8nHttpFullResponse;
	};
	const { pagination } = requestData.requestOperations ?? {};
	if (requestData.paginate && typeof pagination === 'function') {
		const paging = Object.create(single, {
			makeRoutingRequest: {
				value: async (data: RequestData) => await postProcess(single, await raw(data), requestData),
			},
		}) as IExecutePaginationFunctions;
		return await pagination.call(paging, requestData);
	}
	return await postProcess(single, await raw(requestData), requestData);
}

/**
 * Lets the event loop send the requests already handed on while the next items are built, once per
 * millisecond of building: a request needs several turns of the loop to leave (socket, write, answer);
 * measured with 300 items (scripts/bench-direct.js), every 5 ms let the first request reach the API
 * only after about 700 ms, every 1 ms after about 25 ms, at the same node time.
 */
function yielder() {
	let last = Date.now();
	return async () => {
		if (Date.now() - last < 1) return;
		await sleep(0);
		last = Date.now();
	};
}

/**
 * The custom operation. `fallback` is the node's own description, used only where the running
 * context does not show n8n's.
 */
export function runAsRouted(
	fallback: INodeTypeDescription,
	{ pipeline = true }: { pipeline?: boolean } = {},
) {
	return async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const context = this as Context;
		const node = context.getNode();
		const runIndex = context.runIndex ?? 0;
		const description = runningDescription(context, fallback);
		const items = context.getInputData();
		const credential = credentialOf(context, description);
		let credentials: IDataObject | undefined;
		if (credential) {
			try {
				credentials = ((await context.getCredentials(credential.name, 0)) || {}) as IDataObject;
			} catch (error) {
				// n8n's own credential error, passed on as RoutingNode.prepareCredentials passes it.
				if (credential.required) passOn(error);
			}
		}
		const plan = new RequestPlan(node, description);
		const cacheable = cacheableParameters(description.properties);
		const first = new ItemParameters(context, 0, node, description, cacheable);
		const { batching } = (first.get('requestOptions', {}) ?? {}) as IDataObject & {
			batching?: { batch?: { batchSize?: number; batchInterval?: number } };
		};
		const batchSize = (batching?.batch?.batchSize ?? 0) > 0 ? batching!.batch!.batchSize! : 1;
		const batchInterval = batching?.batch?.batchInterval ?? 0;

		// Without pipelining (for measurement only) no request leaves before every item is built.
		const yieldToSending = pipeline ? yielder() : async () => undefined;
		const pending: Array<Promise<INodeExecutionData[]>> = [];
		const singles: IExecuteSingleFunctions[] = [];
		const maxResults: Array<number | string | undefined> = [];
		try {
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				if (itemIndex > 0 && batchSize >= 0 && batchInterval > 0) {
					if (itemIndex % batchSize === 0) await sleep(batchInterval);
				}
				const parameters =
					itemIndex === 0
						? first
						: new ItemParameters(context, itemIndex, node, description, cacheable);
				const single = singleContext(context, parameters);
				singles.push(single);
				let request: Promise<INodeExecutionData[]>;
				try {
					// Read for every item with fallback 0, as RoutingNode reads it.
					const requestOptions = (parameters.get('requestOptions', 0, {}) ?? {}) as IDataObject;
					const requestData = plan.build(parameters);
					applyRequestOptions(node, requestData, requestOptions, itemIndex, runIndex);
					applyAllowedDomains(node, requestData, credentials);
					maxResults.push(requestData.maxResults);
					request = makeRequest(single, requestData, credential?.name);
				} catch (error) {
					// Generation 0 lets the error pass unchanged, as its RoutingNode does.
					if (GENERATION === 0) passOn(error);
					const nodeError =
						error instanceof NodeApiError || error instanceof NodeOperationError
							? error
							: new NodeOperationError(
									node,
									error instanceof Error ? error : new Error(String(error)),
									{
										itemIndex,
										runIndex,
									},
								);
					const errorContext = (nodeError.context ?? {}) as IDataObject;
					nodeError.context = errorContext;
					errorContext.itemIndex = itemIndex;
					errorContext.runIndex = runIndex;
					if (!single.continueOnFail()) throw nodeError;
					maxResults.push(undefined);
					request = Promise.resolve([{ json: {}, error: nodeError }]);
				}
				// Settled below, in item order; a rejection is not unhandled meanwhile.
				request.catch(() => undefined);
				pending.push(request);
				await yieldToSending();
			}
		} catch (error) {
			// RoutingNode throws here too, with the requests of the items before already under way:
			// they are let finish, so that what reached the API is known when the node fails.
			await Promise.allSettled(pending);
			passOn(error);
		}

		const settled = await Promise.allSettled(pending);
		const returnData: INodeExecutionData[] = [];
		settled.forEach((outcome, itemIndex) => {
			if (outcome.status !== 'fulfilled') {
				const error = outcome.reason as Error & {
					statusCode?: number;
					description?: string;
					isAxiosError?: boolean;
					response?: { status?: number };
					context?: IDataObject;
				};
				if (error.statusCode === 429) {
					error.message =
						"Try spacing your requests out using the batching settings under 'Options'";
				}
				if (singles[itemIndex].continueOnFail()) {
					returnData.push({ json: {}, error: error as never });
					return;
				}
				if (error instanceof NodeApiError) {
					// lodash's set(error, 'context.itemIndex', …) in RoutingNode: the same object, changed.
					if (!error.context) error.context = {};
					error.context.itemIndex = itemIndex;
					error.context.runIndex = runIndex;

					passOn(error);
				}
				throw new NodeApiError(node, error as never, {
					runIndex,
					itemIndex,
					message: error?.message,
					description: error?.description,
					httpCode: error.isAxiosError && error.response ? String(error.response?.status) : 'none',
				});
			}
			const value = outcome.value;
			const limit = maxResults[itemIndex];
			if (limit) value.splice(limit as number);
			returnData.push(...value);
		});
		return [returnData];
	};
}

import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { ApplicationError } from 'n8n-workflow';

import { endpointOf } from '../../endpoints';
import { type Account, getAccount } from './account';
import { passOn } from './errors';
import { createFailureMessage } from './outcome';
import { sendWithPolicy } from './policy';
import { type Recover, recovering } from './recover';
import { namingSubAccount, sendAsSubAccount } from './subAccount';

/**
 * The send pipeline. n8n's routing engine hands a declarative node's request to
 * `requestOperations.pagination` when the operation sets `send.paginate` (route() in shared/routing.ts
 * does so for every operation), which makes `sendThrough` the one place that sees both the request and
 * its outcome: the input-error channel, the rate gate and retry policy (policy.ts), operations that
 * need several requests (their Runner), and error items paired with their input.
 */

export type RequestData = DeclarativeRestApiSettings.ResultOptions;

/** Sends one request as routed (through the gate and the retry policy) and returns n8n's items. */
export type Send = (requestData: RequestData) => Promise<INodeExecutionData[]>;

/**
 * How an operation sends when one request is not the whole story (a range split into windows, a
 * look-up after a refusal). It lives beside its operation and is given `send` for each request.
 */
export type Runner = (
	this: IExecutePaginationFunctions,
	requestData: RequestData,
	send: Send,
) => Promise<INodeExecutionData[]>;

/** A preSend hook of n8n's routing: gets the request an item is about to send, returns it changed. */
export type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

// The input-error channel: with Continue On Fail, an item's input error is held here (keyed by its
// request options) instead of thrown, so that sendThrough can answer it with an error item paired to
// its input; the routing engine's own error items carry no pairedItem.
const inputErrors = new WeakMap<object, unknown>();

export function inputErrorOf(options: object): unknown {
	return inputErrors.get(options);
}

/**
 * Wraps a preSend hook in the input-error channel: what it throws is shaped by `shape` (input checks
 * name the field there) and thrown, or, with Continue On Fail, held for the send pipeline. Once an item
 * has an error its later hooks are skipped.
 */
export function guarded(
	run: PreSend,
	shape: (node: INode, error: unknown, itemIndex: number) => unknown = (_node, error) => error,
): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (inputErrors.has(options)) return options;
		try {
			return await run.call(this, options);
		} catch (error) {
			const shaped = shape(this.getNode(), error, this.getItemIndex());
			if (!this.continueOnFail()) throw shaped;
			inputErrors.set(options, shaped);
			return options;
		}
	};
}

function requestPath(options: DeclarativeRestApiSettings.HttpRequestOptions): string {
	return String(options.url ?? '').split('?')[0];
}

/**
 * An input error held for a create's item says in its message that nothing was sent: under Continue
 * On Fail the message is all the next node gets (see outcome.ts).
 */
function notSent(error: unknown, options: DeclarativeRestApiSettings.HttpRequestOptions): unknown {
	const endpoint = endpointOf(options.method ?? 'GET', requestPath(options));
	const what = endpoint?.readsOnly ? undefined : endpoint?.creates;
	if (what !== undefined && error instanceof Error) {
		error.message = createFailureMessage(error.message, undefined, what, 'notSent');
	}
	return error;
}

/** One request through the rate gate and retry policy; failures become NodeApiError. */
async function sendOnce(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const { method = 'GET' } = requestData.options;
	const account = await getAccount(this);
	try {
		return await sendWithPolicy(
			this,
			{ method, path: requestPath(requestData.options) },
			async (letN8nRefresh) =>
				account.agency
					? await sendRoutedAsSubAccount(this, account, requestData)
					: await this.makeRoutingRequest(
							letN8nRefresh
								? {
										...requestData,
										options: { ...requestData.options, ignoreHttpStatusErrors: false },
									}
								: requestData,
						),
		);
	} catch (error) {
		passOn(namingSubAccount(account, error));
	}
}

/**
 * What `makeRoutingRequest` does, for an agency connection: the engine's makeRoutingRequest would
 * sign the request with the node's credential, the agency token, which HighLevel refuses on the
 * calendars API. The request as routed goes out with the sub-account's token instead (subAccount.ts),
 * and its answer through the operation's postReceive hooks, as RoutingNode.postProcessResponseData
 * runs them.
 */
async function sendRoutedAsSubAccount(
	context: IExecutePaginationFunctions,
	account: Account,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const response = await sendAsSubAccount(
		context,
		account,
		requestData.options as IHttpRequestOptions,
	);
	if (requestData.postReceive.length === 0) {
		const body = response.body as IDataObject | IDataObject[];
		return Array.isArray(body) ? body.map((json) => ({ json })) : [{ json: body }];
	}
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	for (const { actions } of requestData.postReceive) {
		for (const action of actions) {
			if (typeof action !== 'function') {
				// Every route of this node declares function hooks only; a declarative action would need the engine.
				throw new ApplicationError(`Unsupported postReceive action "${action.type}"`);
			}
			items = await action.call(context, items, response);
		}
	}
	return items;
}

/**
 * The pagination function n8n calls for an operation: `runner` if it has one, else one request; with
 * `recover`, a create whose outcome is unknown is looked up before it fails or is sent again
 * (recover.ts).
 */
export function sendThrough(runner?: Runner, recover?: Recover) {
	return async function sendRequest(
		this: IExecutePaginationFunctions,
		requestData: RequestData,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		try {
			const inputError = inputErrorOf(requestData.options);
			if (inputError) throw notSent(inputError, requestData.options);
			const once: Send = async (data) => await sendOnce.call(this, data);
			const send = recover ? recovering(this, once, recover) : once;
			const items = runner ? await runner.call(this, requestData, send) : await send(requestData);
			return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
		} catch (error) {
			// Answered here rather than by the engine, whose Continue On Fail items lose their pairing.
			if (!this.continueOnFail()) passOn(error);
			return [errorItem(error as Error, itemIndex)];
		}
	};
}

/** `requestData` with `qs` merged into its query: one window of a range split by a Runner. */
export function withQuery(requestData: RequestData, qs: IDataObject): RequestData {
	return {
		...requestData,
		options: { ...requestData.options, qs: { ...requestData.options.qs, ...qs } },
	};
}

function errorItem(
	error: Error & { description?: string | null; httpCode?: string | null },
	itemIndex: number,
): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error.httpCode) json.httpCode = error.httpCode;
	return { json, error: error as INodeExecutionData['error'], pairedItem: { item: itemIndex } };
}

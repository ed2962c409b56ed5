import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { readHttpFailure, toApiError } from './errors';

function requestPath(options: DeclarativeRestApiSettings.HttpRequestOptions): string {
	return String(options.url ?? '').split('?')[0];
}

/**
 * Every request of the node passes through here: n8n's routing engine hands a declarative node's
 * request to `requestOperations.pagination` when the operation sets `send.paginate`, which makes this
 * the one place that sees both the request and its outcome. It maps HTTP failures to NodeApiError
 * with HighLevel's own message.
 */
export async function sendRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	try {
		return await this.makeRoutingRequest(requestData);
	} catch (error) {
		const { method = 'GET' } = requestData.options;
		throw toApiError(this.getNode(), readHttpFailure(error), {
			method,
			path: requestPath(requestData.options),
		});
	}
}

import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { type Endpoint, fillPath } from '../../endpoints';
import { type ApiContext, getAccount } from './account';
import { passOn } from './errors';
import { readAnswer, sendWithPolicy } from './policy';
import { readPolicySettings } from './settings';
import { namingSubAccount, sendAsSubAccount } from './subAccount';

export interface RequestParts {
	/** Values of the endpoint's `{placeholders}`, path-encoded here. */
	path?: Record<string, string>;
	qs?: IDataObject;
	body?: IDataObject;
}

type Context = ApiContext;

/**
 * The one authenticated request helper, for requests outside the routing of the current operation:
 * pickers, and the look-ups some operations need (a calendar's slot duration, an appointment's current
 * times). Same credential, host, rate gate, retry policy and error mapping as routed requests.
 */
export async function apiRequest<T = IDataObject>(
	context: Context,
	endpoint: Endpoint,
	{ path = {}, qs, body }: RequestParts = {},
): Promise<T> {
	const account = await getAccount(context);
	const url = fillPath(endpoint, path);
	const request = (letN8nRefresh: boolean): IHttpRequestOptions => ({
		method: endpoint.method,
		baseURL: account.baseUrl,
		url,
		qs,
		body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: !letN8nRefresh,
		timeout: readPolicySettings(context).timeoutMs,
		headers: { Accept: 'application/json', Version: endpoint.version },
	});
	try {
		const response = await sendWithPolicy(
			context,
			{ method: endpoint.method, path: url },
			async (letN8nRefresh) => {
				// An agency connection sends as the sub-account (subAccount.ts), never with its own token.
				const answer = account.agency
					? await sendAsSubAccount(context, account, request(false))
					: ((await context.helpers.httpRequestWithAuthentication.call(
							context,
							account.credentialType,
							request(letN8nRefresh),
						)) as IN8nHttpFullResponse);
				await readAnswer(context, answer);
				return answer;
			},
		);
		return response.body as T;
	} catch (error) {
		passOn(namingSubAccount(account, error));
	}
}

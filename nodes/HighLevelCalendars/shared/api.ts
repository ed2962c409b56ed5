import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { getAccount } from './account';
import { readAnswer, readPolicySettings, sendWithPolicy } from './policy';

/** The `Version` header each spec file declares (see SOURCE.md of the HighLevel OpenAPI documents). */
export const API_VERSION = {
	calendars: '2021-04-15',
	contacts: '2021-07-28',
	users: '2021-07-28',
	locations: '2021-07-28',
} as const;

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	version: string;
	qs?: IDataObject;
	body?: IDataObject;
}

type Context = IExecuteSingleFunctions | ILoadOptionsFunctions;

/**
 * A request outside the routing of the current operation: pickers, and the look-ups some operations
 * need (a calendar's slot duration, an appointment's current times). Same credential, host and error
 * mapping as routed requests.
 */
export async function apiRequest<T = IDataObject>(context: Context, request: ApiRequest): Promise<T> {
	const account = await getAccount(context);
	const response = await sendWithPolicy(context, request, async (letN8nRefresh) => {
		const answer = (await context.helpers.httpRequestWithAuthentication.call(context, account.credentialType, {
			method: request.method,
			baseURL: account.baseUrl,
			url: request.path,
			qs: request.qs,
			body: request.body,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: !letN8nRefresh,
			timeout: readPolicySettings(context).timeoutMs,
			headers: { Accept: 'application/json', Version: request.version },
		})) as IN8nHttpFullResponse;
		await readAnswer(context, answer);
		return answer;
	});
	return response.body as T;
}

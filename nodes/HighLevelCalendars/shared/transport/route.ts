import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { Endpoint } from '../../endpoints';
import { getAccount } from './account';
import { describeBody, toApiError } from './errors';
import { readAnswer } from './policy';
import { type PreSend, type Runner, guarded, sendThrough } from './send';
import { readPolicySettings } from './settings';

type PostReceive = NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']>[number];

/** Points the request at the credential's API host (tooling may set a local sandbox there). */
const useAccount: PreSend = guarded(async function (options) {
	options.baseURL = (await getAccount(this)).baseUrl;
	return options;
});

/** The per-request timeout of n8n's Request Options, 60 s by default (the engine's would be five minutes). */
const applyTimeout: PreSend = guarded(async function (options) {
	options.timeout = readPolicySettings(this).timeoutMs;
	return options;
});

/**
 * First postReceive of every operation: tells the rate gate what the answer said about the limit, and
 * refuses a success answer whose body is not HighLevel's JSON (an HTML page, nothing, broken JSON).
 */
function checkAnswer(endpoint: Endpoint): PostReceive {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		await readAnswer(this, response);
		const answer = response.body as unknown;
		if (answer !== null && typeof answer === 'object' && !Buffer.isBuffer(answer)) return items;
		const creates = endpoint.method === 'POST';
		const error = toApiError(
			this.getNode(),
			{
				status: response.statusCode,
				body: typeof answer === 'string' ? answer : undefined,
				headers: {},
			},
			{ method: endpoint.method, path: endpoint.path },
		);
		error.message = `HighLevel answered with HTTP ${response.statusCode}${describeBody(
			Buffer.isBuffer(answer) ? answer.toString() : answer,
		)}`;
		error.description = creates
			? 'The answer could not be read, so it is unknown whether HighLevel created the object: check in HighLevel before running this item again.'
			: 'The answer could not be read. Try again in a moment; if it persists, HighLevel may be having trouble.';
		throw error;
	};
}

/**
 * The routing of one operation: the endpoint's method, path template and `Version`, then the hooks.
 * Every request first points at the credential's host and gets its timeout; `paginate: true` makes the
 * routing engine hand it to the send pipeline (send.ts: gate, retries, errors, the operation's Runner);
 * every answer is checked and its rate-limit headers read. `{placeholders}` in the path are filled by a
 * hook of the operation (shared/routing.ts adds it from the parameters the operation names).
 */
export interface RouteHooks {
	preSend?: PreSend[];
	postReceive?: PostReceive[];
	runner?: Runner;
}

export function route(
	endpoint: Endpoint,
	{ preSend = [], postReceive = [], runner }: RouteHooks = {},
): INodePropertyRouting {
	return {
		request: {
			method: endpoint.method,
			url: endpoint.path,
			headers: { Version: endpoint.version },
		},
		send: { paginate: true, preSend: [useAccount, applyTimeout, ...preSend] },
		output: { postReceive: [checkAnswer(endpoint), ...postReceive] },
		...(runner ? { operations: { pagination: sendThrough(runner) } } : {}),
	};
}

import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { Endpoint } from '../../endpoints';
import { getAccount } from './account';
import { describeBody, toApiError } from './errors';
import { createFailureMessage, markOutcomeUnknown, unknownOutcomeHint } from './outcome';
import { readAnswer } from './policy';
import type { Recover } from './recover';
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
		error.description =
			'The answer could not be read. Try again in a moment; if it persists, HighLevel may be having trouble.';
		if (endpoint.creates !== undefined && !endpoint.readsOnly) {
			// A success status came, so the object was most likely made: the send pipeline looks it up.
			error.message = createFailureMessage(
				error.message,
				{ status: response.statusCode, headers: {} },
				endpoint.creates,
				'unknown',
			);
			error.description = unknownOutcomeHint(endpoint.creates);
			markOutcomeUnknown(error, `HTTP ${response.statusCode} with an unreadable answer`);
		}
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
	/** A create's look-up of what it made, used when its outcome is unknown (recover.ts). */
	recover?: Recover;
}

export function route(
	endpoint: Endpoint,
	{ preSend = [], postReceive = [], runner, recover }: RouteHooks = {},
): INodePropertyRouting {
	return {
		request: {
			method: endpoint.method,
			url: endpoint.path,
			headers: { Version: endpoint.version },
		},
		send: { paginate: true, preSend: [useAccount, applyTimeout, ...preSend] },
		output: { postReceive: [checkAnswer(endpoint), ...postReceive] },
		...(runner || recover ? { operations: { pagination: sendThrough(runner, recover) } } : {}),
	};
}

import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

/** Settings of the rate gate and retry policy (policy.ts), shown for every operation, and their reader. */
export const limitsAndRetriesParameter: INodeProperties = {
	displayName: 'Limits and Retries',
	name: 'limitsAndRetries',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description:
		"How the node paces requests under HighLevel's rate limit (100 per 10 s per sub-account) and what it retries. A create is sent a second time after an unclear failure only when a look-up has shown that the first did not happen, so nothing is booked twice.",
	options: [
		{
			displayName: 'Max Wait on Rate Limit (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				"Longest time one request waits in total for HighLevel's rate limit (429 answers) before the item fails",
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 10, numberPrecision: 0 },
			default: 3,
			description:
				'How often a request that can safely be repeated (get, update, delete) is retried after a server error, timeout or dropped connection',
		},
		{
			displayName: 'Retry Server Errors',
			name: 'retryServerErrors',
			type: 'boolean',
			default: true,
			description:
				'Whether to retry requests that can safely be repeated after HTTP 500, 502, 503 or 504, a timeout or a dropped connection',
		},
	],
};

export interface PolicySettings {
	/** Longest total wait, per request, for 429s before giving up. */
	maxRateLimitWaitMs: number;
	/** Retries of idempotent requests after 5xx answers, timeouts and dropped connections. */
	maxRetries: number;
	retryServerErrors: boolean;
	/**
	 * How long one request may take before it counts as timed out: n8n's own Request Options → Timeout
	 * (milliseconds), which n8n adds to every declarative node, else 60 s (the engine's would be 300 s).
	 */
	timeoutMs: number;
}

export const DEFAULT_POLICY: PolicySettings = {
	maxRateLimitWaitMs: 120_000,
	maxRetries: 3,
	retryServerErrors: true,
	timeoutMs: 60_000,
};

export function readPolicySettings(
	context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>,
): PolicySettings {
	const options = (context.getNodeParameter('limitsAndRetries', {}) ?? {}) as IDataObject;
	const { timeout } = (context.getNodeParameter('requestOptions', {}) ?? {}) as IDataObject;
	const number = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
	return {
		maxRateLimitWaitMs:
			number(options.maxRateLimitWait, DEFAULT_POLICY.maxRateLimitWaitMs / 1000) * 1000,
		maxRetries: Math.floor(number(options.maxRetries, DEFAULT_POLICY.maxRetries)),
		retryServerErrors:
			typeof options.retryServerErrors === 'boolean'
				? options.retryServerErrors
				: DEFAULT_POLICY.retryServerErrors,
		timeoutMs: Math.max(1, number(timeout, DEFAULT_POLICY.timeoutMs)),
	};
}

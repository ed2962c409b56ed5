import type { INodeProperties } from 'n8n-workflow';

/** Settings of the rate gate and retry policy (policy.ts), shown for every operation. */
export const limitsAndRetriesParameter: INodeProperties = {
	displayName: 'Limits and Retries',
	name: 'limitsAndRetries',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description:
		'How the node paces requests under HighLevel\'s rate limit (100 per 10 s per sub-account) and what it retries. Create requests are never re-sent after an unclear failure, so nothing is booked twice.',
	options: [
		{
			displayName: 'Max Wait on Rate Limit (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'Longest time one request waits in total for HighLevel\'s rate limit (429 answers) before the item fails',
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
			description: 'Whether to retry requests that can safely be repeated after HTTP 500, 502, 503 or 504, a timeout or a dropped connection',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description: 'How long to wait for one answer from HighLevel',
		},
	],
};

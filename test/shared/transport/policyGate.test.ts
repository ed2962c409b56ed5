import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	readAnswer,
	sendWithPolicy,
} from '../../../nodes/HighLevelCalendars/shared/transport/policy';
import {
	type Clock,
	HighLevelSilent,
	gateFor,
} from '../../../nodes/HighLevelCalendars/shared/transport/rateGate';

/**
 * The retry policy and the rate gate together: each request the gate let through must be counted off
 * (answered: `observe`; no answer: `release(failure)`), or the gate pairs later answers and timeouts
 * with the wrong send times.
 */

const BASE_URL = 'http://policy-gate.test';
const LOCATION = 'loc-policy-gate';
const HEADERS = {
	'x-ratelimit-max': '1000',
	'x-ratelimit-remaining': '999',
	'x-ratelimit-interval-milliseconds': '1000',
};

// The wait for another worker's token pair, without waiting.
const instant: Clock = { now: () => Date.now(), sleep: async () => undefined };

function oauthContext(location = LOCATION): IExecuteSingleFunctions {
	return {
		getNodeParameter: (name: string, fallback?: unknown) =>
			name === 'authentication' ? 'oAuth2' : fallback,
		getCredentials: async () => ({
			baseUrl: BASE_URL,
			oauthTokenData: { locationId: location, refresh_token: 'refused-refresh-token' },
		}),
		getNode: () => ({
			name: 'HighLevel Calendars',
			type: 'CUSTOM.highLevelCalendars',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { highLevelCalendarsOAuth2Api: { id: 'c1', name: 'HighLevel' } },
		}),
		getExecutionId: () => 'execution-1',
	} as unknown as IExecuteSingleFunctions;
}

/** n8n 1.x's refused refresh: client-oauth2's error as a NodeApiError with httpCode EAUTH. */
const refusedRefresh = () =>
	Object.assign(new Error('invalid_grant'), { httpCode: 'EAUTH', code: 'EAUTH' });

describe('sendWithPolicy and the rate gate', () => {
	it('counts off the request of a refused OAuth2 refresh, so two silent timeouts still stop the gate', async () => {
		const context = oauthContext();
		const gate = gateFor(BASE_URL, LOCATION);
		// A 401 (answered, read by the gate), then n8n's refresh is refused: no answer the gate saw.
		await expect(
			sendWithPolicy(
				context,
				{ method: 'GET', path: '/calendars/' },
				async (letN8nRefresh) => {
					if (!letN8nRefresh) {
						await readAnswer(context, { statusCode: 401, headers: HEADERS, body: {} });
					}
					throw refusedRefresh();
				},
				instant,
			),
		).rejects.toThrow(/needs to be reconnected/);

		// One request answered afterwards, then two that time out with nothing answered since they left.
		await gate.acquire('execution-1');
		await sleep(5);
		gate.observe({ max: 1000, remaining: 998, intervalMs: 1000 }, 200);
		await sleep(5);
		await gate.acquire('execution-1');
		await gate.acquire('execution-1');
		// The gate stops sending for as long as they went unanswered: long enough to see it stopped.
		await sleep(200);
		gate.release({ code: 'ETIMEDOUT' });
		gate.release({ code: 'ETIMEDOUT' });
		await expect(gate.acquire('execution-1')).rejects.toBeInstanceOf(HighLevelSilent);
	});

	it('shows the gate a 429 that n8n answered after refreshing the token, as it shows every other', async () => {
		const location = 'loc-policy-gate-429';
		const context = oauthContext(location);
		const gate = gateFor(BASE_URL, location);
		let calls = 0;
		const result = await sendWithPolicy(
			context,
			{ method: 'GET', path: '/calendars/' },
			async (letN8nRefresh) => {
				calls++;
				if (!letN8nRefresh) {
					await readAnswer(context, { statusCode: 401, headers: HEADERS, body: {} });
				}
				if (calls === 2) {
					// Sent the ordinary way (n8n may refresh), a failure status is n8n's error, not readAnswer's.
					throw Object.assign(new Error('Too Many Requests'), {
						response: {
							status: 429,
							headers: { ...HEADERS, 'x-ratelimit-remaining': '0', 'retry-after': '0' },
						},
					});
				}
				await readAnswer(context, { statusCode: 200, headers: HEADERS, body: {} });
				return 'answered';
			},
			instant,
		);
		expect(result).toBe('answered');
		expect(calls).toBe(3);
		// A 429 halves the gate's share, whichever way the request went out.
		expect(gate.currentShare).toBe(500);
	});
});

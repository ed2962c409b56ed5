import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { type Endpoint, ENDPOINTS, endpointOf } from '../../endpoints';
import { AGENCY_CREDENTIAL, type Account, type ApiContext, forgetCredentialRead } from './account';
import { highLevelMessage, markShaped, readHttpFailure, toApiError } from './errors';
import { createFailureMessage, failureSummary } from './outcome';
import { readPolicySettings } from './settings';

/**
 * An agency connection works in a sub-account with that sub-account's own token: the agency token
 * buys it from `POST /oauth/locationToken` (oauth.json) and goes nowhere else. Tokens are kept in
 * memory, per n8n process, until shortly before they expire.
 */

/** A sub-account token and when it stops being used (a margin before HighLevel's expiry). */
interface Held {
	token: string;
	renewAt: number;
}

interface Entry {
	held?: Held;
	/** The fetch in flight: every item that needs the token meanwhile waits for this one. */
	pending?: Promise<Held>;
}

export type FetchToken = () => Promise<{ token: string; expiresInSeconds: number }>;

/** Keeps a token at most 5 minutes short of its lifetime (a tenth of it when that is shorter). */
export function renewAt(now: number, expiresInSeconds: number): number {
	const lifetimeMs = Math.max(0, expiresInSeconds) * 1000;
	return now + lifetimeMs - Math.min(5 * 60_000, lifetimeMs / 10);
}

/**
 * The process-wide cache of sub-account tokens. Keyed by credential, agency token (hashed) and
 * sub-account, never by sub-account alone: two connections on one n8n never share a token. Fetches
 * of one credential run one after the other, so that an expired agency token is refreshed by n8n
 * once, not by several fetches with the same (single-use) refresh token.
 */
export class SubAccountTokens {
	private entries = new Map<string, Entry>();

	private queues = new Map<string, Promise<unknown>>();

	constructor(private readonly now: () => number = Date.now) {}

	/** The sub-account's token: the held one, the one being fetched, or a new fetch. */
	async get(credentialKey: string, locationId: string, fetch: FetchToken): Promise<string> {
		const key = `${credentialKey}|${locationId}`;
		const entry = this.entries.get(key) ?? {};
		this.entries.set(key, entry);
		if (entry.held && this.now() < entry.held.renewAt) return entry.held.token;
		return (await this.fetchOnce(credentialKey, entry, fetch)).token;
	}

	/**
	 * After HighLevel refused `stale` (401): a new token, fetched once however many requests were
	 * refused with the same one.
	 */
	async renew(
		credentialKey: string,
		locationId: string,
		stale: string,
		fetch: FetchToken,
	): Promise<string> {
		const key = `${credentialKey}|${locationId}`;
		const entry = this.entries.get(key) ?? {};
		this.entries.set(key, entry);
		if (entry.held?.token === stale) entry.held = undefined;
		if (entry.held && this.now() < entry.held.renewAt) return entry.held.token;
		return (await this.fetchOnce(credentialKey, entry, fetch)).token;
	}

	clear(): void {
		this.entries.clear();
		this.queues.clear();
	}

	private async fetchOnce(credentialKey: string, entry: Entry, fetch: FetchToken): Promise<Held> {
		if (!entry.pending) {
			const previous = this.queues.get(credentialKey) ?? Promise.resolve();
			const pending = previous
				.catch(() => undefined)
				.then(fetch)
				.then(({ token, expiresInSeconds }) => {
					const held = { token, renewAt: renewAt(this.now(), expiresInSeconds) };
					entry.held = held;
					return held;
				})
				.finally(() => {
					entry.pending = undefined;
				});
			entry.pending = pending;
			this.queues.set(
				credentialKey,
				pending.catch(() => undefined),
			);
		}
		return await entry.pending;
	}
}

export const subAccountTokens = new SubAccountTokens();

function agencyOf(account: Account) {
	if (!account.agency) throw new Error('Not an agency connection');
	return account.agency;
}

/** What of n8n's Request Options the token request takes from the request it gets a token for. */
type Network = Pick<IHttpRequestOptions, 'proxy' | 'skipSslCertificateValidation'>;

function networkOf(options: IHttpRequestOptions | undefined): Network {
	const network: Network = {};
	if (options?.proxy !== undefined) network.proxy = options.proxy;
	if (options?.skipSslCertificateValidation !== undefined)
		network.skipSslCertificateValidation = options.skipSslCertificateValidation;
	return network;
}

/**
 * `POST /oauth/locationToken` with the agency credential. Sent the ordinary way (failures throw), so
 * that n8n refreshes an expired agency token on a 401 and repeats the request. It goes the way the
 * request it serves goes: the same Request Options proxy and SSL setting (an agency behind a
 * mandatory proxy gets its tokens through it).
 */
async function fetchLocationToken(context: ApiContext, account: Account, network: Network = {}) {
	const { companyId } = agencyOf(account);
	const endpoint = ENDPOINTS.getLocationToken;
	let answer: IDataObject;
	try {
		answer = (await context.helpers.httpRequestWithAuthentication.call(context, AGENCY_CREDENTIAL, {
			method: endpoint.method,
			baseURL: account.baseUrl,
			url: endpoint.path,
			body: new URLSearchParams({ companyId, locationId: account.locationId }).toString(),
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/x-www-form-urlencoded',
				Version: endpoint.version,
			},
			json: true,
			...network,
			// n8n's Request Options → Timeout, as every request of the node: a hung API must not hold
			// every item of the sub-account for the engine's five minutes.
			timeout: readPolicySettings(context).timeoutMs,
		})) as IDataObject;
	} catch (error) {
		throw locationTokenError(context, account, error);
	} finally {
		// n8n may have refreshed the agency token for this request: items that start later read it anew.
		forgetCredentialRead(context, AGENCY_CREDENTIAL);
	}
	const token = typeof answer?.access_token === 'string' ? answer.access_token : '';
	if (!token) {
		throw markShaped(
			new NodeApiError(
				context.getNode(),
				{ message: 'No access_token in the answer' },
				{
					message: `HighLevel gave no token for sub-account ${account.locationId}`,
					description:
						'The answer of POST /oauth/locationToken had no access_token. Try again in a moment.',
				},
			),
		);
	}
	return { token, expiresInSeconds: Number(answer.expires_in) || 0 };
}

function locationTokenError(context: ApiContext, account: Account, error: unknown): NodeApiError {
	const failure = readHttpFailure(error);
	const own = highLevelMessage(failure.body);
	// Network codes in words: n8n would replace a message naming one with its own retry advice.
	const reason = own ?? failureSummary(failure);
	const description =
		failure.status === 401 || failure.status === 403
			? 'The agency connection may have expired or lack the scope "oauth.write": enable oauth.write on the marketplace app and in the credential\'s Scope field, then reconnect the credential.'
			: `Check that the app is installed on sub-account ${account.locationId} (Sub-Account list of this node, or the app's installations in the HighLevel marketplace) and that the ID is right.`;
	const message = `Could not get a token for sub-account ${account.locationId}: ${reason}`;
	const refusal = new NodeApiError(
		context.getNode(),
		{ message: reason, statusCode: failure.status ?? null },
		{
			message,
			description,
			httpCode: failure.status === undefined ? undefined : String(failure.status),
		},
	);
	// Set after construction, so that n8n keeps it (N8N-NOTES.md).
	refusal.message = message;
	return markShaped(refusal);
}

async function tokenFor(
	context: ApiContext,
	account: Account,
	network: Network = {},
): Promise<string> {
	const { credentialKey } = agencyOf(account);
	return await subAccountTokens.get(
		credentialKey,
		account.locationId,
		async () => await fetchLocationToken(context, account, network),
	);
}

/**
 * Sends `options` as the sub-account of an agency connection: with the sub-account's token and
 * n8n's plain `httpRequest`, so the options the routing engine put on the request (the Request
 * Options proxy, SSL and timeout, the body, the query format) apply unchanged. A 401 gets a new token
 * once and the request is sent again; what comes back then is the answer.
 */
export async function sendAsSubAccount(
	context: ApiContext,
	account: Account,
	options: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	const send = async (token: string) =>
		(await context.helpers.httpRequest({
			...options,
			headers: { ...options.headers, Authorization: `Bearer ${token}` },
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
	const token = await tokenFor(context, account, networkOf(options)).catch((error: unknown) => {
		throw notSentWithoutToken(context, options, error);
	});
	const answer = await send(token).catch((error: unknown) => {
		if (readHttpFailure(error).status !== 401) throw error;
		return undefined;
	});
	if (answer && answer.statusCode !== 401) return answer;
	const { credentialKey } = agencyOf(account);
	const renewed = await subAccountTokens
		.renew(
			credentialKey,
			account.locationId,
			token,
			async () => await fetchLocationToken(context, account, networkOf(options)),
		)
		.catch((error: unknown) => {
			throw notSentWithoutToken(context, options, error);
		});
	return await send(renewed);
}

/**
 * A create that got no sub-account token was not sent, and its message says so ([not sent: …],
 * outcome.ts): under Continue On Fail the message is all the next node gets. The token's error is
 * shared by every item that waited for the same fetch, reads among them, so a create gets a copy.
 */
function notSentWithoutToken(
	context: ApiContext,
	options: IHttpRequestOptions,
	error: unknown,
): unknown {
	const endpoint = endpointOf(options.method ?? 'GET', String(options.url ?? ''));
	const what = endpoint?.readsOnly ? undefined : endpoint?.creates;
	if (what === undefined || !(error instanceof NodeApiError)) return error;
	const message = createFailureMessage(error.message, undefined, what, 'notSent');
	const notSent = new NodeApiError(
		context.getNode(),
		{ message: error.message, statusCode: null },
		{
			message,
			description: error.description ?? undefined,
			httpCode: error.httpCode ?? undefined,
		},
	);
	notSent.message = message;
	return markShaped(notSent);
}

/**
 * Names the sub-account in an error of an agency connection, whose credential does not: one
 * workflow may work in many.
 */
export function namingSubAccount<T>(account: Account, error: T): T {
	if (!account.agency || !(error instanceof Error)) return error;
	const tag = `sub-account ${account.locationId}`;
	if (error.message.includes(tag)) return error;
	// A create's outcome ([HTTP 400: … was not created], outcome.ts) stays last, where the next node
	// reads it: the sub-account goes before it.
	const outcome = / \[[^[\]]*\]$/.exec(error.message);
	error.message = outcome
		? `${error.message.slice(0, outcome.index)} (${tag})${outcome[0]}`
		: `${error.message} (${tag})`;
	return error;
}

/**
 * A request the agency itself makes (the Sub-Account picker's `GET /oauth/installedLocations`): with
 * the agency credential, sent the ordinary way so that n8n refreshes an expired agency token.
 */
export async function agencyRequest<T = IDataObject>(
	context: ApiContext,
	endpoint: Endpoint,
	baseUrl: string,
	qs: IDataObject,
): Promise<T> {
	try {
		return (await context.helpers.httpRequestWithAuthentication.call(context, AGENCY_CREDENTIAL, {
			method: endpoint.method,
			baseURL: baseUrl,
			url: endpoint.path,
			qs,
			json: true,
			headers: { Accept: 'application/json', Version: endpoint.version },
		})) as T;
	} catch (error) {
		throw toApiError(context.getNode(), readHttpFailure(error), {
			method: endpoint.method,
			path: endpoint.path,
		});
	} finally {
		forgetCredentialRead(context, AGENCY_CREDENTIAL);
	}
}

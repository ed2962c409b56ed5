import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { type Endpoint, endpointOf } from '../../endpoints';
import { type ApiContext, MARKETPLACE_APP_CREDENTIAL, fingerprint, getAccount } from './account';
import {
	type HttpFailure,
	HttpStatusError,
	failureMessage,
	isShaped,
	lowerCaseHeaders,
	markShaped,
	passOn,
	readHttpFailure,
	toApiError,
} from './errors';
import {
	type CreateOutcome,
	createFailureMessage,
	failureSummary,
	markOutcomeUnknown,
	unknownOutcomeHint,
} from './outcome';
import {
	type Clock,
	type RateGate,
	executionOf,
	gateFor,
	notSentError,
	readRateLimitHeaders,
	realClock,
} from './rateGate';
import { type PolicySettings, readPolicySettings } from './settings';

/**
 * What happens when HighLevel pushes back: 429s wait (for everyone on the sub-account) and retry,
 * transient faults retry where repeating is harmless, and everything else becomes a clear error.
 */

type Context = ApiContext;

const IDEMPOTENT = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];
const TRANSIENT_STATUS = [500, 502, 503, 504];
const DROPPED = [
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
];
// Refused connections never reached HighLevel: repeating them is harmless even for a POST.
const NOT_SENT = ['ECONNREFUSED'];

export type Decision =
	| { kind: 'wait'; ms: number }
	| { kind: 'retry'; ms: number }
	| { kind: 'fail'; ambiguous: boolean; dailyLimit?: boolean };

/** Exponential backoff with full jitter: 0 .. min(8 s, 0.5 s × 2^attempt). */
export function backoffMs(attempt: number, random = Math.random): number {
	return Math.round(random() * Math.min(8000, 500 * 2 ** attempt));
}

/** Pure: what to do about one failed attempt. */
export function decide(
	failure: HttpFailure,
	method: string,
	attempt: number,
	settings: PolicySettings,
	gateIntervalMs: number,
	random = Math.random,
	readsOnly = false,
): Decision {
	// A POST that only reads (validate-slug, the contacts search) is as safe to repeat as a GET.
	const idempotent = readsOnly || IDEMPOTENT.includes(method.toUpperCase());
	if (failure.status === 429) {
		const limits = readRateLimitHeaders(failure.headers);
		if (limits.dailyRemaining === 0) return { kind: 'fail', ambiguous: false, dailyLimit: true };
		const announced = limits.retryAfterMs ?? limits.intervalMs;
		// Jitter spreads the retries of many waiting requests over the next window.
		const ms =
			announced !== undefined
				? announced + Math.round(random() * 250)
				: backoffMs(attempt, random) || gateIntervalMs;
		return { kind: 'wait', ms };
	}
	const transient =
		(failure.status !== undefined && TRANSIENT_STATUS.includes(failure.status)) ||
		(failure.status === undefined && failure.code !== undefined && DROPPED.includes(failure.code));
	const notSent =
		failure.status === undefined && failure.code !== undefined && NOT_SENT.includes(failure.code);
	if ((transient && idempotent) || notSent) {
		if (settings.retryServerErrors && attempt < settings.maxRetries) {
			return { kind: 'retry', ms: backoffMs(attempt, random) };
		}
		return { kind: 'fail', ambiguous: false };
	}
	// A POST that failed this way may still have been carried out by HighLevel.
	return { kind: 'fail', ambiguous: transient && !idempotent };
}

/**
 * What became of a create that failed this way. Any 5xx, and any network failure but a refused
 * connection or an unknown host, may come after HighLevel stored the object.
 */
function createOutcome(
	failure: HttpFailure,
	decision: Extract<Decision, { kind: 'fail' }>,
): CreateOutcome {
	if (decision.dailyLimit) return 'refused';
	if (decision.ambiguous || (failure.status !== undefined && failure.status >= 500))
		return 'unknown';
	if (failure.status !== undefined) return 'refused';
	return failure.code !== undefined && [...NOT_SENT, 'ENOTFOUND'].includes(failure.code)
		? 'notSent'
		: 'unknown';
}

function finalError(
	context: Context,
	failure: HttpFailure,
	request: { method: string; path: string },
	decision: Extract<Decision, { kind: 'fail' }>,
	endpoint: Endpoint | undefined,
): NodeApiError {
	const error = toApiError(context.getNode(), failure, request);
	if (decision.dailyLimit) {
		const daily = failure.headers['x-ratelimit-limit-daily'];
		error.message = `HighLevel's daily request limit${daily ? ` (${daily})` : ''} for this sub-account is used up`;
		error.description =
			'The daily budget is per marketplace app and sub-account. Run the rest tomorrow.';
	}
	const what = endpoint?.readsOnly ? undefined : endpoint?.creates;
	if (what === undefined) return error;
	// Set after the error is built: NodeApiError would replace a message naming a network code.
	const outcome = createOutcome(failure, decision);
	const base = decision.dailyLimit ? error.message : failureMessage(failure, false);
	error.message = createFailureMessage(base, failure, what, outcome);
	if (outcome === 'unknown') {
		error.description = unknownOutcomeHint(what);
		markOutcomeUnknown(error, failureSummary(failure));
	}
	return error;
}

/**
 * A refused OAuth2 refresh. n8n 1.x hands the node client-oauth2's error as a NodeApiError with
 * `httpCode` EAUTH (the RFC's text as message, request-helper-functions' requestOAuth2 in n8n-core
 * 1.122); n8n 2.x throws its own "needs to be reconnected", which passes through unchanged.
 */
function reconnectError(
	context: Context,
	credentialType: string,
	original: unknown,
	endpoint: Endpoint | undefined,
): NodeApiError {
	const name = context.getNode().credentials?.[credentialType]?.name;
	const reason = (original as Error)?.message;
	const message = `The credential ${name ? `"${name}"` : 'of this node'} needs to be reconnected: HighLevel refused to renew its access`;
	const error = new NodeApiError(
		context.getNode(),
		{ message, statusCode: null },
		{
			message,
			description: `Open the credential and click Reconnect (it must be connected to the same sub-account). HighLevel refuses a refresh when the app was uninstalled from the sub-account, its access was revoked, or its refresh token was already used by another n8n process or instance (HighLevel issues a new one with each refresh).${reason ? ` HighLevel's answer: ${reason}` : ''}`,
			httpCode: 'EAUTH',
		},
	);
	const what = endpoint?.readsOnly ? undefined : endpoint?.creates;
	if (what !== undefined) {
		error.message = createFailureMessage(message, undefined, what, 'notSent');
	}
	return markShaped(error);
}

function rateLimitExhausted(
	context: Context,
	gate: RateGate,
	waitedMs: number,
	what?: string,
): NodeApiError {
	const { max, intervalMs } = gate.limit;
	const error = new NodeApiError(
		context.getNode(),
		{ statusCode: 429, message: 'Too Many Requests' },
		{
			message: `HighLevel's rate limit (${max} requests per ${intervalMs / 1000} s) was still in force after waiting ${Math.round(waitedMs / 1000)} s`,
			description:
				'Raise "Max Wait on Rate Limit" under Limits and Retries, or send fewer items per run. Other workflows using the same sub-account share the limit.',
			httpCode: '429',
		},
	);
	if (what !== undefined) {
		error.message = createFailureMessage(
			error.message,
			{ status: 429, headers: {} },
			what,
			'refused',
		);
	}
	return error;
}

/**
 * One try of the request. Requests normally go out with `ignoreHttpStatusErrors`, so that the node can
 * read a failure's headers; `letN8nRefresh` sends it the ordinary way, which lets n8n-core refresh an
 * expired OAuth2 token on a 401 and repeat the request.
 */
export interface Attempt<T> {
	(letN8nRefresh: boolean): Promise<T>;
}

// HighLevel issues a new refresh token with each refresh and retires the old one. Items sent at once
// would all meet the expired token and all refresh with the same old refresh token; one at a time, the
// first refreshes and the others find the new token already stored.
const refreshQueues = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
	const previous = refreshQueues.get(key) ?? Promise.resolve();
	const run = previous.catch(() => undefined).then(task);
	refreshQueues.set(
		key,
		run.catch(() => undefined),
	);
	return await run;
}

// n8n 1.x refreshes an OAuth2 token without a lock between processes: when two queue-mode workers
// refresh one credential at once, HighLevel rotates the refresh token for the first and refuses the
// second's (invalid_grant, EAUTH here). The first then stores the new pair, so the credential works.
// A refused refresh is waited on for that new pair; found, the request is sent once more.
const RENEWAL_WAIT_MS = 3000;
const RENEWAL_POLL_MS = 200;
// Refresh tokens (hashed, per credential) that were refused and not replaced within the wait:
// later items of the process fail at once instead of waiting again.
const refusedRefreshTokens = new Map<string, string>();
// Refused refreshes after which another process had stored a new token pair.
const renewedElsewhere = new WeakSet<object>();

/** The credential's stored refresh token, as n8n reads it for its next request, hashed. */
async function storedRefreshToken(
	context: Context,
	credentialType: string,
): Promise<string | undefined> {
	try {
		const credentials = await context.getCredentials(credentialType);
		const token = (credentials.oauthTokenData as IDataObject | undefined)?.refresh_token;
		return typeof token === 'string' && token !== '' ? fingerprint(token) : undefined;
	} catch {
		return undefined;
	}
}

/** Whether another process stored a new refresh token since `used`, waiting up to RENEWAL_WAIT_MS. */
async function waitForRenewal(
	context: Context,
	credentialType: string,
	key: string,
	used: string | undefined,
	clock: Clock,
): Promise<boolean> {
	if (used === undefined || refusedRefreshTokens.get(key) === used) return false;
	for (let waited = 0; ; waited += RENEWAL_POLL_MS) {
		const stored = await storedRefreshToken(context, credentialType);
		if (stored !== undefined && stored !== used) return true;
		if (waited >= RENEWAL_WAIT_MS) break;
		await clock.sleep(RENEWAL_POLL_MS);
	}
	refusedRefreshTokens.set(key, used);
	return false;
}

const isRefusedRefresh = (error: unknown) => {
	if (error instanceof NodeOperationError || isShaped(error)) return false;
	const failure = readHttpFailure(error);
	return failure.status === undefined && failure.code === 'EAUTH';
};

/**
 * Runs `attempt` through the sub-account's gate, retrying as `decide` says. Errors already shaped for
 * the user (input errors, mapped API errors) pass through untouched.
 */
export async function sendWithPolicy<T>(
	context: Context,
	request: { method: string; path: string },
	attempt: Attempt<T>,
	clock: Clock = realClock,
): Promise<T> {
	const account = await getAccount(context);
	const gate = gateFor(account.baseUrl, account.locationId);
	const settings = readPolicySettings(context);
	const refreshKey = `${account.credentialType}|${context.getNode().credentials?.[account.credentialType]?.id ?? account.locationId}`;
	let letN8nRefresh = false;
	let refreshRepeated = false;
	let rateLimitWaitMs = 0;
	// One at a time per credential, the wait for another process's new token pair included.
	const refreshing = async () => {
		const used = await storedRefreshToken(context, account.credentialType);
		try {
			return await attempt(true);
		} catch (error) {
			if (
				!refreshRepeated &&
				isRefusedRefresh(error) &&
				(await waitForRenewal(context, account.credentialType, refreshKey, used, clock))
			) {
				renewedElsewhere.add(error as object);
			}
			// To the catch below, which decides on it like on any failed attempt.
			passOn(error);
		}
	};
	for (let tries = 0; ; tries++) {
		try {
			await gate.acquire(executionOf(context));
		} catch (error) {
			// HighLevel answered nothing for a while: this request is not sent (see RateGate). A create's
			// message says so in the words the next node reads under Continue On Fail ([not sent: …]).
			const notSent = notSentError(context.getNode(), error);
			const endpoint = endpointOf(request.method, request.path);
			const what = endpoint?.readsOnly ? undefined : endpoint?.creates;
			if (what !== undefined && notSent instanceof NodeApiError) {
				const base = notSent.message.replace(/: this request was not sent$/, '');
				notSent.message = createFailureMessage(base, undefined, what, 'notSent');
			}
			throw notSent;
		}
		try {
			return letN8nRefresh ? await oneAtATime(refreshKey, refreshing) : await attempt(false);
		} catch (error) {
			if (error instanceof NodeOperationError || isShaped(error)) {
				gate.release();
				passOn(error);
			}
			const failure = readHttpFailure(error);
			if (failure.status === undefined && failure.code === undefined) {
				// Not an HTTP exchange at all (for example an OAuth2 credential that was never connected).
				gate.release(failure);
				passOn(error);
			}
			if (failure.status === undefined && failure.code === 'EAUTH') {
				// n8n 1.x: HighLevel refused to refresh the OAuth2 token (not a network failure). The 401
				// before it was read by n8n, not by readAnswer: counted off here as a request the gate saw
				// no answer to, or its send time would stay in the gate's log of requests on the way.
				gate.release(failure);
				if (renewedElsewhere.has(error as object)) {
					// Another process renewed the credential: the refused refresh came before the request
					// was repeated, so it was not carried out and sending it once more is safe, creates too.
					refreshRepeated = true;
					tries--;
					continue;
				}
				const refused = endpointOf(request.method, request.path);
				throw reconnectError(context, account.credentialType, error, refused);
			}
			if (
				failure.status === 401 &&
				!letN8nRefresh &&
				account.credentialType === MARKETPLACE_APP_CREDENTIAL
			) {
				// The access token expired (they last about a day): let n8n refresh it, then repeat.
				gate.release();
				letN8nRefresh = true;
				tries--;
				continue;
			}
			if (
				letN8nRefresh &&
				failure.status !== undefined &&
				failure.status >= 400 &&
				!(error instanceof HttpStatusError)
			) {
				// Sent the ordinary way, a failure status is n8n's error (n8n throws on 4xx and 5xx only):
				// readAnswer never saw this answer.
				gate.observe(readRateLimitHeaders(failure.headers), failure.status);
			}
			// readAnswer has already shown the gate any answer's headers; this counts off one that got none.
			gate.release(failure);
			// Looked up only on a failure: whether a POST only reads, and what a create makes.
			const endpoint = endpointOf(request.method, request.path);
			const decision = decide(
				failure,
				request.method,
				tries,
				settings,
				gate.limit.intervalMs,
				Math.random,
				endpoint?.readsOnly === true,
			);
			if (decision.kind === 'fail') throw finalError(context, failure, request, decision, endpoint);
			if (decision.kind === 'wait') {
				if (rateLimitWaitMs + decision.ms > settings.maxRateLimitWaitMs) {
					throw rateLimitExhausted(
						context,
						gate,
						rateLimitWaitMs,
						endpoint?.readsOnly ? undefined : endpoint?.creates,
					);
				}
				rateLimitWaitMs += decision.ms;
				gate.pause(decision.ms);
			} else {
				await clock.sleep(decision.ms);
			}
		}
	}
}

/**
 * Every answer read with `ignoreHttpStatusErrors` passes here: the gate learns what its headers say
 * about the limit, and a failure status becomes an HttpStatusError for sendWithPolicy to decide on.
 */
export async function readAnswer(context: Context, answer: IN8nHttpFullResponse): Promise<void> {
	const account = await getAccount(context);
	const headers = lowerCaseHeaders(answer.headers);
	gateFor(account.baseUrl, account.locationId).observe(
		readRateLimitHeaders(headers),
		answer.statusCode,
	);
	if (answer.statusCode >= 400) throw new HttpStatusError(answer.statusCode, headers, answer.body);
}

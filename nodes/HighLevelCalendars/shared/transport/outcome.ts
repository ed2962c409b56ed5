import type { IDataObject } from 'n8n-workflow';

import type { HttpFailure } from './errors';

/**
 * What became of a create that failed, said in the error's message itself: under On Error = Continue
 * n8n keeps only `{ error: message }` of a failed item, so the next node must be able to read there
 * whether the object may exist ("may have been created") or surely does not ("not created", "not
 * sent"), and the HTTP code.
 *
 * The message never carries a raw network code (ECONNRESET, ETIMEDOUT …): n8n's NodeApiError replaces
 * any message containing one with its own text ("You can retry the request immediately", "consider
 * setting the 'Retry on Fail' option"), exactly the advice that books twice. `COMMON_ERROR_CODES` is
 * that list (n8n-workflow's NodeError, the same in 1.123 and 2.x), checked by the tests.
 */
export const COMMON_ERROR_CODES = [
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'ETIMEDOUT',
	'ERRADDRINUSE',
	'EADDRNOTAVAIL',
	'ECONNABORTED',
	'EHOSTUNREACH',
	'EAI_AGAIN',
	'ENOENT',
	'EISDIR',
	'ENOTDIR',
	'EACCES',
	'EEXIST',
	'EPERM',
	'GETADDRINFO',
] as const;

/** A network code in words, for messages n8n must not rewrite. */
const NETWORK_WORDS: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	EPIPE: 'the connection was closed while sending',
	ETIMEDOUT: 'no answer within the timeout',
	ESOCKETTIMEDOUT: 'no answer within the timeout',
	ECONNABORTED: 'no answer within the timeout',
	EAI_AGAIN: 'the API host name could not be looked up',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the API host name was not found',
	EHOSTUNREACH: 'the API host could not be reached',
};

/** "HTTP 503" or the network failure in words ("the connection was reset"). */
export function failureSummary(failure: HttpFailure): string {
	if (failure.status !== undefined) return `HTTP ${failure.status}`;
	if (failure.code === undefined) return 'no answer';
	return NETWORK_WORDS[failure.code] ?? 'no answer (network error)';
}

export type CreateOutcome = 'unknown' | 'refused' | 'notSent';

/** A node message without any code n8n would replace it for ("No answer from HighLevel (ECONNRESET)"). */
export function safeText(message: string): string {
	let text = message;
	for (const code of [...COMMON_ERROR_CODES, ...Object.keys(NETWORK_WORDS)]) {
		const words = NETWORK_WORDS[code] ?? 'network error';
		// n8n looks for the code anywhere in the message, case-insensitively.
		text = text.replace(new RegExp(code, 'gi'), words);
	}
	return text;
}

/**
 * The message of a failed create: HighLevel's own message (or what happened), then the HTTP code or
 * network failure and what became of the object, e.g.
 * `Service Unavailable [HTTP 503 after the request was sent: the appointment may have been created]`.
 * It ends with one bracket: a message that already ends with this very outcome is kept as it is, and
 * one that ends with another create's (the contact a booking made first) has that one put in words.
 */
export function createFailureMessage(
	message: string,
	failure: HttpFailure | undefined,
	what: string,
	outcome: CreateOutcome,
): string {
	const how = failure ? failureSummary(failure) : undefined;
	const was = /s$/.test(what) ? 'were' : 'was';
	const tail =
		outcome === 'unknown'
			? `${how ?? 'no answer'} after the request was sent: the ${what} may have been created`
			: outcome === 'refused'
				? `${how ?? 'refused'}: the ${what} ${was} not created`
				: `${how ? `${how}, ` : ''}not sent: the ${what} ${was} not created`;
	if (message.endsWith(` [${tail}]`)) return message;
	return `${safeText(outcomeInWords(message))} [${tail}]`;
}

/**
 * `message` with `note` added before its outcome bracket, which stays the last thing in it (the bracket
 * is ours and holds no `[`: the last ` [` opens it). A message without one gets the note at its end.
 */
export function noteBeforeOutcome(message: string, note: string, separator = '; '): string {
	const at = message.lastIndexOf(' [');
	if (at < 0 || !message.endsWith(']')) return `${message}${separator}${note}`;
	return `${message.slice(0, at)}${separator}${note}${message.slice(at)}`;
}

/**
 * A failed create's message inside another create's (the contact of a booking): its outcome bracket
 * becomes words in round brackets, so that the message ends with one bracket, the item's own; "may
 * have been created" becomes "may exist", so that a next node looking for those words in the message
 * reads them of the item's object only.
 */
export function outcomeInWords(message: string): string {
	const match =
		/ \[([^[\]]*: the [^[\]]+ (?:may have been created|w(?:as|ere) not created))\]$/.exec(message);
	if (!match) return message;
	const words = match[1].replace(/may have been created$/, 'may exist');
	return `${message.slice(0, match.index)} (${words})`;
}

/** What to do about a create whose outcome is unknown; `what` comes from the endpoint row. */
export function unknownOutcomeHint(what: string): string {
	return `HighLevel may have created the ${what} before the failure. Look for it in HighLevel (or with Get Many) before creating it anew: the node sends a create a second time only when its own look-up has shown that the first did not happen, so that nothing is created or booked twice.`;
}

// Errors of creates whose outcome is unknown, with what happened ("HTTP 503"): the send pipeline
// looks the object up before giving up.
const unknownOutcomes = new WeakMap<object, string>();

export function markOutcomeUnknown<T extends object>(error: T, after: string): T {
	unknownOutcomes.set(error, after);
	return error;
}

export function isOutcomeUnknown(error: unknown): boolean {
	return typeof error === 'object' && error !== null && unknownOutcomes.has(error);
}

/** What happened to a create whose outcome is unknown ("HTTP 503", "the connection was reset"). */
export function unknownAfter(error: object): string {
	return unknownOutcomes.get(error) ?? 'an unclear failure';
}

/**
 * The item of a create the node did not need to make: `recovered` after an unclear failure (the
 * look-up found the object the first request made), `skipped` when Skip If Already Booked found it.
 * The object is as HighLevel lists it (its list read), with these two keys added.
 */
export function recoveredItem(object: IDataObject, after: string): IDataObject {
	return { ...object, recovered: true, recoveredAfter: after };
}

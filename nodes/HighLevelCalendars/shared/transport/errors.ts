import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { endpointOf } from '../../endpoints';

/** Errors already written for the user: retry logic and wrappers pass them on untouched. */
const shaped = new WeakSet<object>();

export function isShaped(error: unknown): boolean {
	return typeof error === 'object' && error !== null && shaped.has(error);
}

/** What a failed HTTP exchange left behind, without the request (which holds the token). */
export interface HttpFailure {
	status?: number;
	body?: unknown;
	headers: Record<string, string>;
	/** Network-level code such as ECONNRESET or ETIMEDOUT when no response came. */
	code?: string;
}

/**
 * A non-2xx answer as the node sees it. Requests go out with `ignoreHttpStatusErrors`, so that the
 * answer's headers (Retry-After, X-RateLimit-*) are still there; n8n-core's NodeApiError drops them.
 */
export class HttpStatusError extends Error {
	constructor(
		readonly status: number,
		readonly headers: Record<string, string>,
		readonly body: unknown,
	) {
		super(`HTTP ${status}`);
	}
}

export function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const lowered: Record<string, string> = {};
	for (const [name, value] of Object.entries((headers ?? {}) as object)) {
		if (value !== undefined && value !== null) lowered[name.toLowerCase()] = String(value);
	}
	return lowered;
}

/**
 * Reads a failure from our HttpStatusError, an axios error, or the NodeApiError n8n-core wraps errors
 * in (which keeps the status in httpCode, the JSON body in context.data, a network code such as
 * ECONNRESET in httpCode, and no headers).
 */
export function readHttpFailure(error: unknown): HttpFailure {
	if (error instanceof HttpStatusError) {
		return { status: error.status, body: error.body, headers: error.headers };
	}
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const response = (candidate as { response?: Record<string, unknown> })?.response;
		if (response && typeof response.status === 'number') {
			return {
				status: response.status,
				body: response.data,
				headers: lowerCaseHeaders(response.headers),
			};
		}
	}
	const httpCode = (error as { httpCode?: unknown })?.httpCode;
	if (typeof httpCode === 'string' && /^\d{3}$/.test(httpCode)) {
		return { status: Number(httpCode), body: (error as NodeApiError).context?.data, headers: {} };
	}
	const code = [
		...candidates.map((candidate) => (candidate as { code?: unknown })?.code),
		httpCode,
	].find((value) => typeof value === 'string' && /^E[A-Z_]+$/.test(value)) as string | undefined;
	return { headers: {}, code };
}

/** HighLevel's own message: a string, or an array of strings (validation errors). */
export function highLevelMessage(body: unknown): string | undefined {
	let data = body;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch {
			return undefined;
		}
	}
	if (!data || typeof data !== 'object') return undefined;
	const { message, error } = data as { message?: unknown; error?: unknown };
	if (Array.isArray(message)) return message.map(String).join('; ');
	if (typeof message === 'string' && message) return message;
	if (typeof error === 'string' && error) return error;
	return undefined;
}

/** The scope the spec declares for a request (from the endpoint table), for naming a missing one. */
export function scopeFor(method: string, path: string): string {
	return endpointOf(method, path)?.scope ?? 'calendars.readonly';
}

/**
 * How to add a missing scope. Scopes added to the credential's defaults reach only connections made
 * after the change, so an existing OAuth2 connection must be made again.
 */
function enableScope(scope: string): string {
	return `To add "${scope}": enable it on the marketplace app and in the OAuth2 credential's Scope field, then reconnect the credential; for a Private Integration Token, edit the integration in the sub-account's Settings → Private Integrations and select it.`;
}

const HINTS: Record<number, (scope: string) => string> = {
	400: () => 'HighLevel refused the request. Check the values named in the message.',
	401: (scope) =>
		`Check that the credential is still valid (a Private Integration Token can be revoked or rotated in the sub-account's Settings → Private Integrations; an OAuth2 connection may need to be reconnected) and that it has the scope "${scope}". ${enableScope(scope)}`,
	403: (scope) =>
		`The token may lack the scope "${scope}", or have no access to this sub-account. ${enableScope(scope)} Also check that the credential's Location ID is the sub-account the token was created in (or reconnect OAuth2 to the right sub-account).`,
	404: () =>
		'Nothing was found under that ID in this sub-account. Check the ID, and that it belongs to the connected sub-account.',
	422: () =>
		'HighLevel rejected a field of the request. The message names the field and what it expects.',
	429: () =>
		'HighLevel allows 100 requests per 10 seconds and 200,000 per day per app and sub-account. Wait and run again, or lower the number of items per run.',
};

export function describeStatus(status: number | undefined, scope: string): string | undefined {
	if (status === undefined) return undefined;
	const hint = HINTS[status];
	if (hint) return hint(scope);
	if (status >= 500) return 'HighLevel had a problem answering. Try again in a moment.';
	return undefined;
}

/**
 * HighLevel's own message, else what the answer looked like, else "No answer from HighLevel (CODE)".
 * NodeApiError replaces a message naming a network code with n8n's own text: callers that must keep
 * it (creates, see outcome.ts) build theirs from this after the error exists.
 */
export function failureMessage(failure: HttpFailure, withCode = true): string {
	if (failure.status !== undefined) {
		return (
			highLevelMessage(failure.body) ??
			`HighLevel answered with HTTP ${failure.status}${describeBody(failure.body)}`
		);
	}
	return `No answer from HighLevel${withCode && failure.code ? ` (${failure.code})` : ''}`;
}

/**
 * A NodeApiError carrying HighLevel's own message and the HTTP code. Built from the response body
 * only, never from the request, so no token can leak into the error or the execution log.
 */
export function toApiError(
	node: INode,
	failure: HttpFailure,
	request: { method: string; path: string },
	itemIndex?: number,
): NodeApiError {
	const status = failure.status;
	const message = failureMessage(failure);
	const body: JsonObject =
		failure.body && typeof failure.body === 'object'
			? (failure.body as JsonObject)
			: { message, statusCode: status ?? null };
	const error = new NodeApiError(node, body, {
		message,
		description: describeStatus(status, scopeFor(request.method, request.path)),
		httpCode: status === undefined ? undefined : String(status),
		itemIndex,
	});
	shaped.add(error);
	return error;
}

/** How a body that is not HighLevel's JSON looked, for the error message. */
export function describeBody(body: unknown): string {
	if (body === undefined || body === null || body === '') return ' and no body';
	if (typeof body === 'string') {
		return /^\s*</.test(body)
			? ' and an HTML page instead of JSON'
			: ' and a body that is not valid JSON';
	}
	return '';
}

/** Marks an error as written for the user, so that retry logic and wrappers pass it on untouched. */
export function markShaped<T extends object>(error: T): T {
	shaped.add(error);
	return error;
}

/**
 * Passes on an error that is already what the user should see: a NodeApiError or
 * NodeOperationError, or a FieldError that sendRequest turns into one. A function rather than a
 * `throw error` in the catch block, which n8n's require-node-api-error rule reads as a raw re-throw.
 */
export function passOn(error: unknown): never {
	throw error;
}

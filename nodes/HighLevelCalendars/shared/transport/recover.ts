import type { IDataObject, IExecutePaginationFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Endpoint } from '../../endpoints';
import type { ApiContext } from './account';
import { passOn } from './errors';
import { isOutcomeUnknown, noteBeforeOutcome, recoveredItem, unknownAfter } from './outcome';
import type { RequestData, Send } from './send';
import { apiRequest } from './transport';

/**
 * Exactly-once creates. When a create's outcome is unknown (a 5xx after it was sent, a reset
 * connection, a timeout, an unreadable answer), the operation's `Recover` look-up, declared on its
 * route beside it, searches for the object that request would have made:
 * - found: the item succeeds with that object, marked `recovered` (nothing is sent again);
 * - not found: the create did not happen, and it is sent once more (looked up again if that fails too);
 * - the look-up fails, or cannot tell ours from an older object: the item fails with the safe message.
 */

/**
 * Looks for the object `requestData` would have created, made at or after `sentAt` (epoch ms, our
 * clock). Returns it, undefined when there is none, or throws `Undecidable` when one exists that
 * may be someone else's.
 */
export type Recover = (
	this: IExecutePaginationFunctions,
	requestData: RequestData,
	sentAt: number,
) => Promise<IDataObject | undefined>;

/** A match whose creation time is not known: it may be ours or older, so the item fails safely. */
export class Undecidable extends Error {}

/**
 * Margin for the clocks of n8n and HighLevel: an object dated up to this long before our request left
 * still counts as ours. An older one is someone else's (a booking of the same contact at the same
 * start made a minute before ours is not ours to claim).
 */
export const CLOCK_SKEW_MS = 30_000;

/**
 * Whether `object` (a HighLevel list entry) was created at or after `sentAt`, by its `dateAdded`;
 * undefined when it has none that reads as a time (CalendarEventDTO types it as an object, the example
 * is an ISO string).
 */
export function createdSince(object: IDataObject, sentAt: number): boolean | undefined {
	const added = Date.parse(String(object.dateAdded ?? ''));
	if (Number.isNaN(added)) return undefined;
	return added >= sentAt - CLOCK_SKEW_MS;
}

/** The first of `candidates` created at or after `sentAt`; Undecidable when one has no date. */
export function newest(candidates: IDataObject[], sentAt: number): IDataObject | undefined {
	const dated = candidates.map((candidate) => ({
		candidate,
		since: createdSince(candidate, sentAt),
	}));
	const ours = dated.find(({ since }) => since === true);
	if (ours) return ours.candidate;
	const undated = dated.find(({ since }) => since === undefined);
	if (undated) {
		// Calendar resources and notifications are identified by `_id`.
		const id = undated.candidate.id ?? undated.candidate._id;
		throw new Undecidable(
			`one with ID ${String(id)} exists, but HighLevel does not say when it was created`,
		);
	}
	return undefined;
}

/** Pages a look-up reads at most of a list paged with limit and skip: 1000 entries at 100 a page. */
export const LOOKUP_PAGE = 100;
export const LOOKUP_PAGES = 10;

/**
 * The entries of a list HighLevel pages with `limit` and `skip` (an array per page) that `matches`
 * keeps, read page after page until a short page (at most LOOKUP_PAGES).
 */
export async function matchesBySkip(
	context: ApiContext,
	endpoint: Endpoint,
	parts: { path?: Record<string, string>; qs?: IDataObject },
	matches: (entry: IDataObject) => boolean,
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (let page = 0; page < LOOKUP_PAGES; page++) {
		const entries = await apiRequest<IDataObject[]>(context, endpoint, {
			...parts,
			qs: { ...parts.qs, limit: LOOKUP_PAGE, skip: page * LOOKUP_PAGE },
		});
		const list = Array.isArray(entries) ? entries : [];
		found.push(...list.filter(matches));
		if (list.length < LOOKUP_PAGE) break;
	}
	return found;
}

function lookupFailed(unknown: NodeApiError, lookupError: unknown): NodeApiError {
	// Not the look-up's own message: n8n may have rewritten it into advice to retry.
	const code = (lookupError as NodeApiError)?.httpCode;
	const why =
		lookupError instanceof Undecidable
			? lookupError.message
			: `the look-up failed too, ${code && /^\d{3}$/.test(code) ? `HTTP ${code}` : 'with no answer'}`;
	unknown.message = noteBeforeOutcome(
		unknown.message,
		`the node could not check whether it was created: ${why}`,
	);
	return unknown;
}

/**
 * Sends a create with `attempt`; when its outcome is unknown, `lookUp` (given the time the attempt
 * left) decides: what it finds is returned as `recovered(found, after)`, nothing found sends it once
 * more, and a failed look-up fails with the safe message (see the module comment).
 */
export async function sendOrRecover<T, F>(
	attempt: () => Promise<T>,
	lookUp: (sentAt: number) => Promise<F | undefined>,
	recovered: (found: F, after: string) => T,
	clock: () => number = Date.now,
): Promise<T> {
	for (let sends = 1; ; sends++) {
		const sentAt = clock();
		let failure: unknown;
		try {
			return await attempt();
		} catch (error) {
			if (!isOutcomeUnknown(error) || !(error instanceof NodeApiError)) passOn(error);
			failure = error;
		}
		const unknown = failure as NodeApiError;
		let found: F | undefined;
		try {
			found = await lookUp(sentAt);
		} catch (lookupError) {
			throw lookupFailed(unknown, lookupError);
		}
		if (found !== undefined) return recovered(found, unknownAfter(unknown));
		if (sends >= 2) {
			unknown.message = noteBeforeOutcome(
				unknown.message,
				'it was sent twice and not found in HighLevel after either',
			);
			throw unknown;
		}
	}
}

/** `send` for a create with a look-up: see the module comment. */
export function recovering(
	context: IExecutePaginationFunctions,
	send: Send,
	recover: Recover,
	clock: () => number = Date.now,
): Send {
	return async (requestData) =>
		await sendOrRecover(
			async () => await send(requestData),
			async (sentAt) => await recover.call(context, requestData, sentAt),
			(found, after) => [{ json: recoveredItem(found, after) }],
			clock,
		);
}

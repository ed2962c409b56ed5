import type { IDataObject } from 'n8n-workflow';

import { FieldError } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { type Runner, withQuery } from '../../shared/transport/send';
import { NOTE_BODY_MAX_LENGTH, noteBodyParameter } from './fields';

/** Hooks only appointment notes use. */

/** NotesDTO requires `body` (1 to 5000 characters): refused here rather than by HighLevel. */
export function requireNoteBody(body: IDataObject): void {
	const label = noteBodyParameter.displayName;
	const text = body.body;
	if (typeof text !== 'string' || text.trim() === '') {
		throw new FieldError(label, 'is empty; a note needs text');
	}
	if (text.length > NOTE_BODY_MAX_LENGTH) {
		throw new FieldError(
			label,
			`has ${text.length} characters; HighLevel takes at most ${NOTE_BODY_MAX_LENGTH}`,
		);
	}
}

export const checkNoteBody: PreSend = hook(async function (options) {
	requireNoteBody(bodyOf(options));
	return options;
});

/** The spec's `limit` of GET …/notes is at most 20. */
export const NOTES_PAGE_SIZE = 20;

/**
 * Appointment Note: Get Many pages with `limit` (at most 20) and `offset` until HighLevel says there
 * is no more (`hasMore`), a page comes back short, or Limit is reached.
 */
export const getManyNotes: Runner = async function (requestData, send) {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const wanted = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const notes: IDataObject[] = [];
	let offset = 0;
	while (notes.length < wanted) {
		const limit = Math.min(NOTES_PAGE_SIZE, wanted - notes.length);
		const [answer] = await send(withQuery(requestData, { limit, offset }));
		const { notes: page = [], hasMore } = (answer?.json ?? {}) as {
			notes?: IDataObject[];
			hasMore?: boolean;
		};
		notes.push(...page);
		offset += page.length;
		if (page.length === 0 || hasMore === false || (hasMore === undefined && page.length < limit)) {
			break;
		}
	}
	return notes.slice(0, wanted).map((json) => ({ json }));
};

import type { IDataObject } from 'n8n-workflow';

import { FieldError } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { wanted } from '../../shared/pages';
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

/** GetNotesListSuccessfulResponseDto. */
export interface NotesPage {
	notes?: IDataObject[];
	hasMore?: boolean;
}

/**
 * Up to `wanted` notes, asking page after page (`limit` at most 20, `offset` = notes seen so far)
 * until HighLevel says there is no more (`hasMore`), a page comes back short, or enough came. Each
 * note is kept once, and a page with no note not seen before ends it: a note added while paging
 * shifts a newest-first list by one, and an API that ignored `offset` cannot make Return All loop.
 */
export async function collectNotes(
	fetchPage: (limit: number, offset: number) => Promise<NotesPage | undefined>,
	wantedNotes: number,
): Promise<IDataObject[]> {
	const notes: IDataObject[] = [];
	const seen = new Set<unknown>();
	let offset = 0;
	while (notes.length < wantedNotes) {
		const limit = Math.min(NOTES_PAGE_SIZE, wantedNotes - notes.length);
		const { notes: page = [], hasMore } = (await fetchPage(limit, offset)) ?? {};
		const fresh = page.filter((note) => !seen.has(note.id));
		for (const note of fresh) seen.add(note.id);
		notes.push(...fresh);
		offset += page.length;
		if (fresh.length === 0 || hasMore === false || (hasMore === undefined && page.length < limit)) {
			break;
		}
	}
	return notes.slice(0, wantedNotes);
}

/** Appointment Note: Get Many, Return All or up to Limit (checked by checkLimit before sending). */
export const getManyNotes: Runner = async function (requestData, send) {
	const notes = await collectNotes(async (limit, offset) => {
		const [answer] = await send(withQuery(requestData, { limit, offset }));
		return answer?.json as NotesPage | undefined;
	}, wanted(this));
	return notes.map((json) => ({ json }));
};

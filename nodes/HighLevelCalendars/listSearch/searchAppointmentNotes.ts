import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import { type NotesPage, collectNotes } from '../resources/appointmentNote/hooks';
import { extractId } from '../shared/input/ids';
import { apiRequest } from '../shared/transport/transport';
import { pageOfList } from './paging';

const PREVIEW_LENGTH = 60;

/** The chosen appointment's ID, unless it is empty or still an expression (not known in the editor). */
function appointmentIdInScope(context: ILoadOptionsFunctions): string | undefined {
	const value = extractId(context.getCurrentNodeParameter('appointmentId'));
	return typeof value === 'string' && value.trim() && !value.startsWith('=')
		? value.trim()
		: undefined;
}

/**
 * The notes of the appointment in the Appointment ID parameter (GET …/appointments/{appointmentId}/
 * notes, 20 per request until the last page, see collectNotes), in the order HighLevel lists them,
 * each named by the start of its text; filtered by the search text here, as the API has no search.
 */
export async function searchAppointmentNotes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const appointmentId = appointmentIdInScope(this);
	if (!appointmentId) return { results: [] };
	const notes = await collectNotes(
		async (limit, offset) =>
			await apiRequest<NotesPage>(this, ENDPOINTS.getAppointmentNotes, {
				path: { appointmentId },
				qs: { limit, offset },
			}),
		Infinity,
	);
	const items = notes.map((note) => {
		const text = String(note.body ?? '')
			.replace(/\s+/g, ' ')
			.trim();
		const author = (note.createdBy as IDataObject | undefined)?.name;
		return {
			name:
				text.length > PREVIEW_LENGTH
					? `${text.slice(0, PREVIEW_LENGTH - 1)}…`
					: text || String(note.id),
			value: String(note.id),
			description: [note.dateAdded, author].filter(Boolean).join(' · ') || undefined,
		};
	});
	return pageOfList(items, filter, paginationToken);
}

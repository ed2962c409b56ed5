// @ts-check
'use strict';

/**
 * Appointment notes (apps/calendars.json, tag "Appointment Notes"), kept in `store.notes` with the
 * appointment and location they belong to; answers are GetNoteSchema objects.
 */

const { badRequest, notFound } = require('../http');
const { newId } = require('../store');

/** Fields of GetNoteSchema. */
const NOTE_FIELDS = /** @type {const} */ ([
	'id',
	'body',
	'userId',
	'dateAdded',
	'contactId',
	'createdBy',
]);

/** @param {Record<string, any>} note */
function toNote(note) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const field of NOTE_FIELDS) if (note[field] !== undefined) out[field] = note[field];
	return out;
}

/**
 * The appointment of the path: 404 if there is none, 403 if it belongs to another location.
 * @param {import('./index').RouteContext} ctx
 */
function appointmentOf(ctx) {
	const appointment = ctx.store.appointments.get(ctx.params.appointmentId);
	if (!appointment) throw notFound('Appointment not found');
	ctx.assertLocation(appointment.locationId);
	return appointment;
}

/**
 * The note of the path, which must belong to the appointment of the path.
 * @param {import('./index').RouteContext} ctx
 */
function noteOf(ctx) {
	const appointment = appointmentOf(ctx);
	const note = ctx.store.notes.get(ctx.params.noteId);
	if (!note || note.appointmentId !== appointment.id) throw notFound('Note not found');
	return note;
}

/**
 * The user a note is written as: the one given (a user of the appointment's location), else the
 * token's user; `createdBy` names them.
 * @param {import('./index').RouteContext} ctx
 * @param {string} locationId
 */
function authorOf(ctx, locationId) {
	const userId = ctx.body.userId ?? ctx.auth?.userId;
	if (userId === undefined) return {};
	const user = ctx.store.users.get(userId);
	if (!user || user.locationId !== locationId) {
		if (ctx.body.userId !== undefined) throw badRequest('User not found');
		return { userId };
	}
	return { userId, createdBy: { id: user.id, name: user.name } };
}

/** @type {import('./index').Route['handler']} */
function listNotes(ctx) {
	const appointment = appointmentOf(ctx);
	const { limit, offset } = ctx.query;
	// Newest first, as HighLevel lists a contact's notes; ties in creation order.
	const notes = [...ctx.store.notes.values()]
		.filter((note) => note.appointmentId === appointment.id)
		.sort((a, b) => b.addedMs - a.addedMs || b.sequence - a.sequence);
	const page = notes.slice(offset, offset + limit);
	return { body: { notes: page.map(toNote), hasMore: offset + page.length < notes.length } };
}

let sequence = 0;

/** @type {import('./index').Route['handler']} */
function createNote(ctx) {
	const appointment = appointmentOf(ctx);
	const now = new Date();
	const note = {
		id: newId(),
		appointmentId: appointment.id,
		locationId: appointment.locationId,
		body: ctx.body.body,
		...authorOf(ctx, appointment.locationId),
		contactId: appointment.contactId,
		dateAdded: now.toISOString(),
		addedMs: now.getTime(),
		sequence: sequence++,
	};
	ctx.store.notes.set(note.id, note);
	return { body: { note: toNote(note) } };
}

/** @type {import('./index').Route['handler']} */
function updateNote(ctx) {
	const current = noteOf(ctx);
	/** @type {Record<string, any>} */
	const updated = {
		...current,
		body: ctx.body.body,
		...(ctx.body.userId !== undefined ? authorOf(ctx, current.locationId) : {}),
	};
	ctx.store.notes.set(updated.id, updated);
	return { body: { note: toNote(updated) } };
}

/** @type {import('./index').Route['handler']} */
function deleteNote(ctx) {
	const note = noteOf(ctx);
	ctx.store.notes.delete(note.id);
	return { body: { success: true } };
}

const NOTES = '/calendars/appointments/{appointmentId}/notes';

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: NOTES, handler: listNotes, checkResponse: true },
	{ method: 'POST', path: NOTES, handler: createNote, checkResponse: true },
	{ method: 'PUT', path: `${NOTES}/{noteId}`, handler: updateNote, checkResponse: true },
	{ method: 'DELETE', path: `${NOTES}/{noteId}`, handler: deleteNote, checkResponse: true },
];

module.exports = { routes };

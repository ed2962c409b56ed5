// @ts-check
'use strict';

/**
 * Block slots: calendar events that block time on a calendar or for a user (apps/calendars.json).
 * Deleted through DELETE /calendars/events/{eventId} (routes/appointments.js), like every event.
 */

const { DateTime } = require('luxon');
const { badRequest, eventWindow, notFound, unprocessable } = require('../http');
const { newId } = require('../store');
const { isoInZone, movedWindow, parseTime } = require('../eventTimes');
const { DEFAULTS } = require('../defaults');

/** Fields of BlockedSlotSuccessfulResponseDto (create and update answers). */
const BLOCK_SLOT_FIELDS = [
	'id',
	'locationId',
	'title',
	'startTime',
	'endTime',
	'calendarId',
	'assignedUserId',
];

/** @param {Record<string, any>} slot */
function toBlockSlot(slot) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const field of BLOCK_SLOT_FIELDS) if (slot[field] !== undefined) out[field] = slot[field];
	return out;
}

/**
 * CalendarEventDTO of a block slot (GET /calendars/blocked-slots). The schema requires contactId,
 * groupId, appointmentStatus and users, which a block does not have: they are answered empty.
 * @param {import('../store').Store} store
 * @param {Record<string, any>} slot
 */
function toEvent(store, slot) {
	return {
		id: slot.id,
		title: slot.title,
		calendarId: slot.calendarId ?? '',
		locationId: slot.locationId,
		contactId: '',
		groupId: groupOf(store, slot) ?? '',
		appointmentStatus: '',
		assignedUserId: slot.assignedUserId ?? '',
		users: slot.assignedUserId ? [slot.assignedUserId] : [],
		startTime: slot.startTime,
		endTime: slot.endTime,
		dateAdded: slot.dateAdded,
		dateUpdated: slot.dateUpdated,
	};
}

/**
 * @param {import('../store').Store} store
 * @param {Record<string, any>} slot
 * @returns {string | undefined}
 */
function groupOf(store, slot) {
	return slot.calendarId ? store.calendars.get(slot.calendarId)?.groupId : undefined;
}

/**
 * A block slot takes a calendar or an assigned user, never both. The spec only says so in the two
 * properties' descriptions (and lists calendarId as required, see REQUEST_OVERRIDES in spec.js); that the
 * API refuses both is a reported behaviour (GoHighLevel/highlevel-api-docs#23), not the spec's.
 * @param {Record<string, any>} body
 * @param {{ required: boolean }} options
 */
function checkOwner(body, { required }) {
	if (body.calendarId !== undefined && body.assignedUserId !== undefined) {
		throw unprocessable(['Either calendarId or assignedUserId can be set, not both']);
	}
	if (required && body.calendarId === undefined && body.assignedUserId === undefined) {
		throw unprocessable(['Either calendarId or assignedUserId is required']);
	}
}

/**
 * The owner named in the body must exist in the block slot's location.
 * @param {import('./index').RouteContext} ctx
 * @param {string} locationId
 */
function checkOwnerExists(ctx, locationId) {
	const { body, store } = ctx;
	if (body.calendarId !== undefined) {
		const calendar = store.calendars.get(body.calendarId);
		if (!calendar || calendar.locationId !== locationId) throw badRequest('Calendar not found');
	}
	if (body.assignedUserId !== undefined) {
		const user = store.users.get(body.assignedUserId);
		if (!user || user.locationId !== locationId) throw badRequest('User not found');
	}
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {string} locationId
 */
function zoneOf(ctx, locationId) {
	return ctx.store.locations.get(locationId)?.timezone ?? 'UTC';
}

/** @type {import('./index').Route['handler']} */
function createBlockSlot(ctx) {
	const { body, store } = ctx;
	checkOwner(body, { required: true });
	checkOwnerExists(ctx, body.locationId);
	const zone = zoneOf(ctx, body.locationId);
	const start = parseTime(body.startTime, 'startTime', zone);
	const end = parseTime(body.endTime, 'endTime', zone);
	if (end <= start) throw badRequest('endTime must be after startTime');
	const now = new Date().toISOString();
	const slot = {
		id: newId(),
		locationId: body.locationId,
		title: body.title ?? '',
		calendarId: body.calendarId,
		assignedUserId: body.assignedUserId,
		startTime: body.startTime,
		endTime: body.endTime,
		startMs: start.toMillis(),
		endMs: end.toMillis(),
		dateAdded: now,
		dateUpdated: now,
	};
	store.blockSlots.set(slot.id, slot);
	return { body: toBlockSlot(slot) };
}

/** @type {import('./index').Route['handler']} */
function editBlockSlot(ctx) {
	const { body, store } = ctx;
	const current = store.blockSlots.get(ctx.params.eventId);
	if (!current) throw notFound('Event not found');
	ctx.assertLocation(current.locationId);
	checkOwner(body, { required: false });
	checkOwnerExists(ctx, current.locationId);

	const zone = zoneOf(ctx, current.locationId);
	const { start, startMs, endMs } = movedWindow(
		body,
		/** @type {{ startMs: number, endMs: number }} */ (current),
		zone,
	);

	/** @type {Record<string, any>} */
	const updated = {
		...current,
		title: body.title ?? current.title,
		startMs,
		endMs,
		startTime: body.startTime ?? current.startTime,
		endTime: body.endTime ?? (start ? isoInZone(endMs, zone) : current.endTime),
		dateUpdated: new Date().toISOString(),
	};
	// A new owner replaces the old one: a block slot has one.
	if (body.calendarId !== undefined) {
		updated.calendarId = body.calendarId;
		delete updated.assignedUserId;
	}
	if (body.assignedUserId !== undefined) {
		updated.assignedUserId = body.assignedUserId;
		delete updated.calendarId;
	}
	store.blockSlots.set(updated.id, updated);
	return { body: toBlockSlot(updated) };
}

/** @type {import('./index').Route['handler']} */
function listBlockedSlots(ctx) {
	const { query, store } = ctx;
	const { from, to } = eventWindow(query);
	const events = [...store.blockSlots.values()]
		.filter(
			(slot) =>
				slot.locationId === query.locationId &&
				(!query.calendarId || slot.calendarId === query.calendarId) &&
				(!query.userId || slot.assignedUserId === query.userId) &&
				(!query.groupId || groupOf(store, slot) === query.groupId) &&
				// Blocks that overlap the window, as the events endpoint answers by default.
				slot.startMs < to &&
				slot.endMs > from,
		)
		.sort((a, b) => a.startMs - b.startMs)
		.map((slot) => toEvent(store, slot));
	return { body: { events } };
}

/** @param {import('../store').Store} store */
function seed(store) {
	const start = DateTime.fromISO('2027-01-04T12:00:00', { zone: DEFAULTS.timezone });
	const end = start.plus({ hours: 1 });
	store.blockSlots.set(DEFAULTS.blockSlotId, {
		id: DEFAULTS.blockSlotId,
		locationId: DEFAULTS.locationId,
		title: 'Lunch break',
		calendarId: DEFAULTS.calendarId,
		startTime: start.toISO({ suppressMilliseconds: true }),
		endTime: end.toISO({ suppressMilliseconds: true }),
		startMs: start.toMillis(),
		endMs: end.toMillis(),
		dateAdded: '2026-12-01T09:00:00.000Z',
		dateUpdated: '2026-12-01T09:00:00.000Z',
	});
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: '/calendars/events/block-slots',
		handler: createBlockSlot,
		checkResponse: true,
	},
	{
		method: 'PUT',
		path: '/calendars/events/block-slots/{eventId}',
		handler: editBlockSlot,
		checkResponse: true,
	},
	{
		method: 'GET',
		path: '/calendars/blocked-slots',
		handler: listBlockedSlots,
		checkResponse: true,
	},
];

module.exports = { routes, seed };

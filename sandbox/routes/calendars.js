// @ts-check
'use strict';

/** Calendars: list, create, get, update, delete, free slots (apps/calendars.json). */

const crypto = require('crypto');
const { DateTime } = require('luxon');
const { badRequest, notFound } = require('../http');
const { newId } = require('../store');
const { blocksFor, computeFreeSlots, teamOf } = require('../slots');

/** The API refuses free-slot ranges longer than this (spec: "Date range cannot be more than 31 days"). */
const MAX_FREE_SLOT_RANGE_MS = 31 * 24 * 60 * 60 * 1000;

/**
 * Defaults the spec documents for CalendarCreateDTO; the API fills them in, so a created calendar
 * reads back with them.
 * @param {import('../spec').Spec} spec
 * @returns {Record<string, any>}
 */
function calendarDefaults(spec) {
	const schema = spec.componentSchema('apps/calendars.json', 'CalendarCreateDTO');
	/** @type {Record<string, any>} */
	const defaults = {};
	for (const [name, property] of Object.entries(schema?.properties ?? {})) {
		const prop = /** @type {any} */ (property);
		if (prop.default !== undefined && !prop.readOnly)
			defaults[name] = structuredClone(prop.default);
	}
	return defaults;
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {string} calendarId
 */
function findCalendar(ctx, calendarId) {
	const calendar = ctx.store.calendars.get(calendarId);
	if (!calendar) throw notFound('Calendar not found');
	ctx.assertLocation(calendar.locationId);
	return calendar;
}

/** @type {import('./index').Route['handler']} */
function listCalendars({ store, query }) {
	const calendars = [...store.calendars.values()].filter(
		(calendar) =>
			calendar.locationId === query.locationId &&
			(query.groupId === undefined || calendar.groupId === query.groupId) &&
			// `showDrafted` defaults to true; drafted calendars are the inactive ones.
			(query.showDrafted !== false || calendar.isActive !== false),
	);
	return { body: { calendars } };
}

/** @type {import('./index').Route['handler']} */
function createCalendar({ sandbox, store, body }) {
	const calendar = { ...sandbox.calendarDefaults, ...body, id: newId() };
	store.calendars.set(calendar.id, calendar);
	return { body: { calendar } };
}

/** @type {import('./index').Route['handler']} */
function getCalendar(ctx) {
	return { body: { calendar: findCalendar(ctx, ctx.params.calendarId) } };
}

/** @type {import('./index').Route['handler']} */
function updateCalendar(ctx) {
	const existing = findCalendar(ctx, ctx.params.calendarId);
	const calendar = { ...existing, ...ctx.body, id: existing.id };
	ctx.store.calendars.set(calendar.id, calendar);
	return { body: { calendar } };
}

/** @type {import('./index').Route['handler']} */
function deleteCalendar(ctx) {
	const calendar = findCalendar(ctx, ctx.params.calendarId);
	ctx.store.calendars.delete(calendar.id);
	for (const [id, appointment] of ctx.store.appointments) {
		if (appointment.calendarId === calendar.id) ctx.store.appointments.delete(id);
	}
	// Its block slots go with it, as its appointments do (a user's block slots have no calendar).
	for (const [id, blockSlot] of ctx.store.blockSlots) {
		if (blockSlot.calendarId === calendar.id) ctx.store.blockSlots.delete(id);
	}
	// So do its notifications; schedules and rooms or equipment that listed it no longer do.
	for (const [id, notification] of ctx.store.notifications) {
		if (notification.calendarId === calendar.id) ctx.store.notifications.delete(id);
	}
	for (const owner of [...ctx.store.schedules.values(), ...ctx.store.calendarResources.values()]) {
		if (Array.isArray(owner.calendarIds))
			owner.calendarIds = owner.calendarIds.filter(
				(/** @type {string} */ id) => id !== calendar.id,
			);
	}
	// CalendarDeleteSuccessfulResponseDTO spells it `success` (the events endpoint says `succeeded`).
	return { body: { success: true } };
}

/** @type {import('./index').Route['handler']} */
function getFreeSlots(ctx) {
	const { query, store } = ctx;
	const calendar = findCalendar(ctx, ctx.params.calendarId);
	const startMs = /** @type {number} */ (query.startDate);
	const endMs = /** @type {number} */ (query.endDate);
	if (endMs < startMs) throw badRequest('endDate must be greater than startDate');
	if (endMs - startMs > MAX_FREE_SLOT_RANGE_MS)
		throw badRequest('Date range cannot be more than 31 days');

	const locationZone = store.locations.get(calendar.locationId)?.timezone ?? 'UTC';
	const outputZone = query.timezone ?? locationZone;
	if (!DateTime.now().setZone(outputZone).isValid)
		throw badRequest(`Invalid timezone: ${outputZone}`);

	const requestedUsers = [query.userId, ...(query.userIds ?? [])].filter(Boolean);
	const members = teamOf(calendar);
	// Who could take a slot: the users asked for who are on the team (any, if it has none), else the team.
	const candidates =
		requestedUsers.length === 0
			? members
			: members.length === 0
				? requestedUsers
				: requestedUsers.filter((u) => members.includes(u));
	const servesUser = requestedUsers.length === 0 || candidates.length > 0;

	const appointments = [...store.appointments.values()].filter((a) => a.calendarId === calendar.id);
	const slots = servesUser
		? computeFreeSlots({
				calendar,
				appointments,
				blocks: blocksFor(store.blockSlots.values(), calendar),
				candidates,
				startMs,
				endMs,
				locationZone,
				outputZone,
				wholeSlot: ctx.sandbox.freeSlotRule === 'whole-slot-in-range',
			})
		: {};
	// The live API adds a `traceId` key beside the dates; clients must skip keys that are not dates.
	return { body: { ...slots, traceId: crypto.randomUUID() } };
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: '/calendars/', handler: listCalendars },
	{ method: 'POST', path: '/calendars/', handler: createCalendar },
	{ method: 'GET', path: '/calendars/{calendarId}', handler: getCalendar },
	{ method: 'PUT', path: '/calendars/{calendarId}', handler: updateCalendar },
	{ method: 'DELETE', path: '/calendars/{calendarId}', handler: deleteCalendar },
	{ method: 'GET', path: '/calendars/{calendarId}/free-slots', handler: getFreeSlots },
];

module.exports = { routes, calendarDefaults, MAX_FREE_SLOT_RANGE_MS };

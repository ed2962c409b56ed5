// @ts-check
'use strict';

/** Appointments and calendar events (apps/calendars.json). */

const { badRequest, eventWindow, notFound } = require('../http');
const { newId } = require('../store');
const { isoInZone, movedWindow, parseTime } = require('../eventTimes');
const {
	blocksFor,
	hasRoom,
	isBlocked,
	slotDurationMinutes,
	teamOf,
	unblockedUsers,
} = require('../slots');

const SLOT_TAKEN = 'The slot you have selected is no longer available.';

/** Fields of AppointmentSchemaResponse (create/update answer, flat). */
const APPOINTMENT_RESPONSE_FIELDS = /** @type {const} */ ([
	'id',
	'calendarId',
	'locationId',
	'contactId',
	'startTime',
	'endTime',
	'title',
	'meetingLocationType',
	'appointmentStatus',
	'assignedUserId',
	'address',
	'isRecurring',
	'rrule',
]);

/** Fields of CalendarEventDTO (GET appointment, GET events). */
const EVENT_FIELDS = /** @type {const} */ ([
	'id',
	'address',
	'title',
	'calendarId',
	'locationId',
	'contactId',
	'groupId',
	'appointmentStatus',
	'assignedUserId',
	'users',
	'notes',
	'isRecurring',
	'rrule',
	'startTime',
	'endTime',
	'dateAdded',
	'dateUpdated',
	'createdBy',
]);

/**
 * @param {Record<string, any>} source
 * @param {readonly string[]} fields
 */
function pick(source, fields) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const field of fields) if (source[field] !== undefined) out[field] = source[field];
	return out;
}

/**
 * Recurring occurrences have ids like `abcd_1729821600000_1800`: master id, start (epoch ms) and
 * duration (seconds). The API accepts them wherever an event id is expected.
 * @param {import('../store').Store} store
 * @param {string} eventId
 * @returns {{ appointment: import('../store').Appointment, occurrence?: { startMs: number, durationMs: number } } | undefined}
 */
function findAppointment(store, eventId) {
	const direct = store.appointments.get(eventId);
	if (direct) return { appointment: direct };
	const match = /^(.+)_(\d{12,})_(\d+)$/.exec(eventId);
	const master = match ? store.appointments.get(match[1]) : undefined;
	if (!match || !master) return undefined;
	return {
		appointment: master,
		occurrence: { startMs: Number(match[2]), durationMs: Number(match[3]) * 1000 },
	};
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {string} calendarId
 * @param {string} locationId
 */
function calendarForBooking(ctx, calendarId, locationId) {
	const calendar = ctx.store.calendars.get(calendarId);
	if (!calendar || calendar.locationId !== locationId) throw badRequest('Calendar not found');
	return calendar;
}

/**
 * The calendar's `eventTitle` template with the contact's name filled in, as the API does when no
 * title is given.
 * @param {Record<string, any>} calendar
 * @param {Record<string, any> | undefined} contact
 */
function defaultTitle(calendar, contact) {
	const template = typeof calendar.eventTitle === 'string' ? calendar.eventTitle : 'Appointment';
	const values = {
		name: [contact?.firstName, contact?.lastName].filter(Boolean).join(' '),
		first_name: contact?.firstName ?? '',
		last_name: contact?.lastName ?? '',
	};
	return (
		template
			.replace(
				/\{\{\s*contact\.(\w+)\s*\}\}/g,
				(_, key) => values[/** @type {keyof values} */ (key)] ?? '',
			)
			.trim() || 'Appointment'
	);
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {Record<string, any>} calendar
 */
function locationZone(ctx, calendar) {
	return ctx.store.locations.get(calendar.locationId)?.timezone ?? 'UTC';
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {string} calendarId
 */
function appointmentsOf(ctx, calendarId) {
	return [...ctx.store.appointments.values()].filter((a) => a.calendarId === calendarId);
}

/**
 * Whether [startMs, endMs) is not free for a booking, as Get Free Slots would answer: the calendar is
 * full, or block slots take the time (the calendar's, or the assignee's; with no assignee named, those
 * of every team member, see isBlocked in slots.js).
 * @param {import('./index').RouteContext} ctx
 * @param {Record<string, any>} calendar
 * @param {number} startMs
 * @param {number} endMs
 * @param {string} [assignedUserId]
 * @param {string} [ignoreId] an appointment being moved does not collide with itself
 */
function slotTaken(ctx, calendar, startMs, endMs, assignedUserId, ignoreId) {
	if (!hasRoom(calendar, appointmentsOf(ctx, calendar.id), startMs, endMs, ignoreId)) return true;
	const candidates = assignedUserId ? [assignedUserId] : teamOf(calendar);
	const blocks = blocksFor(ctx.store.blockSlots.values(), calendar);
	return isBlocked(calendar, blocks, candidates, startMs, endMs);
}

/** @type {import('./index').Route['handler']} */
function createAppointment(ctx) {
	const { body, store } = ctx;
	const calendar = calendarForBooking(ctx, body.calendarId, body.locationId);
	const contact = store.contacts.get(body.contactId);
	if (!contact || contact.locationId !== body.locationId) throw badRequest('Contact not found');

	const zone = locationZone(ctx, calendar);
	const start = parseTime(body.startTime, 'startTime', zone);
	const end =
		body.endTime !== undefined
			? parseTime(body.endTime, 'endTime', zone)
			: start.plus({ minutes: slotDurationMinutes(calendar) });
	if (end <= start) throw badRequest('endTime must be after startTime');

	// Free-slot validation, and with it the recurrence rule, is skipped only on request; the API
	// applies `rrule` only together with ignoreFreeSlotValidation.
	const ignoreSlots = body.ignoreFreeSlotValidation === true;
	const [startMs, endMs] = [start.toMillis(), end.toMillis()];
	if (!ignoreSlots && slotTaken(ctx, calendar, startMs, endMs, body.assignedUserId)) {
		throw badRequest(SLOT_TAKEN);
	}

	const now = new Date().toISOString();
	// Unless one is named, the booking goes to the primary member, or the first whose time is not blocked.
	const team = teamOf(calendar);
	const assignedUserId =
		body.assignedUserId ??
		unblockedUsers(blocksFor(store.blockSlots.values(), calendar), team, startMs, endMs)[0] ??
		team[0];
	/** @type {import('../store').Appointment} */
	const appointment = {
		id: newId(),
		calendarId: calendar.id,
		locationId: body.locationId,
		contactId: body.contactId,
		groupId: calendar.groupId,
		title: body.title ?? defaultTitle(calendar, contact),
		appointmentStatus:
			body.appointmentStatus ?? (calendar.autoConfirm === false ? 'new' : 'confirmed'),
		assignedUserId,
		users: assignedUserId ? [assignedUserId] : [],
		meetingLocationType: body.meetingLocationType,
		meetingLocationId: body.meetingLocationId,
		address: body.address,
		isRecurring: ignoreSlots && typeof body.rrule === 'string' && body.rrule.length > 0,
		rrule: ignoreSlots ? body.rrule : undefined,
		startTime: body.startTime,
		endTime: body.endTime ?? end.toISO({ suppressMilliseconds: true }) ?? '',
		startMs,
		endMs,
		dateAdded: now,
		dateUpdated: now,
		createdBy: { source: 'third_party', userId: ctx.auth?.userId },
	};
	store.appointments.set(appointment.id, appointment);
	ctx.sandbox.webhooks.appointmentChanged('AppointmentCreate', appointment);
	return { body: pick(appointment, APPOINTMENT_RESPONSE_FIELDS) };
}

/** @type {import('./index').Route['handler']} */
function editAppointment(ctx) {
	const { body, store } = ctx;
	const found = findAppointment(store, ctx.params.eventId);
	if (!found) throw notFound('Appointment not found');
	const current = found.appointment;
	ctx.assertLocation(current.locationId);

	const calendar = calendarForBooking(
		ctx,
		body.calendarId ?? current.calendarId,
		current.locationId,
	);
	const zone = locationZone(ctx, calendar);
	const { start, end, startMs, endMs } = movedWindow(body, current, zone);

	const ignoreSlots = body.ignoreFreeSlotValidation === true;
	const moved =
		startMs !== current.startMs || endMs !== current.endMs || calendar.id !== current.calendarId;
	const assignee = body.assignedUserId ?? current.assignedUserId;
	if (
		!ignoreSlots &&
		(moved || assignee !== current.assignedUserId) &&
		slotTaken(ctx, calendar, startMs, endMs, assignee, current.id)
	) {
		throw badRequest(SLOT_TAKEN);
	}

	/** @type {import('../store').Appointment} */
	const updated = {
		...current,
		...pick(body, [
			'title',
			'meetingLocationType',
			'meetingLocationId',
			'appointmentStatus',
			'address',
		]),
		calendarId: calendar.id,
		groupId: calendar.groupId,
		startMs,
		endMs,
		startTime: body.startTime ?? (start || end ? isoInZone(startMs, zone) : current.startTime),
		endTime: body.endTime ?? (start ? isoInZone(endMs, zone) : current.endTime),
		dateUpdated: new Date().toISOString(),
	};
	if (body.assignedUserId !== undefined) {
		updated.assignedUserId = body.assignedUserId;
		updated.users = [body.assignedUserId];
	}
	if (ignoreSlots && body.rrule !== undefined) {
		updated.rrule = body.rrule || undefined;
		updated.isRecurring = Boolean(body.rrule);
	}
	store.appointments.set(updated.id, updated);
	ctx.sandbox.webhooks.appointmentChanged('AppointmentUpdate', updated);
	return { body: pick(updated, APPOINTMENT_RESPONSE_FIELDS) };
}

/**
 * CalendarEventDTO of a stored appointment, or of one occurrence of a recurring one.
 * @param {import('./index').RouteContext} ctx
 * @param {import('../store').Appointment} appointment
 * @param {{ startMs: number, durationMs: number }} [occurrence]
 * @param {string} [occurrenceId]
 */
function toEvent(ctx, appointment, occurrence, occurrenceId) {
	const event = pick({ groupId: '', ...appointment }, EVENT_FIELDS);
	if (occurrence && occurrenceId) {
		const zone = ctx.store.locations.get(appointment.locationId)?.timezone ?? 'UTC';
		event.id = occurrenceId;
		event.masterEventId = appointment.id;
		event.startTime = isoInZone(occurrence.startMs, zone);
		event.endTime = isoInZone(occurrence.startMs + occurrence.durationMs, zone);
	}
	return event;
}

/** @type {import('./index').Route['handler']} */
function getAppointment(ctx) {
	const found = findAppointment(ctx.store, ctx.params.eventId);
	if (!found) throw notFound('Appointment not found');
	ctx.assertLocation(found.appointment.locationId);
	return { body: { event: toEvent(ctx, found.appointment, found.occurrence, ctx.params.eventId) } };
}

/** @type {import('./index').Route['handler']} */
function deleteEvent(ctx) {
	// Block slots (routes/blockSlots.js) are events too, deleted here.
	const blockSlot = ctx.store.blockSlots.get(ctx.params.eventId);
	if (blockSlot) {
		ctx.assertLocation(blockSlot.locationId);
		ctx.store.blockSlots.delete(blockSlot.id);
		return { body: { succeeded: true } };
	}
	const found = findAppointment(ctx.store, ctx.params.eventId);
	if (!found) throw notFound('Event not found');
	ctx.assertLocation(found.appointment.locationId);
	ctx.store.appointments.delete(found.appointment.id);
	ctx.sandbox.webhooks.appointmentChanged('AppointmentDelete', found.appointment);
	// DeleteEventSuccessfulResponseDto spells it `succeeded` (the calendar endpoint says `success`).
	return { body: { succeeded: true } };
}

/** @type {import('./index').Route['handler']} */
function listEvents(ctx) {
	const { query, store } = ctx;
	const { from, to } = eventWindow(query);
	const events = [...store.appointments.values()]
		.filter(
			(a) =>
				a.locationId === query.locationId &&
				(!query.calendarId || a.calendarId === query.calendarId) &&
				(!query.groupId || a.groupId === query.groupId) &&
				(!query.userId || a.assignedUserId === query.userId || a.users.includes(query.userId)) &&
				(ctx.sandbox.eventRule === 'within'
					? a.startMs >= from && a.endMs <= to
					: a.startMs < to && a.endMs > from),
		)
		.sort((a, b) => a.startMs - b.startMs)
		.map((a) => toEvent(ctx, a));
	return { body: { events } };
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'POST', path: '/calendars/events/appointments', handler: createAppointment },
	{ method: 'PUT', path: '/calendars/events/appointments/{eventId}', handler: editAppointment },
	{ method: 'GET', path: '/calendars/events/appointments/{eventId}', handler: getAppointment },
	{ method: 'DELETE', path: '/calendars/events/{eventId}', handler: deleteEvent },
	{ method: 'GET', path: '/calendars/events', handler: listEvents },
];

module.exports = { routes, SLOT_TAKEN };

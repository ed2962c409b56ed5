// @ts-check
'use strict';

/**
 * A contact's appointments (apps/contacts.json, GET /contacts/{contactId}/appointments), served from
 * the appointments store as GetEventSchema objects.
 */

const { DateTime } = require('luxon');
const { notFound } = require('../http');

/**
 * GetEventSchema's examples write times as `2021-07-16 11:00:00`, without an offset: the sandbox
 * answers so, in the location's time zone.
 * @param {number} ms
 * @param {string} zone
 */
function exampleTime(ms, zone) {
	return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {import('../store').Appointment} appointment
 */
function toEvent(ctx, appointment) {
	const zone = ctx.store.locations.get(appointment.locationId)?.timezone ?? 'UTC';
	/** @type {Record<string, any>} */
	const event = {
		id: appointment.id,
		calendarId: appointment.calendarId,
		// The spec shows only `booked` as an example of `status`.
		status: appointment.appointmentStatus === 'cancelled' ? 'cancelled' : 'booked',
		title: appointment.title,
		assignedUserId: appointment.assignedUserId,
		notes: appointment.notes,
		startTime: exampleTime(appointment.startMs, zone),
		endTime: exampleTime(appointment.endMs, zone),
		address: appointment.address,
		locationId: appointment.locationId,
		contactId: appointment.contactId,
		groupId: appointment.groupId,
		appointmentStatus: appointment.appointmentStatus,
		users: appointment.users,
		dateAdded: exampleTime(Date.parse(appointment.dateAdded), zone),
		dateUpdated: exampleTime(Date.parse(appointment.dateUpdated), zone),
	};
	for (const key of Object.keys(event)) if (event[key] === undefined) delete event[key];
	return event;
}

/** @type {import('./index').Route['handler']} */
function listContactAppointments(ctx) {
	const contact = ctx.store.contacts.get(ctx.params.contactId);
	if (!contact) throw notFound('Contact not found');
	ctx.assertLocation(contact.locationId);
	const events = [...ctx.store.appointments.values()]
		.filter((appointment) => appointment.contactId === contact.id)
		.sort((a, b) => a.startMs - b.startMs)
		.map((appointment) => toEvent(ctx, appointment));
	return { body: { events } };
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'GET',
		path: '/contacts/{contactId}/appointments',
		handler: listContactAppointments,
		checkResponse: true,
	},
];

module.exports = { routes };

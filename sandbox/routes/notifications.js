// @ts-check
'use strict';

/**
 * Calendar notifications: the confirmations, reminders and follow-ups a calendar sends
 * (apps/calendars.json, tag "Calendar Notifications"). The server validates the Create body, a JSON
 * array of CreateCalendarNotificationDTO, against the spec before these handlers run.
 */

const { notFound } = require('../http');
const { newId } = require('../store');
const { SANDBOX_CALENDAR_ID, SANDBOX_NOTIFICATION_ID } = require('../defaults');

/** Properties of CalendarNotificationResponseDTO: what an answer holds (no calendarId, no from*). */
const ANSWER_FIELDS = [
	'_id',
	'receiverType',
	'additionalEmailIds',
	'additionalPhoneNumbers',
	'channel',
	'notificationType',
	'isActive',
	'additionalWhatsappNumbers',
	'templateId',
	'body',
	'subject',
	'afterTime',
	'beforeTime',
	'selectedUsers',
	'deleted',
];

/** @param {Record<string, any>} notification */
function answer(notification) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const field of ANSWER_FIELDS) {
		if (notification[field] !== undefined) out[field] = notification[field];
	}
	return out;
}

/**
 * The path's calendar: 404 when unknown, 403 when another location's.
 * @param {import('./index').RouteContext} ctx
 */
function findCalendar(ctx) {
	const calendar = ctx.store.calendars.get(ctx.params.calendarId);
	if (!calendar) throw notFound('Calendar not found');
	ctx.assertLocation(calendar.locationId);
	return calendar;
}

/** @param {import('./index').RouteContext} ctx */
function findNotification(ctx) {
	findCalendar(ctx);
	const notification = ctx.store.notifications.get(ctx.params.notificationId);
	if (!notification || notification.calendarId !== ctx.params.calendarId) {
		throw notFound('Notification not found');
	}
	return notification;
}

/** @type {import('./index').Route['handler']} */
function listNotifications(ctx) {
	findCalendar(ctx);
	const { query } = ctx;
	const skip = query.skip ?? 0;
	const limit = query.limit ?? 100;
	const matching = [...ctx.store.notifications.values()].filter(
		(notification) =>
			notification.calendarId === ctx.params.calendarId &&
			(query.isActive === undefined || notification.isActive === query.isActive) &&
			// Soft-deleted notifications (Update with deleted: true) are listed only when asked for.
			notification.deleted === (query.deleted ?? false),
	);
	return { body: matching.slice(skip, skip + limit).map(answer) };
}

/** @type {import('./index').Route['handler']} */
function createNotifications(ctx) {
	const calendar = findCalendar(ctx);
	const created = /** @type {Record<string, any>[]} */ (ctx.body).map((settings) => {
		const notification = {
			isActive: true,
			...settings,
			_id: newId(),
			calendarId: calendar.id,
			deleted: false,
		};
		ctx.store.notifications.set(notification._id, notification);
		return notification;
	});
	return { body: created.map(answer) };
}

/** @type {import('./index').Route['handler']} */
function getNotification(ctx) {
	return { body: answer(findNotification(ctx)) };
}

/** @type {import('./index').Route['handler']} */
function updateNotification(ctx) {
	const existing = findNotification(ctx);
	const notification = { ...existing, ...ctx.body, _id: existing._id };
	ctx.store.notifications.set(notification._id, notification);
	return { body: { message: 'Notification updated successfully' } };
}

/** @type {import('./index').Route['handler']} */
function deleteNotification(ctx) {
	const notification = findNotification(ctx);
	ctx.store.notifications.delete(notification._id);
	return { body: { message: 'Notification deleted successfully' } };
}

/** @param {import('../store').Store} store */
function seed(store) {
	store.notifications.set(SANDBOX_NOTIFICATION_ID, {
		_id: SANDBOX_NOTIFICATION_ID,
		calendarId: SANDBOX_CALENDAR_ID,
		receiverType: 'contact',
		channel: 'email',
		notificationType: 'confirmation',
		isActive: true,
		deleted: false,
		subject: 'Your appointment is confirmed',
		body: 'See you soon.',
	});
}

const base = '/calendars/{calendarId}/notifications';

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: base, handler: listNotifications, checkResponse: true },
	{ method: 'POST', path: base, handler: createNotifications, checkResponse: true },
	{
		method: 'GET',
		path: `${base}/{notificationId}`,
		handler: getNotification,
		checkResponse: true,
	},
	{
		method: 'PUT',
		path: `${base}/{notificationId}`,
		handler: updateNotification,
		checkResponse: true,
	},
	{
		method: 'DELETE',
		path: `${base}/{notificationId}`,
		handler: deleteNotification,
		checkResponse: true,
	},
];

module.exports = { routes, seed };

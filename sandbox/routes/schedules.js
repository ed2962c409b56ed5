// @ts-check
'use strict';

/**
 * Availability schedules: create, search, get, update, delete, and the calendars that use a schedule
 * (apps/calendars.json, tag Availability). State in `store.schedules`, ScheduleObjectResponseDTO objects.
 */

const { badRequest, notFound, unprocessable } = require('../http');
const { newId } = require('../store');
const {
	SANDBOX_LOCATION_ID,
	OTHER_LOCATION_ID,
	SANDBOX_TIMEZONE,
	SANDBOX_USER_ID,
	SANDBOX_CALENDAR_ID,
	SANDBOX_SCHEDULE_ID,
	OTHER_LOCATION_SCHEDULE_ID,
} = require('../defaults');

const SAME_LOCATION = 'Schedule and calendar must belong to the same location';

/** Monday to Friday, 09:00-17:00. */
const weekdayRules = () =>
	['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
		type: 'wday',
		day,
		intervals: [{ from: '09:00', to: '17:00' }],
	}));

/** @param {import('../store').Store} store */
function seed(store) {
	const at = '2026-01-05T09:00:00.000Z';
	store.schedules.set(SANDBOX_SCHEDULE_ID, {
		id: SANDBOX_SCHEDULE_ID,
		name: 'Sandbox Business Hours',
		locationId: SANDBOX_LOCATION_ID,
		userId: SANDBOX_USER_ID,
		timezone: SANDBOX_TIMEZONE,
		rules: weekdayRules(),
		calendarIds: [SANDBOX_CALENDAR_ID],
		dateAdded: at,
		dateUpdated: at,
		deleted: false,
	});
	store.schedules.set(OTHER_LOCATION_SCHEDULE_ID, {
		id: OTHER_LOCATION_SCHEDULE_ID,
		name: 'Other Location Hours',
		locationId: OTHER_LOCATION_ID,
		userId: SANDBOX_USER_ID,
		timezone: 'Europe/London',
		rules: weekdayRules(),
		calendarIds: [],
		dateAdded: at,
		dateUpdated: at,
		deleted: false,
	});
}

/** @param {string} clock HH:MM (the spec's pattern allows one-digit hours) */
const minutes = (clock) => {
	const [hour, minute] = clock.split(':').map(Number);
	return hour * 60 + minute;
};

/** @param {string} date YYYY-MM-DD (the spec's pattern); false for dates no calendar has (2026-02-30) */
const isCalendarDate = (date) => {
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** @param {string} zone */
const isTimeZone = (zone) => {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
};

/**
 * The checks the spec's 422 ("Validation errors in schedule rules or conflicting data") stands for:
 * the time zone is an IANA zone (the schema's description; its pattern alone lets Mars/Olympus
 * through), a weekday rule names its day and no date, a date rule a real date and no day (the
 * schema: "only for date-type rules", "only for weekday-type rules"), each interval ends after it
 * starts, and the intervals of one rule do not overlap.
 * @param {{ rules?: any[], timezone?: string }} body
 */
function checkSchedule({ rules, timezone }) {
	/** @type {string[]} */
	const problems = [];
	if (timezone !== undefined && !isTimeZone(timezone))
		problems.push(`timezone must be a valid IANA timezone identifier`);
	(rules ?? []).forEach((rule, index) => {
		const at = `rules.${index}`;
		if (rule.type === 'wday' && !rule.day) problems.push(`${at}.day is required for wday rules`);
		if (rule.type === 'wday' && rule.date !== undefined)
			problems.push(`${at}.date is only for date rules`);
		if (rule.type === 'date' && !rule.date) problems.push(`${at}.date is required for date rules`);
		if (rule.type === 'date' && rule.date && !isCalendarDate(rule.date))
			problems.push(`${at}.date ${rule.date} is not a date`);
		if (rule.type === 'date' && rule.day !== undefined)
			problems.push(`${at}.day is only for wday rules`);
		const intervals = [...rule.intervals].sort(
			(/** @type {any} */ a, /** @type {any} */ b) => minutes(a.from) - minutes(b.from),
		);
		intervals.forEach((interval, i) => {
			if (minutes(interval.to) <= minutes(interval.from))
				problems.push(
					`${at}.intervals: ${interval.from}-${interval.to} does not end after it starts`,
				);
			if (i > 0 && minutes(interval.from) < minutes(intervals[i - 1].to))
				problems.push(`${at}.intervals: ${interval.from}-${interval.to} overlaps another interval`);
		});
	});
	if (problems.length) throw unprocessable(problems);
}

/**
 * @param {import('./index').RouteContext} ctx
 * @returns {Record<string, any>}
 */
function findSchedule(ctx) {
	const schedule = ctx.store.schedules.get(ctx.params.id);
	if (!schedule) throw notFound('Schedule not found');
	ctx.assertLocation(schedule.locationId);
	return schedule;
}

/**
 * A calendar that may use the schedule: it exists (404) and belongs to the schedule's location (400,
 * as the spec documents for the associations).
 * @param {import('./index').RouteContext} ctx
 * @param {string} calendarId
 * @param {string} locationId
 */
function checkCalendar(ctx, calendarId, locationId) {
	const calendar = ctx.store.calendars.get(calendarId);
	if (!calendar) throw notFound('Calendar not found');
	if (calendar.locationId !== locationId) throw badRequest(SAME_LOCATION);
}

/** @type {import('./index').Route['handler']} */
function createSchedule(ctx) {
	const { body, store } = ctx;
	const user = store.users.get(body.userId);
	if (!user || user.locationId !== body.locationId)
		throw badRequest('User not found in this location');
	checkSchedule(body);
	const calendarIds = [...new Set(/** @type {string[]} */ (body.calendarIds ?? []))];
	for (const calendarId of calendarIds) checkCalendar(ctx, calendarId, body.locationId);
	const now = new Date().toISOString();
	const schedule = {
		id: newId(),
		name: body.name,
		locationId: body.locationId,
		userId: body.userId,
		timezone: body.timezone,
		rules: body.rules ?? [],
		calendarIds,
		dateAdded: now,
		dateUpdated: now,
		deleted: false,
	};
	store.schedules.set(schedule.id, schedule);
	return { status: 201, body: { schedule } };
}

/** @type {import('./index').Route['handler']} */
function searchSchedules({ store, query }) {
	const matching = [...store.schedules.values()]
		.filter(
			(schedule) =>
				schedule.locationId === query.locationId &&
				schedule.userId === query.userId &&
				(query.calendarId === undefined || schedule.calendarIds.includes(query.calendarId)),
		)
		.sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.id.localeCompare(b.id));
	const skip = query.skip ?? 0;
	const limit = query.limit ?? 50;
	return { body: { schedules: matching.slice(skip, skip + limit) } };
}

/** @type {import('./index').Route['handler']} */
function getSchedule(ctx) {
	return { body: { schedule: findSchedule(ctx) } };
}

/** @type {import('./index').Route['handler']} */
function updateSchedule(ctx) {
	const existing = findSchedule(ctx);
	checkSchedule(ctx.body);
	// Rules sent replace the schedule's rules; what is not sent stays.
	const schedule = { ...existing, ...ctx.body, dateUpdated: new Date().toISOString() };
	ctx.store.schedules.set(schedule.id, schedule);
	return { body: { schedule } };
}

/** @type {import('./index').Route['handler']} */
function deleteSchedule(ctx) {
	const schedule = findSchedule(ctx);
	ctx.store.schedules.delete(schedule.id);
	return { body: { success: true } };
}

/** @type {import('./index').Route['handler']} */
function addCalendar(ctx) {
	const schedule = findSchedule(ctx);
	checkCalendar(ctx, ctx.params.calendarId, schedule.locationId);
	if (!schedule.calendarIds.includes(ctx.params.calendarId)) {
		schedule.calendarIds = [...schedule.calendarIds, ctx.params.calendarId];
		schedule.dateUpdated = new Date().toISOString();
	}
	return { body: { success: true } };
}

/**
 * The spec is silent on removing a calendar the schedule does not have; the sandbox answers success
 * and leaves the list as it is.
 * @type {import('./index').Route['handler']}
 */
function removeCalendar(ctx) {
	const schedule = findSchedule(ctx);
	checkCalendar(ctx, ctx.params.calendarId, schedule.locationId);
	if (schedule.calendarIds.includes(ctx.params.calendarId)) {
		schedule.calendarIds = schedule.calendarIds.filter(
			(/** @type {string} */ id) => id !== ctx.params.calendarId,
		);
		schedule.dateUpdated = new Date().toISOString();
	}
	return { body: { success: true } };
}

const ASSOCIATION = '/calendars/schedules/{id}/associations/{calendarId}';

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'POST', path: '/calendars/schedules', handler: createSchedule, checkResponse: true },
	{
		method: 'GET',
		path: '/calendars/schedules/search',
		handler: searchSchedules,
		checkResponse: true,
	},
	{ method: 'GET', path: '/calendars/schedules/{id}', handler: getSchedule, checkResponse: true },
	{
		method: 'PUT',
		path: '/calendars/schedules/{id}',
		handler: updateSchedule,
		checkResponse: true,
	},
	{
		method: 'DELETE',
		path: '/calendars/schedules/{id}',
		handler: deleteSchedule,
		checkResponse: true,
	},
	{ method: 'PUT', path: ASSOCIATION, handler: addCalendar, checkResponse: true },
	{ method: 'DELETE', path: ASSOCIATION, handler: removeCalendar, checkResponse: true },
];

module.exports = { routes, seed };

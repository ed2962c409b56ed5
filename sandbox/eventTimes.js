// @ts-check
'use strict';

/** The times of calendar events (appointments and block slots) as the API reads them. */

const { DateTime } = require('luxon');
const { badRequest } = require('./http');

/**
 * Times are ISO 8601; one without an offset is read in the location's timezone.
 * @param {unknown} value
 * @param {string} field
 * @param {string} zone
 */
function parseTime(value, field, zone) {
	const parsed =
		typeof value === 'string' ? DateTime.fromISO(value, { zone, setZone: true }) : undefined;
	if (!parsed?.isValid) throw badRequest(`${field} must be a valid ISO 8601 date string`);
	return parsed;
}

/**
 * The window an update gives an event: moving only the start keeps its length, moving only the end
 * keeps its start; a window that does not end after it starts is a 400.
 * @param {{ startTime?: unknown, endTime?: unknown }} body
 * @param {{ startMs: number, endMs: number }} current
 * @param {string} zone
 */
function movedWindow(body, current, zone) {
	const start =
		body.startTime !== undefined ? parseTime(body.startTime, 'startTime', zone) : undefined;
	const end = body.endTime !== undefined ? parseTime(body.endTime, 'endTime', zone) : undefined;
	const startMs = start ? start.toMillis() : current.startMs;
	const endMs = end
		? end.toMillis()
		: start
			? startMs + (current.endMs - current.startMs)
			: current.endMs;
	if (endMs <= startMs) throw badRequest('endTime must be after startTime');
	return { start, end, startMs, endMs };
}

/**
 * An instant as ISO 8601 with the offset `zone` has then.
 * @param {number} ms
 * @param {string} zone
 */
function isoInZone(ms, zone) {
	return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

module.exports = { parseTime, movedWindow, isoInZone };

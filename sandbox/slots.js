// @ts-check
'use strict';

/**
 * Free-slot arithmetic shared by GET free-slots and the appointment overlap check.
 *
 * Open hours are wall-clock times in the location's timezone (as in HighLevel, where a calendar open
 * 09:00-17:00 means 9-to-5 where the business is); the requested `timezone` only changes how the
 * slots are written and which date each one is grouped under.
 */

const { DateTime } = require('luxon');

const MINUTE_MS = 60_000;

/**
 * @param {unknown} value
 * @param {unknown} unit `mins` or `hours`
 * @param {number} fallbackMinutes used when the calendar does not set the value
 */
function toMinutes(value, unit, fallbackMinutes) {
	const amount = typeof value === 'number' && value >= 0 ? value : fallbackMinutes;
	return unit === 'hours' ? amount * 60 : amount;
}

/** @param {Record<string, any>} calendar */
function slotDurationMinutes(calendar) {
	return toMinutes(calendar.slotDuration, calendar.slotDurationUnit, 30) || 30;
}

/** @param {Record<string, any>} calendar */
function slotIntervalMinutes(calendar) {
	return (
		toMinutes(calendar.slotInterval, calendar.slotIntervalUnit, 30) || slotDurationMinutes(calendar)
	);
}

/**
 * How many bookings one slot takes (`appoinmentPerSlot`, spelled as on the wire).
 * @param {Record<string, any>} calendar
 */
function slotCapacity(calendar) {
	const capacity = calendar.appoinmentPerSlot;
	return typeof capacity === 'number' && capacity >= 1 ? capacity : 1;
}

/**
 * Appointments that still occupy time: everything but cancelled ones.
 * @param {import('./store').Appointment} appointment
 */
function isBlocking(appointment) {
	return appointment.appointmentStatus !== 'cancelled';
}

/**
 * Whether [startMs, endMs) still has room on the calendar.
 * @param {Record<string, any>} calendar
 * @param {import('./store').Appointment[]} appointments of that calendar
 * @param {number} startMs
 * @param {number} endMs
 * @param {string} [ignoreId] an appointment being moved does not collide with itself
 */
function hasRoom(calendar, appointments, startMs, endMs, ignoreId) {
	const overlapping = appointments.filter(
		(a) => a.id !== ignoreId && isBlocking(a) && a.startMs < endMs && a.endMs > startMs,
	);
	return overlapping.length < slotCapacity(calendar);
}

/**
 * Block slots that can take time from a calendar: its own, and those of users in its location
 * (which of those count depends on who could take the slot, see isBlocked).
 * @param {Iterable<Record<string, any>>} blockSlots every stored block slot
 * @param {Record<string, any>} calendar
 */
function blocksFor(blockSlots, calendar) {
	return [...blockSlots].filter(
		(block) =>
			block.calendarId === calendar.id ||
			(block.assignedUserId !== undefined && block.locationId === calendar.locationId),
	);
}

/**
 * The calendar's team members (user ids), primary first.
 * @param {Record<string, any>} calendar
 * @returns {string[]}
 */
function teamOf(calendar) {
	/** @type {Array<{ userId: string, isPrimary?: boolean }>} */
	const members = calendar.teamMembers ?? [];
	return [...members]
		.sort((a, b) => Number(Boolean(b.isPrimary)) - Number(Boolean(a.isPrimary)))
		.map((member) => member.userId);
}

/**
 * Users among `candidates` that no block slot of their own keeps from [startMs, endMs).
 * @param {Record<string, any>[]} blocks
 * @param {string[]} candidates
 * @param {number} startMs
 * @param {number} endMs
 */
function unblockedUsers(blocks, candidates, startMs, endMs) {
	return candidates.filter(
		(userId) =>
			!blocks.some(
				(block) =>
					block.assignedUserId === userId && block.startMs < endMs && block.endMs > startMs,
			),
	);
}

/**
 * Whether block slots take [startMs, endMs) away, as on HighLevel where a block slot removes free
 * slots: a block of the calendar always does; blocks of users do when every user who could take the
 * slot is blocked (a team calendar stays free while one of its members is).
 * @param {Record<string, any>} calendar
 * @param {Record<string, any>[]} blocks from blocksFor
 * @param {string[]} candidates users who could take the slot; none: user blocks do not apply
 * @param {number} startMs
 * @param {number} endMs
 */
function isBlocked(calendar, blocks, candidates, startMs, endMs) {
	const calendarBlocked = blocks.some(
		(block) => block.calendarId === calendar.id && block.startMs < endMs && block.endMs > startMs,
	);
	if (calendarBlocked) return true;
	return candidates.length > 0 && unblockedUsers(blocks, candidates, startMs, endMs).length === 0;
}

/**
 * @typedef {object} FreeSlotsInput
 * @property {Record<string, any>} calendar CalendarDTO with openHours
 * @property {import('./store').Appointment[]} appointments the calendar's appointments
 * @property {Record<string, any>[]} [blocks] block slots from blocksFor
 * @property {string[]} [candidates] users who could take a slot (see isBlocked)
 * @property {number} startMs first instant a slot may start at
 * @property {number} endMs last instant a slot may start at
 * @property {string} locationZone zone the open hours are in
 * @property {string} outputZone zone slots are written in and grouped by
 * @property {boolean} [wholeSlot] a slot must also end by endMs (else: start by endMs)
 */

/**
 * @param {FreeSlotsInput} input
 * @returns {Record<string, { slots: string[] }>} keyed by `yyyy-MM-dd` in outputZone; days without slots are left out
 */
function computeFreeSlots({
	calendar,
	appointments,
	blocks = [],
	candidates = [],
	startMs,
	endMs,
	locationZone,
	outputZone,
	wholeSlot = false,
}) {
	const durationMs = slotDurationMinutes(calendar) * MINUTE_MS;
	const intervalMs = slotIntervalMinutes(calendar) * MINUTE_MS;
	const preBufferMs = toMinutes(calendar.preBuffer, calendar.preBufferUnit, 0) * MINUTE_MS;
	const postBufferMs = toMinutes(calendar.slotBuffer, calendar.slotBufferUnit, 0) * MINUTE_MS;
	/** @type {Array<{ daysOfTheWeek: number[], hours: Array<Record<string, number>> }>} */
	const openHours = Array.isArray(calendar.openHours) ? calendar.openHours : [];

	/** @type {Set<number>} */
	const starts = new Set();
	const lastDay = DateTime.fromMillis(endMs, { zone: locationZone }).startOf('day');
	for (
		let day = DateTime.fromMillis(startMs, { zone: locationZone }).startOf('day');
		day <= lastDay;
		day = day.plus({ days: 1 })
	) {
		const weekday = day.weekday % 7; // luxon: Monday=1..Sunday=7; HighLevel: Sunday=0..Saturday=6
		for (const rule of openHours) {
			if (!rule.daysOfTheWeek?.includes(weekday)) continue;
			for (const hours of rule.hours ?? []) {
				const [openMs, closeMs] = openingWindow(day, hours);
				for (let t = openMs; t + durationMs <= closeMs; t += intervalMs) {
					if (t < startMs || (wholeSlot ? t + durationMs > endMs : t > endMs)) continue;
					if (
						hasRoom(calendar, appointments, t - preBufferMs, t + durationMs + postBufferMs) &&
						!isBlocked(calendar, blocks, candidates, t, t + durationMs)
					)
						starts.add(t);
				}
			}
		}
	}

	/** @type {Record<string, { slots: string[] }>} */
	const byDate = {};
	for (const t of [...starts].sort((a, b) => a - b)) {
		const local = DateTime.fromMillis(t, { zone: outputZone });
		const date = local.toFormat('yyyy-MM-dd');
		(byDate[date] ??= { slots: [] }).slots.push(local.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ"));
	}
	return byDate;
}

/**
 * @param {DateTime} day start of a day in the location zone
 * @param {Record<string, number>} hours an `Hour` of the spec
 * @returns {[number, number]} [open, close) in epoch ms
 */
function openingWindow(day, hours) {
	const open = day.set({ hour: hours.openHour ?? 0 }).plus({ minutes: hours.openMinute ?? 0 });
	let close = day.set({ hour: hours.closeHour ?? 0 }).plus({ minutes: hours.closeMinute ?? 0 });
	if (close <= open) close = day.plus({ days: 1 }); // closing at 00:00 means open until midnight
	return [open.toMillis(), close.toMillis()];
}

module.exports = {
	computeFreeSlots,
	hasRoom,
	blocksFor,
	teamOf,
	unblockedUsers,
	isBlocked,
	slotDurationMinutes,
	slotIntervalMinutes,
	isBlocking,
};

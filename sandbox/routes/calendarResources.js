// @ts-check
'use strict';

/**
 * Calendar resources: rooms and equipment that service calendars book (apps/calendars.json, tag
 * "Calendar Resources: Rooms & Equipments").
 *
 * docs/oauth/Scopes.md lists `POST /calendars/resources` for calendars/resources.write, without the
 * type its other rows have; the spec's path carries it: `POST /calendars/resources/{resourceType}`
 * (`equipments` or `rooms`). We follow the spec.
 */

const { badRequest, notFound, unprocessable } = require('../http');
const { newId } = require('../store');
const {
	SANDBOX_CALENDAR_ID,
	SANDBOX_ROUND_ROBIN_CALENDAR_ID,
	SANDBOX_LOCATION_ID,
	OTHER_LOCATION_ID,
	OTHER_LOCATION_CALENDAR_ID,
	SANDBOX_ROOM_ID,
	SANDBOX_EQUIPMENT_ID,
	OTHER_LOCATION_ROOM_ID,
} = require('../defaults');

/** Fields of CalendarResourceResponseDTO (the update answer: no calendarIds), plus `_id`. */
const UPDATE_ANSWER_FIELDS = [
	'_id',
	'locationId',
	'name',
	'resourceType',
	'isActive',
	'description',
	'quantity',
	'outOfService',
	'capacity',
];

/** The spec's enum of the `resourceType` path parameter. */
const RESOURCE_TYPES = ['equipments', 'rooms'];

/**
 * The server checks query and body against the spec; the path's enum is checked here.
 * @param {import('./index').RouteContext} ctx
 */
function checkType(ctx) {
	if (!RESOURCE_TYPES.includes(ctx.params.resourceType)) {
		throw unprocessable([
			`resourceType must be one of the following values: ${RESOURCE_TYPES.join(', ')}`,
		]);
	}
}

/**
 * @param {import('./index').RouteContext} ctx
 * @returns {Record<string, any>}
 */
function findResource(ctx) {
	checkType(ctx);
	const resource = ctx.store.calendarResources.get(ctx.params.id);
	if (!resource || resource.resourceType !== ctx.params.resourceType) {
		throw notFound('Calendar resource not found');
	}
	ctx.assertLocation(resource.locationId);
	return resource;
}

/**
 * The service calendars must exist in the resource's location; an equipment maps to one only (the
 * spec: "One equipment can only be mapped with one service calendar").
 * @param {import('./index').RouteContext} ctx
 * @param {string[] | undefined} calendarIds
 */
function checkCalendars(ctx, calendarIds) {
	if (!calendarIds) return;
	if (ctx.params.resourceType === 'equipments' && calendarIds.length > 1) {
		throw badRequest('One equipment can only be mapped with one service calendar');
	}
	for (const calendarId of calendarIds) {
		const calendar = ctx.store.calendars.get(calendarId);
		if (!calendar) throw badRequest(`Calendar ${calendarId} not found`);
		ctx.assertLocation(calendar.locationId);
	}
}

/** @type {import('./index').Route['handler']} */
function listResources(ctx) {
	checkType(ctx);
	const { store, params, query } = ctx;
	const all = [...store.calendarResources.values()].filter(
		(resource) =>
			resource.locationId === query.locationId && resource.resourceType === params.resourceType,
	);
	return { body: all.slice(query.skip, query.skip + query.limit) };
}

/** @type {import('./index').Route['handler']} */
function createResource(ctx) {
	checkType(ctx);
	checkCalendars(ctx, ctx.body.calendarIds);
	const resource = {
		_id: newId(),
		...ctx.body,
		resourceType: ctx.params.resourceType,
		isActive: true,
	};
	ctx.store.calendarResources.set(resource._id, resource);
	return { body: resource };
}

/** @type {import('./index').Route['handler']} */
function getResource(ctx) {
	return { body: findResource(ctx) };
}

/** @type {import('./index').Route['handler']} */
function updateResource(ctx) {
	const existing = findResource(ctx);
	checkCalendars(ctx, ctx.body.calendarIds);
	const resource = { ...existing, ...ctx.body, _id: existing._id };
	ctx.store.calendarResources.set(resource._id, resource);
	/** @type {Record<string, any>} */
	const answer = {};
	for (const field of UPDATE_ANSWER_FIELDS) {
		if (resource[field] !== undefined) answer[field] = resource[field];
	}
	return { body: answer };
}

/** @type {import('./index').Route['handler']} */
function deleteResource(ctx) {
	const resource = findResource(ctx);
	ctx.store.calendarResources.delete(resource._id);
	return { body: { success: true } };
}

/** @param {import('../store').Store} store */
function seed(store) {
	/** @param {Record<string, any>} resource */
	const add = (resource) => store.calendarResources.set(resource._id, resource);
	add({
		_id: SANDBOX_ROOM_ID,
		locationId: SANDBOX_LOCATION_ID,
		name: 'Sandbox Yoga Room',
		resourceType: 'rooms',
		isActive: true,
		description: 'Main studio',
		quantity: 1,
		outOfService: 0,
		capacity: 12,
		calendarIds: [SANDBOX_CALENDAR_ID, SANDBOX_ROUND_ROBIN_CALENDAR_ID],
	});
	add({
		_id: SANDBOX_EQUIPMENT_ID,
		locationId: SANDBOX_LOCATION_ID,
		name: 'Sandbox Projector',
		resourceType: 'equipments',
		isActive: true,
		description: 'Portable projector',
		quantity: 2,
		outOfService: 0,
		capacity: 0,
		calendarIds: [SANDBOX_CALENDAR_ID],
	});
	add({
		_id: OTHER_LOCATION_ROOM_ID,
		locationId: OTHER_LOCATION_ID,
		name: 'Other Location Room',
		resourceType: 'rooms',
		isActive: true,
		description: 'A room of the second sub-account',
		quantity: 1,
		outOfService: 0,
		capacity: 4,
		calendarIds: [OTHER_LOCATION_CALENDAR_ID],
	});
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'GET',
		path: '/calendars/resources/{resourceType}',
		handler: listResources,
		checkResponse: true,
	},
	{
		method: 'POST',
		path: '/calendars/resources/{resourceType}',
		handler: createResource,
		checkResponse: true,
	},
	{
		method: 'GET',
		path: '/calendars/resources/{resourceType}/{id}',
		handler: getResource,
		checkResponse: true,
	},
	{
		method: 'PUT',
		path: '/calendars/resources/{resourceType}/{id}',
		handler: updateResource,
		checkResponse: true,
	},
	{
		method: 'DELETE',
		path: '/calendars/resources/{resourceType}/{id}',
		handler: deleteResource,
		checkResponse: true,
	},
];

module.exports = { routes, seed };

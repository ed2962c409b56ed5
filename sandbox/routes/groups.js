// @ts-check
'use strict';

/** Calendar groups: list, create, validate slug, update, delete, enable/disable (apps/calendars.json). */

const { badRequest, notFound, unprocessable } = require('../http');
const { newId } = require('../store');
const { DEFAULTS } = require('../defaults');

const GROUP_FIELDS = ['id', 'locationId', 'name', 'description', 'slug', 'isActive'];

/** @param {Record<string, any>} group GroupDTO: only its documented properties */
function toGroup(group) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const field of GROUP_FIELDS) if (group[field] !== undefined) out[field] = group[field];
	return out;
}

/**
 * @param {import('./index').RouteContext} ctx
 * @param {string} groupId
 */
function findGroup(ctx, groupId) {
	const group = ctx.store.groups.get(groupId);
	if (!group) throw notFound('Group not found');
	ctx.assertLocation(group.locationId);
	return group;
}

/**
 * A group's slug is its booking link (/widget/group/<slug>), so it is unique per location: that is what
 * validate-slug answers. The spec documents no answer for a taken slug on create or update; the sandbox
 * refuses it with the 400 both document.
 * @param {import('../store').Store} store
 * @param {string} locationId
 * @param {string} slug
 * @param {string} [exceptId]
 */
function slugTaken(store, locationId, slug, exceptId) {
	return [...store.groups.values()].some(
		(group) => group.locationId === locationId && group.slug === slug && group.id !== exceptId,
	);
}

/**
 * A group without a name or a slug (its booking link) cannot be shown or booked; the spec only marks
 * them required, which an empty string meets, so the sandbox refuses blanks itself, in class-validator's
 * wording. (The description, also required, may be empty.)
 * @param {Record<string, any>} body
 * @param {string[]} fields
 */
function requireFilled(body, fields) {
	const blank = fields.filter((field) => typeof body[field] === 'string' && !body[field].trim());
	if (blank.length) throw unprocessable(blank.map((field) => `${field} should not be empty`));
}

/** @type {import('./index').Route['handler']} */
function listGroups({ store, query }) {
	const groups = [...store.groups.values()]
		.filter((group) => group.locationId === query.locationId)
		.map(toGroup);
	return { body: { groups } };
}

/** @type {import('./index').Route['handler']} */
function createGroup({ store, body }) {
	requireFilled(body, ['name', 'slug']);
	if (slugTaken(store, body.locationId, body.slug)) {
		throw badRequest(`The slug ${body.slug} is already taken`);
	}
	const group = { isActive: true, ...body, id: newId() };
	store.groups.set(group.id, group);
	return { body: { group: toGroup(group) } };
}

/** @type {import('./index').Route['handler']} */
function validateSlug({ store, body }) {
	requireFilled(body, ['slug']);
	return { body: { available: !slugTaken(store, body.locationId, body.slug) } };
}

/** @type {import('./index').Route['handler']} */
function updateGroup(ctx) {
	const existing = findGroup(ctx, ctx.params.groupId);
	requireFilled(ctx.body, ['name', 'slug']);
	if (slugTaken(ctx.store, existing.locationId, ctx.body.slug, existing.id)) {
		throw badRequest(`The slug ${ctx.body.slug} is already taken`);
	}
	const group = { ...existing, ...ctx.body, id: existing.id };
	ctx.store.groups.set(group.id, group);
	return { body: { group: toGroup(group) } };
}

/** @type {import('./index').Route['handler']} */
function deleteGroup(ctx) {
	const group = findGroup(ctx, ctx.params.groupId);
	ctx.store.groups.delete(group.id);
	// The spec says nothing of the group's calendars; the sandbox keeps them, ungrouped.
	for (const calendar of ctx.store.calendars.values()) {
		if (calendar.groupId === group.id) delete calendar.groupId;
	}
	// GroupSuccessfulResponseDTO: `success`.
	return { body: { success: true } };
}

/** @type {import('./index').Route['handler']} */
function setGroupStatus(ctx) {
	const group = findGroup(ctx, ctx.params.groupId);
	group.isActive = ctx.body.isActive;
	return { body: { success: true } };
}

/** @param {import('../store').Store} store */
function seed(store) {
	/** @param {Record<string, any>} group */
	const add = (group) => store.groups.set(group.id, group);
	add({
		id: DEFAULTS.groupId,
		locationId: DEFAULTS.locationId,
		name: 'Sandbox Team',
		description: 'The round-robin team calendars',
		slug: 'sandbox-team',
		isActive: true,
	});
	add({
		id: DEFAULTS.inactiveGroupId,
		locationId: DEFAULTS.locationId,
		name: 'Sandbox Inactive Group',
		description: 'A disabled group without calendars',
		slug: 'sandbox-inactive',
		isActive: false,
	});
	add({
		id: DEFAULTS.otherLocationGroupId,
		locationId: DEFAULTS.otherLocationId,
		name: 'Other Location Group',
		description: 'A group of another sub-account',
		slug: 'sandbox-team',
		isActive: true,
	});
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: '/calendars/groups', handler: listGroups, checkResponse: true },
	{ method: 'POST', path: '/calendars/groups', handler: createGroup, checkResponse: true },
	{
		method: 'POST',
		path: '/calendars/groups/validate-slug',
		handler: validateSlug,
		checkResponse: true,
	},
	{ method: 'PUT', path: '/calendars/groups/{groupId}', handler: updateGroup, checkResponse: true },
	{
		method: 'DELETE',
		path: '/calendars/groups/{groupId}',
		handler: deleteGroup,
		checkResponse: true,
	},
	{
		method: 'PUT',
		path: '/calendars/groups/{groupId}/status',
		handler: setGroupStatus,
		checkResponse: true,
	},
];

module.exports = { routes, seed };

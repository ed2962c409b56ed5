// @ts-check
'use strict';

/**
 * Contacts (apps/contacts.json): the documented list with cursor paging (GET /contacts/, deprecated
 * upstream but still served), the search that replaced it, get-by-id, the duplicate search by email or
 * phone, and the upsert that creates or updates a contact.
 */

const { badRequest, notFound, unprocessable } = require('../http');
const { newId } = require('../store');

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/**
 * @param {import('../store').Store} store
 * @param {string} locationId
 * @param {unknown} text free-text query: matches name, email or phone, case-insensitively
 */
function matchingContacts(store, locationId, text) {
	const needle = typeof text === 'string' ? text.trim().toLowerCase() : '';
	return [...store.contacts.values()]
		.filter((contact) => contact.locationId === locationId)
		.filter(
			(contact) =>
				!needle ||
				[
					contact.contactName,
					contact.firstName,
					contact.lastName,
					contact.email,
					contact.phone,
				].some((field) => typeof field === 'string' && field.toLowerCase().includes(needle)),
		)
		.sort((a, b) => Date.parse(a.dateAdded) - Date.parse(b.dateAdded) || a.id.localeCompare(b.id));
}

/** @param {unknown} value */
function clampLimit(value) {
	const limit =
		typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : DEFAULT_LIMIT;
	return Math.min(Math.max(limit, 1), MAX_LIMIT);
}

/**
 * GET /contacts/: cursor paging with startAfterId (or startAfter, the dateAdded in epoch ms).
 * @type {import('./index').Route['handler']}
 */
function listContacts({ sandbox, store, query }) {
	const all = matchingContacts(store, query.locationId, query.query);
	const limit = clampLimit(query.limit);
	let offset = 0;
	if (typeof query.startAfterId === 'string') {
		offset = all.findIndex((contact) => contact.id === query.startAfterId) + 1;
	} else if (typeof query.startAfter === 'number') {
		const after = all.findIndex((contact) => Date.parse(contact.dateAdded) > query.startAfter);
		offset = after === -1 ? all.length : after;
	}
	const contacts = all.slice(offset, offset + limit);
	const last = contacts[contacts.length - 1];
	const hasMore = offset + contacts.length < all.length;
	const currentPage = Math.floor(offset / limit) + 1;

	let nextPageUrl = null;
	if (hasMore && last) {
		const next = new URLSearchParams({
			locationId: query.locationId,
			startAfter: String(Date.parse(last.dateAdded)),
			startAfterId: last.id,
			limit: String(limit),
		});
		if (typeof query.query === 'string') next.set('query', query.query);
		nextPageUrl = `${sandbox.url}/contacts/?${next}`;
	}

	return {
		body: {
			contacts,
			count: all.length,
			meta: {
				total: all.length,
				nextPageUrl,
				startAfterId: hasMore && last ? last.id : null,
				startAfter: hasMore && last ? Date.parse(last.dateAdded) : null,
				currentPage,
				nextPage: hasMore ? currentPage + 1 : null,
				prevPage: currentPage > 1 ? currentPage - 1 : null,
			},
		},
	};
}

/**
 * POST /contacts/search: the spec leaves its body undocumented; this honours the commonly used
 * `locationId`, `query`, `page` and `pageLimit` and answers `{ contacts, total }`.
 * @type {import('./index').Route['handler']}
 */
function searchContacts({ store, body }) {
	if (typeof body.locationId !== 'string' || body.locationId === '') {
		throw unprocessable(['locationId should not be empty', 'locationId must be a string']);
	}
	const all = matchingContacts(store, body.locationId, body.query);
	const pageLimit = clampLimit(body.pageLimit);
	const page = typeof body.page === 'number' && body.page >= 1 ? Math.floor(body.page) : 1;
	const contacts = all.slice((page - 1) * pageLimit, page * pageLimit).map((contact) => ({
		...contact,
		searchAfter: [Date.parse(contact.dateAdded), contact.id],
	}));
	return { body: { contacts, total: all.length } };
}

/** @type {import('./index').Route['handler']} */
function getContact(ctx) {
	const contact = ctx.store.contacts.get(ctx.params.contactId);
	if (!contact) throw notFound('Contact not found');
	ctx.assertLocation(contact.locationId);
	return { body: { contact } };
}

/** @param {unknown} value a phone number as stored or asked for: its digits only */
function phoneDigits(value) {
	return typeof value === 'string' ? value.replace(/\D/g, '') : '';
}

/**
 * The location's contact with this email (case-insensitively), else the one with this phone (digits
 * compared): contacts.json's duplicate search and upsert both put email first, then phone ("Allow
 * Duplicate Contact" with its default priority).
 * @param {import('../store').Store} store
 * @param {string} locationId
 * @param {{ email?: unknown, phone?: unknown }} keys
 */
function duplicateOf(store, locationId, { email, phone }) {
	const contacts = [...store.contacts.values()].filter(
		(contact) => contact.locationId === locationId,
	);
	const wanted = typeof email === 'string' ? email.trim().toLowerCase() : '';
	const byEmail =
		wanted && contacts.find((contact) => String(contact.email ?? '').toLowerCase() === wanted);
	if (byEmail) return byEmail;
	const digits = phoneDigits(phone);
	return (digits && contacts.find((contact) => phoneDigits(contact.phone) === digits)) || undefined;
}

/**
 * GET /contacts/search/duplicate: the spec documents a bare 200; HighLevel answers `{ contact }`, the
 * contact or null when none matches. A search naming neither email nor number is refused (400).
 * @type {import('./index').Route['handler']}
 */
function duplicateContact({ store, query, assertLocation }) {
	assertLocation(query.locationId);
	if (!query.email && !query.number) throw badRequest('Either email or number is required');
	const contact = duplicateOf(store, query.locationId, { email: query.email, phone: query.number });
	return { body: { contact: contact ?? null } };
}

const CONTACT_FIELDS = [
	'firstName',
	'lastName',
	'name',
	'email',
	'gender',
	'phone',
	'address1',
	'city',
	'state',
	'postalCode',
	'website',
	'timezone',
	'dnd',
	'tags',
	'source',
	'dateOfBirth',
	'country',
	'companyName',
	'assignedTo',
];

/**
 * POST /contacts/upsert (UpsertContactDto, validated by the spec): updates the contact the email, else
 * the phone, finds ("the contact that matches the first field in the configured sequence"), or creates
 * one; answers UpsertContactsSuccessfulResponseDto `{ new, contact, traceId }`.
 * @type {import('./index').Route['handler']}
 */
function upsertContact({ store, body, assertLocation }) {
	assertLocation(body.locationId);
	if (!body.email && !body.phone) throw badRequest('Either email or phone is required');
	const now = new Date().toISOString();
	const existing = duplicateOf(store, body.locationId, body);
	const given = Object.fromEntries(
		CONTACT_FIELDS.filter((field) => body[field] !== undefined).map((field) => [
			field,
			body[field],
		]),
	);
	if (typeof given.email === 'string') given.email = given.email.trim().toLowerCase();
	const contact = existing ?? {
		id: newId(),
		locationId: body.locationId,
		type: 'lead',
		dateAdded: now,
		tags: [],
		customFields: [],
		attributions: [],
		followers: [],
	};
	Object.assign(contact, given, { dateUpdated: now });
	if (!existing && typeof body.name === 'string' && !body.firstName && !body.lastName) {
		const [first, ...rest] = body.name.trim().split(/\s+/);
		contact.firstName = first;
		if (rest.length) contact.lastName = rest.join(' ');
	}
	const fullName = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.name;
	if (fullName) contact.contactName = String(fullName).toLowerCase();
	delete contact.name;
	store.contacts.set(contact.id, contact);
	return { body: { new: !existing, contact, traceId: newId() } };
}

/** @type {import('./index').Route[]} */
const routes = [
	{ method: 'GET', path: '/contacts/', handler: listContacts },
	{ method: 'POST', path: '/contacts/search', handler: searchContacts },
	{ method: 'GET', path: '/contacts/search/duplicate', handler: duplicateContact },
	{ method: 'POST', path: '/contacts/upsert', handler: upsertContact },
	{ method: 'GET', path: '/contacts/{contactId}', handler: getContact },
];

module.exports = { routes };

// @ts-check
'use strict';

/**
 * The sandbox's in-memory data and its deterministic seed. The Maps are created once and only ever
 * cleared and refilled, so references a test holds (`sandbox.store.calendars`) stay valid across
 * `reset()`.
 */

const crypto = require('crypto');
const {
	SANDBOX_COMPANY_ID,
	SANDBOX_LOCATION_ID,
	OTHER_LOCATION_ID,
	THIRD_LOCATION_ID,
	UNINSTALLED_LOCATION_ID,
	THIRD_LOCATION_CALENDAR_ID,
	OTHER_LOCATION_CONTACT_ID,
	THIRD_LOCATION_CONTACT_ID,
	SANDBOX_TIMEZONE,
	SANDBOX_CALENDAR_ID,
	SANDBOX_ROUND_ROBIN_CALENDAR_ID,
	SANDBOX_DRAFT_CALENDAR_ID,
	OTHER_LOCATION_CALENDAR_ID,
	SANDBOX_GROUP_ID,
} = require('./defaults');

/**
 * @typedef {object} Location
 * @property {string} id
 * @property {string} companyId
 * @property {string} name
 * @property {string} timezone IANA zone; calendar open hours are read in it
 * @property {string} address as GET /oauth/installedLocations lists it
 */

/**
 * @typedef {object} Appointment What the sandbox keeps per appointment; routes project it to the
 * documented response shapes.
 * @property {string} id
 * @property {string} calendarId
 * @property {string} locationId
 * @property {string} contactId
 * @property {string} [groupId]
 * @property {string} title
 * @property {string} appointmentStatus
 * @property {string} [assignedUserId]
 * @property {string[]} users
 * @property {string} [meetingLocationType]
 * @property {string} [meetingLocationId]
 * @property {string} [address]
 * @property {string} [notes]
 * @property {boolean} isRecurring
 * @property {string} [rrule]
 * @property {string} startTime as the client sent it (ISO 8601)
 * @property {string} endTime as sent, or computed from the calendar's slot duration
 * @property {number} startMs
 * @property {number} endMs
 * @property {string} dateAdded
 * @property {string} dateUpdated
 * @property {{ source: string, userId?: string }} createdBy
 */

/**
 * @typedef {object} Store
 * @property {Map<string, Location>} locations
 * @property {Map<string, Record<string, any>>} calendars CalendarDTO objects
 * @property {Map<string, Appointment>} appointments
 * @property {Map<string, Record<string, any>>} contacts
 * @property {Map<string, Record<string, any>>} users UserSchema objects (plus their locationId)
 * @property {Map<string, Record<string, any>>} groups calendar groups (GroupDTO)
 * @property {Map<string, Record<string, any>>} blockSlots block slots: calendar events that block time
 * @property {Map<string, Record<string, any>>} notes appointment notes, each with its appointmentId
 * @property {Map<string, Record<string, any>>} calendarResources rooms and equipment, each with its resourceType
 * @property {Map<string, Record<string, any>>} notifications calendar notification settings, each with its calendarId
 * @property {Map<string, Record<string, any>>} schedules availability schedules
 */

/** @returns {Store} */
function createStore() {
	return {
		locations: new Map(),
		calendars: new Map(),
		appointments: new Map(),
		contacts: new Map(),
		users: new Map(),
		groups: new Map(),
		blockSlots: new Map(),
		notes: new Map(),
		calendarResources: new Map(),
		notifications: new Map(),
		schedules: new Map(),
	};
}

/** @param {Store} store */
function clearStore(store) {
	for (const map of Object.values(store)) map.clear();
}

/**
 * HighLevel ids are 20 random alphanumerics; clients must not rely on any other format.
 * @returns {string}
 */
function newId() {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.randomBytes(20);
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const WEEKDAYS_9_TO_5 = [
	{
		daysOfTheWeek: [1, 2, 3, 4, 5],
		hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
	},
];
const ROUND_ROBIN_HOURS = [
	{
		daysOfTheWeek: [1, 2, 3, 4, 5, 6],
		hours: [
			{ openHour: 10, openMinute: 0, closeHour: 12, closeMinute: 0 },
			{ openHour: 13, openMinute: 0, closeHour: 16, closeMinute: 0 },
		],
	},
];

const FIRST_NAMES = [
	'Ada',
	'Grace',
	'Alan',
	'Katherine',
	'Linus',
	'Margaret',
	'Dennis',
	'Barbara',
	'Ken',
	'Frances',
];
const LAST_NAMES = [
	'Lovelace',
	'Hopper',
	'Turing',
	'Johnson',
	'Torvalds',
	'Hamilton',
	'Ritchie',
	'Liskov',
	'Thompson',
	'Allen',
];

const USERS = [
	{ first: 'Sam', last: 'Sandbox', role: 'admin' },
	{ first: 'Riley', last: 'Reyes', role: 'user' },
	{ first: 'Jordan', last: 'Kim', role: 'user' },
	{ first: 'Alex', last: 'Novak', role: 'user' },
	{ first: 'Morgan', last: 'Silva', role: 'user' },
];

/**
 * Fills the store. Locations are infrastructure, like the token table, and are always there;
 * `withData: false` leaves out users, contacts and calendars for tests that want to start empty.
 * @param {Store} store
 * @param {Record<string, any>} calendarDefaults defaults the spec documents for a new calendar
 * @param {{ withData?: boolean }} [options]
 */
function seedStore(store, calendarDefaults, { withData = true } = {}) {
	seedLocations(store);
	if (!withData) return;
	seedUsers(store);
	seedContacts(store);
	seedCalendars(store, calendarDefaults);
}

/** @param {Store} store */
function seedLocations(store) {
	store.locations.set(SANDBOX_LOCATION_ID, {
		id: SANDBOX_LOCATION_ID,
		companyId: SANDBOX_COMPANY_ID,
		name: 'Sandbox Sub-Account',
		timezone: SANDBOX_TIMEZONE,
		address: '1 Sandbox Way, New York, NY 10001, USA',
	});
	store.locations.set(OTHER_LOCATION_ID, {
		id: OTHER_LOCATION_ID,
		companyId: SANDBOX_COMPANY_ID,
		name: 'Other Sub-Account',
		timezone: 'Europe/London',
		address: '2 Sandbox Lane, London EC1A 1AA, UK',
	});
	store.locations.set(THIRD_LOCATION_ID, {
		id: THIRD_LOCATION_ID,
		companyId: SANDBOX_COMPANY_ID,
		name: 'Third Sub-Account',
		timezone: 'America/Los_Angeles',
		address: '3 Sandbox Street, Los Angeles, CA 90001, USA',
	});
	store.locations.set(UNINSTALLED_LOCATION_ID, {
		id: UNINSTALLED_LOCATION_ID,
		companyId: SANDBOX_COMPANY_ID,
		name: 'Sub-Account Without The App',
		timezone: 'Europe/Berlin',
		address: '4 Sandbox Allee, 10115 Berlin, Germany',
	});
}

/** @param {Store} store */
function seedUsers(store) {
	USERS.forEach((user, index) => {
		const id = `sandbox-user-${index + 1}`;
		store.users.set(id, {
			id,
			name: `${user.first} ${user.last}`,
			firstName: user.first,
			lastName: user.last,
			email: `${user.first.toLowerCase()}.${user.last.toLowerCase()}@sandbox.example`,
			phone: `+1555010${index + 1}`,
			extension: '',
			permissions: { appointmentsEnabled: true, contactsEnabled: true },
			roles: {
				type: 'account',
				role: user.role,
				locationIds: [SANDBOX_LOCATION_ID],
				restrictSubAccount: false,
			},
			deleted: false,
			locationId: SANDBOX_LOCATION_ID,
		});
	});
}

/** @param {Store} store 30 contacts, `sandbox-contact-1` .. `sandbox-contact-30`, added one day apart */
function seedContacts(store) {
	for (let i = 1; i <= 30; i++) {
		const id = `sandbox-contact-${i}`;
		const firstName = FIRST_NAMES[(i - 1) % FIRST_NAMES.length];
		const lastName = LAST_NAMES[Math.floor((i - 1) / 3) % LAST_NAMES.length];
		store.contacts.set(id, {
			id,
			locationId: SANDBOX_LOCATION_ID,
			contactName: `${firstName} ${lastName}`.toLowerCase(),
			firstName,
			lastName,
			email: `${firstName}.${lastName}.${i}@contacts.example`.toLowerCase(),
			phone: `+1555020${String(i).padStart(4, '0')}`,
			timezone: SANDBOX_TIMEZONE,
			country: 'US',
			source: 'sandbox seed',
			type: 'lead',
			dateAdded: new Date(Date.UTC(2025, 0, i, 10, 0, 0)).toISOString(),
			tags: i % 3 === 0 ? ['vip'] : [],
			customFields: [],
			attributions: [],
			followers: [],
		});
	}
	// One contact in each of the agency's other sub-accounts, so that each can be booked in.
	for (const [id, locationId, firstName, timezone] of [
		[OTHER_LOCATION_CONTACT_ID, OTHER_LOCATION_ID, 'Olive', 'Europe/London'],
		[THIRD_LOCATION_CONTACT_ID, THIRD_LOCATION_ID, 'Theo', 'America/Los_Angeles'],
	]) {
		store.contacts.set(id, {
			id,
			locationId,
			contactName: `${firstName} other`.toLowerCase(),
			firstName,
			lastName: 'Other',
			email: `${firstName}.other@contacts.example`.toLowerCase(),
			phone: locationId === OTHER_LOCATION_ID ? '+442079460000' : '+13105550100',
			timezone,
			source: 'sandbox seed',
			type: 'lead',
			dateAdded: new Date(Date.UTC(2025, 1, 1, 10, 0, 0)).toISOString(),
			tags: [],
			customFields: [],
			attributions: [],
			followers: [],
		});
	}
}

/**
 * @param {Store} store
 * @param {Record<string, any>} calendarDefaults
 */
function seedCalendars(store, calendarDefaults) {
	/** @param {Record<string, any>} fields */
	const addCalendar = (fields) =>
		store.calendars.set(fields.id, { ...calendarDefaults, ...fields });
	addCalendar({
		id: SANDBOX_CALENDAR_ID,
		locationId: SANDBOX_LOCATION_ID,
		name: 'Sandbox Consultation',
		calendarType: 'event',
		slug: 'sandbox-consultation',
		widgetSlug: 'sandbox-consultation',
		slotDuration: 30,
		slotDurationUnit: 'mins',
		slotInterval: 30,
		slotIntervalUnit: 'mins',
		teamMembers: [
			{ userId: 'sandbox-user-1', priority: 0.5, isPrimary: true, locationConfigurations: [] },
		],
		openHours: WEEKDAYS_9_TO_5,
	});
	addCalendar({
		id: SANDBOX_ROUND_ROBIN_CALENDAR_ID,
		locationId: SANDBOX_LOCATION_ID,
		groupId: SANDBOX_GROUP_ID,
		name: 'Sandbox Team Demo',
		calendarType: 'round_robin',
		slug: 'sandbox-team-demo',
		widgetSlug: 'sandbox-team-demo',
		slotDuration: 60,
		slotDurationUnit: 'mins',
		slotInterval: 60,
		slotIntervalUnit: 'mins',
		teamMembers: [
			{ userId: 'sandbox-user-2', priority: 1, isPrimary: true, locationConfigurations: [] },
			{ userId: 'sandbox-user-3', priority: 0.5, isPrimary: false, locationConfigurations: [] },
		],
		openHours: ROUND_ROBIN_HOURS,
	});
	addCalendar({
		id: SANDBOX_DRAFT_CALENDAR_ID,
		locationId: SANDBOX_LOCATION_ID,
		name: 'Sandbox Draft Calendar',
		calendarType: 'event',
		isActive: false,
		teamMembers: [
			{ userId: 'sandbox-user-1', priority: 0.5, isPrimary: true, locationConfigurations: [] },
		],
		openHours: WEEKDAYS_9_TO_5,
	});
	addCalendar({
		id: OTHER_LOCATION_CALENDAR_ID,
		locationId: OTHER_LOCATION_ID,
		name: 'Other Location Calendar',
		calendarType: 'event',
		teamMembers: [],
		openHours: WEEKDAYS_9_TO_5,
	});
	addCalendar({
		id: THIRD_LOCATION_CALENDAR_ID,
		locationId: THIRD_LOCATION_ID,
		name: 'Third Location Calendar',
		calendarType: 'event',
		slotDuration: 30,
		slotDurationUnit: 'mins',
		teamMembers: [],
		openHours: WEEKDAYS_9_TO_5,
	});
}

module.exports = { createStore, clearStore, seedStore, newId };

// @ts-check
'use strict';

/**
 * Well-known ids and credentials of a freshly started sandbox. Tests and demos import these instead
 * of repeating string literals.
 */

const SANDBOX_COMPANY_ID = 'sandbox-company-1';
const SANDBOX_LOCATION_ID = 'sandbox-location-1';
/** A second sub-account, so cross-location access can be exercised (no token is bound to it). */
const OTHER_LOCATION_ID = 'sandbox-location-2';
/** A third sub-account of the agency, with a calendar and a contact of its own (agency connections). */
const THIRD_LOCATION_ID = 'sandbox-location-3';
/** A sub-account of the agency the marketplace app is not installed on: no location token for it. */
const UNINSTALLED_LOCATION_ID = 'sandbox-location-4';
/** Timezone of sandbox-location-1: calendar open hours are read in it. */
const SANDBOX_TIMEZONE = 'America/New_York';

const PIT_TOKEN = 'pit-sandbox-token';
const OAUTH_CLIENT_ID = 'sandbox-client-id';
const OAUTH_CLIENT_SECRET = 'sandbox-client-secret';
const OAUTH_REFRESH_TOKEN = 'sandbox-refresh-token';
const OAUTH_ACCESS_TOKEN = 'sandbox-oauth-access-1';
/** Authorization code accepted once by POST /oauth/token (grant_type=authorization_code). */
const OAUTH_AUTH_CODE = 'sandbox-auth-code';
/** The marketplace app's ID (GET /oauth/installedLocations asks for it). */
const SANDBOX_APP_ID = 'sandbox-app-1';
/** The agency (Company) token of the default agency grant: only the /oauth/ endpoints accept it. */
const AGENCY_ACCESS_TOKEN = 'sandbox-agency-access-1';
const AGENCY_REFRESH_TOKEN = 'sandbox-agency-refresh-token';
/** Authorization code of an agency install: exchanged with user_type=Company for an agency token. */
const AGENCY_AUTH_CODE = 'sandbox-agency-auth-code';
/** User the default OAuth grant was made by. */
const SANDBOX_USER_ID = 'sandbox-user-1';

/** Event calendar, Monday to Friday 09:00-17:00 location time, 30-minute slots. */
const SANDBOX_CALENDAR_ID = 'sandbox-calendar-1';
/** Round-robin calendar in group SANDBOX_GROUP_ID, Monday to Saturday 10-12 and 13-16, 60-minute slots. */
const SANDBOX_ROUND_ROBIN_CALENDAR_ID = 'sandbox-calendar-2';
/** An inactive (drafted) calendar: listed only while `showDrafted` is not false. */
const SANDBOX_DRAFT_CALENDAR_ID = 'sandbox-calendar-3';
/** A calendar of OTHER_LOCATION_ID: the default tokens get 403 on it. */
const OTHER_LOCATION_CALENDAR_ID = 'sandbox-calendar-other-location';
/** Calendar group "Sandbox Team" (slug `sandbox-team`), seeded by routes/groups.js. */
const SANDBOX_GROUP_ID = 'sandbox-group-1';
/** A disabled calendar group (slug `sandbox-inactive`), seeded by routes/groups.js. */
const SANDBOX_INACTIVE_GROUP_ID = 'sandbox-group-2';
/** A calendar of THIRD_LOCATION_ID, and a contact each of OTHER_LOCATION_ID and THIRD_LOCATION_ID. */
const THIRD_LOCATION_CALENDAR_ID = 'sandbox-calendar-location-3';
const OTHER_LOCATION_CONTACT_ID = 'sandbox-contact-location-2';
const THIRD_LOCATION_CONTACT_ID = 'sandbox-contact-location-3';
/** A calendar group of OTHER_LOCATION_ID: the default tokens get 403 on it. */
const OTHER_LOCATION_GROUP_ID = 'sandbox-group-other-location';
/** Block slot of SANDBOX_CALENDAR_ID, Monday 2027-01-04 12:00-13:00 location time, seeded by routes/blockSlots.js. */
const SANDBOX_BLOCK_SLOT_ID = 'sandbox-block-slot-1';
/** Calendar resources (routes/calendarResources.js): a room, an equipment, a room of OTHER_LOCATION_ID. */
const SANDBOX_ROOM_ID = 'sandbox-room-1';
const SANDBOX_EQUIPMENT_ID = 'sandbox-equipment-1';
const OTHER_LOCATION_ROOM_ID = 'sandbox-room-other-location';
/** An email confirmation to the contact on SANDBOX_CALENDAR_ID (routes/notifications.js). */
const SANDBOX_NOTIFICATION_ID = 'sandbox-notification-1';
/** First of the 30 seeded contacts (`sandbox-contact-1` .. `sandbox-contact-30`). */
const SANDBOX_CONTACT_ID = 'sandbox-contact-1';
/** Availability schedule of sandbox-user-1 (Mon–Fri 09:00–17:00 New York), used by sandbox-calendar-1. */
const SANDBOX_SCHEDULE_ID = 'sandbox-schedule-1';
/** A schedule of OTHER_LOCATION_ID: the default tokens get 403 on it. */
const OTHER_LOCATION_SCHEDULE_ID = 'sandbox-schedule-other-location';

const DEFAULTS = Object.freeze({
	companyId: SANDBOX_COMPANY_ID,
	locationId: SANDBOX_LOCATION_ID,
	otherLocationId: OTHER_LOCATION_ID,
	thirdLocationId: THIRD_LOCATION_ID,
	uninstalledLocationId: UNINSTALLED_LOCATION_ID,
	appId: SANDBOX_APP_ID,
	agencyAccessToken: AGENCY_ACCESS_TOKEN,
	agencyRefreshToken: AGENCY_REFRESH_TOKEN,
	agencyAuthCode: AGENCY_AUTH_CODE,
	thirdLocationCalendarId: THIRD_LOCATION_CALENDAR_ID,
	otherLocationContactId: OTHER_LOCATION_CONTACT_ID,
	thirdLocationContactId: THIRD_LOCATION_CONTACT_ID,
	timezone: SANDBOX_TIMEZONE,
	pitToken: PIT_TOKEN,
	clientId: OAUTH_CLIENT_ID,
	clientSecret: OAUTH_CLIENT_SECRET,
	refreshToken: OAUTH_REFRESH_TOKEN,
	oauthAccessToken: OAUTH_ACCESS_TOKEN,
	authCode: OAUTH_AUTH_CODE,
	userId: SANDBOX_USER_ID,
	calendarId: SANDBOX_CALENDAR_ID,
	roundRobinCalendarId: SANDBOX_ROUND_ROBIN_CALENDAR_ID,
	draftCalendarId: SANDBOX_DRAFT_CALENDAR_ID,
	otherLocationCalendarId: OTHER_LOCATION_CALENDAR_ID,
	groupId: SANDBOX_GROUP_ID,
	inactiveGroupId: SANDBOX_INACTIVE_GROUP_ID,
	otherLocationGroupId: OTHER_LOCATION_GROUP_ID,
	blockSlotId: SANDBOX_BLOCK_SLOT_ID,
	contactId: SANDBOX_CONTACT_ID,
	scheduleId: SANDBOX_SCHEDULE_ID,
	otherLocationScheduleId: OTHER_LOCATION_SCHEDULE_ID,
	roomId: SANDBOX_ROOM_ID,
	equipmentId: SANDBOX_EQUIPMENT_ID,
	otherLocationRoomId: OTHER_LOCATION_ROOM_ID,
	notificationId: SANDBOX_NOTIFICATION_ID,
});

/** The sub-accounts the app is installed on in a fresh sandbox (the agency token's approvedLocations). */
const INSTALLED_LOCATION_IDS = Object.freeze([
	SANDBOX_LOCATION_ID,
	OTHER_LOCATION_ID,
	THIRD_LOCATION_ID,
]);

/** The scopes a sub-account connection asks for (tests check them against the credentials' defaults). */
const SUB_ACCOUNT_SCOPES = Object.freeze([
	'calendars.readonly',
	'calendars.write',
	'calendars/events.readonly',
	'calendars/events.write',
	'calendars/groups.readonly',
	'calendars/groups.write',
	'calendars/resources.readonly',
	'calendars/resources.write',
	'contacts.readonly',
	'contacts.write',
	'users.readonly',
	'locations.readonly',
]);

/**
 * Credential data for the package's three credential types, pointed at a sandbox through their hidden
 * Base URL (and, for OAuth2, token URL): what a user would have after connecting, for the demo, the
 * tests and the end-to-end runs.
 * @param {string} url the sandbox's URL
 */
function sandboxCredentialData(url) {
	return {
		highLevelCalendarsTokenApi: {
			accessToken: PIT_TOKEN,
			locationId: SANDBOX_LOCATION_ID,
			baseUrl: url,
		},
		highLevelCalendarsOAuth2Api: {
			grantType: 'authorizationCode',
			authUrl: `${url}/oauth/chooselocation`,
			accessTokenUrl: `${url}/oauth/token`,
			clientId: OAUTH_CLIENT_ID,
			clientSecret: OAUTH_CLIENT_SECRET,
			// The OAuth2 credential's default Scope field (DEFAULT_SCOPES in its credential file).
			scope: SUB_ACCOUNT_SCOPES.join(' '),
			authentication: 'body',
			baseUrl: url,
			oauthTokenData: {
				access_token: OAUTH_ACCESS_TOKEN,
				refresh_token: OAUTH_REFRESH_TOKEN,
				token_type: 'Bearer',
				expires_in: 86399,
				userType: 'Location',
				locationId: SANDBOX_LOCATION_ID,
			},
		},
		highLevelCalendarsAgencyOAuth2Api: {
			grantType: 'authorizationCode',
			authUrl: `${url}/oauth/chooselocation`,
			accessTokenUrl: `${url}/oauth/token`,
			clientId: OAUTH_CLIENT_ID,
			clientSecret: OAUTH_CLIENT_SECRET,
			appId: SANDBOX_APP_ID,
			// The agency credential's default Scope field (AGENCY_SCOPES in its credential file).
			scope: [...SUB_ACCOUNT_SCOPES, 'oauth.readonly', 'oauth.write'].join(' '),
			authentication: 'body',
			additionalBodyProperties: '{"user_type":"Company"}',
			baseUrl: url,
			oauthTokenData: {
				access_token: AGENCY_ACCESS_TOKEN,
				refresh_token: AGENCY_REFRESH_TOKEN,
				token_type: 'Bearer',
				expires_in: 86399,
				userType: 'Company',
				companyId: SANDBOX_COMPANY_ID,
				approvedLocations: [...INSTALLED_LOCATION_IDS],
			},
		},
	};
}

module.exports = {
	DEFAULTS,
	sandboxCredentialData,
	SANDBOX_COMPANY_ID,
	SANDBOX_LOCATION_ID,
	OTHER_LOCATION_ID,
	THIRD_LOCATION_ID,
	UNINSTALLED_LOCATION_ID,
	INSTALLED_LOCATION_IDS,
	SANDBOX_APP_ID,
	AGENCY_ACCESS_TOKEN,
	AGENCY_REFRESH_TOKEN,
	AGENCY_AUTH_CODE,
	THIRD_LOCATION_CALENDAR_ID,
	OTHER_LOCATION_CONTACT_ID,
	THIRD_LOCATION_CONTACT_ID,
	SANDBOX_TIMEZONE,
	PIT_TOKEN,
	OAUTH_CLIENT_ID,
	OAUTH_CLIENT_SECRET,
	OAUTH_REFRESH_TOKEN,
	OAUTH_ACCESS_TOKEN,
	OAUTH_AUTH_CODE,
	SANDBOX_USER_ID,
	SANDBOX_CALENDAR_ID,
	SANDBOX_ROUND_ROBIN_CALENDAR_ID,
	SANDBOX_DRAFT_CALENDAR_ID,
	OTHER_LOCATION_CALENDAR_ID,
	SANDBOX_GROUP_ID,
	SANDBOX_CONTACT_ID,
	SANDBOX_SCHEDULE_ID,
	OTHER_LOCATION_SCHEDULE_ID,
	SANDBOX_ROOM_ID,
	SANDBOX_EQUIPMENT_ID,
	OTHER_LOCATION_ROOM_ID,
	SANDBOX_NOTIFICATION_ID,
};

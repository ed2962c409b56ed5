import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	apiBaseUrlProperty,
	listCalendarsTestRequest,
	oauth2ClientProperties,
	oauth2ConnectionProperties,
	statusRules,
} from './shared';

// The calendars API accepts only sub-account (Location) tokens; the look-up scopes feed the pickers.
export const DEFAULT_SCOPES = [
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
].join(' ');

export class HighLevelCalendarsOAuth2Api implements ICredentialType {
	// Distinct from n8n's built-in highLevelOAuth2Api, so both can be installed side by side.
	name = 'highLevelCalendarsOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'HighLevel Calendars OAuth2 API';

	documentationUrl = 'https://marketplace.gohighlevel.com/docs/Authorization/OAuth2.0';

	icon = {
		light: 'file:../nodes/HighLevelCalendars/highLevelCalendars.svg',
		dark: 'file:../nodes/HighLevelCalendars/highLevelCalendars.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		...oauth2ConnectionProperties,
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: DEFAULT_SCOPES,
			description:
				'Space-separated scopes. Must match the scopes enabled on your marketplace app. The calendar scopes are needed by the operations (groups and resources only by Calendar Group and Calendar Resource); contacts, users and locations feed the pickers, a contact’s appointments and Contact: Find; contacts.write creates the contact of a booking by email or phone.',
		},
		...oauth2ClientProperties,
		apiBaseUrlProperty,
	];

	// Without a test of its own, n8n only checks that the credential holds a token. Listing the
	// calendars of the sub-account the token was issued for (the token response's locationId) proves
	// that HighLevel still accepts the token, that the app has the calendars scope, and that the
	// connection is a sub-account's: an agency-level token names no location, and HighLevel refuses it
	// with 401 as well.
	test: ICredentialTestRequest = {
		request: listCalendarsTestRequest('={{$credentials.oauthTokenData.locationId}}'),
		rules: statusRules({
			401: 'HighLevel refused the connection (401). Reconnect the credential: the token may have been revoked or the app uninstalled from the sub-account. If it still fails, check that the marketplace app and the Scope field include calendars.readonly, and that you chose a sub-account (not the agency) when connecting.',
			422: 'HighLevel got no sub-account for this connection (422): the token response named no location. Set the marketplace app’s distribution to Sub-Account, reconnect the credential and choose a sub-account.',
			403: 'HighLevel refused the sub-account of this connection (403). Reconnect the credential and choose the sub-account whose calendars the workflows use.',
		}),
	};
}

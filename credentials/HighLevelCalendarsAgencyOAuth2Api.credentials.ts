import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { DEFAULT_SCOPES } from './HighLevelCalendarsOAuth2Api.credentials';
import { apiBaseUrlProperty, oauth2ClientProperties, oauth2ConnectionProperties } from './shared';

// oauth.readonly lists the sub-accounts the app is installed on, oauth.write turns the agency token into
// a sub-account token (Scopes.md, "Agency" access type); the calendar scopes travel to those tokens.
const AGENCY_SCOPES = `${DEFAULT_SCOPES} oauth.readonly oauth.write`;

/**
 * An agency-level (Company) connection. n8n's OAuth2 callback sends `additionalBodyProperties` with
 * the code exchange, so `user_type=Company` asks HighLevel for an agency token (apps/oauth.json,
 * GetAccessCodebodyDto). n8n's refresh sends only grant_type, refresh_token, client_id and
 * client_secret; the spec makes user_type optional there, and a refresh token stands for the grant it
 * came from, so the refreshed token is an agency token again.
 */
export class HighLevelCalendarsAgencyOAuth2Api implements ICredentialType {
	name = 'highLevelCalendarsAgencyOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'HighLevel Calendars Agency OAuth2 API';

	documentationUrl = 'https://marketplace.gohighlevel.com/docs/Authorization/OAuth2.0';

	icon = {
		light: 'file:../nodes/HighLevelCalendars/highLevelCalendars.svg',
		dark: 'file:../nodes/HighLevelCalendars/highLevelCalendars.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		{
			displayName:
				'Connects a whole agency: the node then works in any sub-account the app is installed on. In the marketplace app, set Distribution Type to Agency (or Agency and Sub-Account), enable the scopes below including oauth.readonly and oauth.write, and add this credential’s OAuth Redirect URL. On the consent screen, choose the agency, not a sub-account, and the sub-accounts to install on.',
			name: 'agencyNotice',
			type: 'notice',
			default: '',
		},
		...oauth2ConnectionProperties,
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '6578278e879ad2646715ba9c',
			description:
				'The ID of your marketplace app (My Apps → the app: the part after /app/ in its URL; the Client ID starts with it). The Sub-Account picker needs it to list the sub-accounts the app is installed on.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: AGENCY_SCOPES,
			description:
				'Space-separated scopes. Must match the scopes enabled on your marketplace app. oauth.readonly and oauth.write let the node list the agency’s sub-accounts and get a token for each; the other scopes are those of the sub-account connection.',
		},
		...oauth2ClientProperties,
		{
			// Sent with the code exchange only (n8n's OAuth2 callback); see the class comment.
			displayName: 'Additional Body Properties',
			name: 'additionalBodyProperties',
			type: 'hidden',
			default: '{"user_type":"Company"}',
		},
		apiBaseUrlProperty,
	];
}

import type {
	IAuthenticateRuleResponseCode,
	ICredentialTestRequest,
	INodeProperties,
} from 'n8n-workflow';

import { ENDPOINTS } from '../nodes/HighLevelCalendars/endpoints';

export const HIGHLEVEL_API_BASE_URL = 'https://services.leadconnectorhq.com';

/**
 * Hidden in the editor and always the real API for users. Tooling that creates credentials from JSON
 * (the local sandbox, the demo, the end-to-end runs) sets it, so the node needs no test-only code path.
 */
export const apiBaseUrlProperty: INodeProperties = {
	displayName: 'API Base URL',
	name: 'baseUrl',
	type: 'hidden',
	default: HIGHLEVEL_API_BASE_URL,
};

/**
 * The credential test request both credential types send: listing the sub-account's calendars
 * (GET /calendars/?locationId=…) proves the token, the calendars scope and the location together.
 * `locationId` is an expression over the credential's own data.
 */
export function listCalendarsTestRequest(locationId: string): ICredentialTestRequest['request'] {
	return {
		baseURL: '={{$credentials.baseUrl}}',
		url: ENDPOINTS.getCalendars.path,
		method: ENDPOINTS.getCalendars.method,
		headers: { Version: ENDPOINTS.getCalendars.version },
		qs: { locationId },
	};
}

/**
 * n8n's credential test `rules`: the message the credential modal shows for an HTTP status of the
 * test request (n8n 2.x; n8n 1.x drops the response from the error before the rules are read and
 * shows its own "Authorization failed" / "Forbidden" message instead).
 */
export function statusRules(messages: Record<number, string>): IAuthenticateRuleResponseCode[] {
	return Object.entries(messages).map(([status, message]) => ({
		type: 'responseCode' as const,
		properties: { value: Number(status), message },
	}));
}

/**
 * The fields both OAuth2 credentials (sub-account and agency) share: before their Scope, the hidden
 * grant type, the consent page (marketplace or white-label) and the token URL ...
 */
export const oauth2ConnectionProperties: INodeProperties[] = [
	{
		displayName: 'Grant Type',
		name: 'grantType',
		type: 'hidden',
		default: 'authorizationCode',
	},
	{
		displayName: 'Authorization URL',
		name: 'authUrl',
		type: 'options',
		options: [
			{
				name: 'HighLevel Marketplace',
				value: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
				description: 'The standard HighLevel app marketplace',
			},
			{
				name: 'White-Label (LeadConnector)',
				value: 'https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation',
				description: 'For agencies whose users sign in on the white-label domain',
			},
		],
		default: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
		required: true,
	},
	{
		displayName: 'Access Token URL',
		name: 'accessTokenUrl',
		type: 'hidden',
		default: 'https://services.leadconnectorhq.com/oauth/token',
	},
];

/** ... and after it: no extra query on the consent page, the client's ID and secret in the body. */
export const oauth2ClientProperties: INodeProperties[] = [
	{
		displayName: 'Auth URI Query Parameters',
		name: 'authQueryParameters',
		type: 'hidden',
		default: '',
	},
	{
		// HighLevel's token endpoint expects client_id and client_secret in the form body.
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		default: 'body',
	},
];

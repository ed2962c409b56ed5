import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { apiBaseUrlProperty, listCalendarsTestRequest, statusRules } from './shared';

export class HighLevelCalendarsTokenApi implements ICredentialType {
	// Distinct from n8n's built-in highLevelApi, so both can be installed side by side.
	name = 'highLevelCalendarsTokenApi';

	displayName = 'HighLevel Calendars Private Integration Token API';

	documentationUrl = 'https://help.gohighlevel.com/support/solutions/articles/155000003054';

	icon = {
		light: 'file:../nodes/HighLevelCalendars/highLevelCalendars.svg',
		dark: 'file:../nodes/HighLevelCalendars/highLevelCalendars.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Private Integration Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in the sub-account under Settings → Private Integrations, with the calendar scopes enabled',
		},
		{
			displayName: 'Location ID',
			name: 'locationId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 've9EPM428h8vShlRW1KT',
			description:
				'The ID of the sub-account the token belongs to (Settings → Business Profile, or the part after /location/ in the sub-account URL)',
		},
		apiBaseUrlProperty,
	];

	// The header of `{ type: 'generic', properties: { headers: { Authorization:
	// '=Bearer {{$credentials.accessToken}}' } } }`, written as a function: n8n evaluates a generic
	// authenticate's expression on every request (0.86 ms in n8n 2.41, the costliest evaluation per
	// item) and calls a function as is (CredentialsHelper.authenticate, n8n 1.x and 2.x). The editor
	// gets `authenticate: {}` for a function, so HTTP Request and Custom API Call still offer it.
	authenticate: IAuthenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => bearer(credentials, requestOptions);

	// Listing the location's calendars proves the token, the calendars scope and the location together.
	// HighLevel answers 401 for a bad, revoked or rotated token and for a missing scope (the same status,
	// so one message names both), 403 for a Location ID that is not the token's sub-account.
	test: ICredentialTestRequest = {
		request: listCalendarsTestRequest('={{$credentials.locationId}}'),
		rules: statusRules({
			401: 'HighLevel refused the token (401). Check that the Private Integration Token is the current one (not revoked, or replaced by rotating it) and that it has the calendars.readonly scope (Settings → Private Integrations).',
			403: 'HighLevel refused the Location ID for this token (403). Check that the Location ID is the ID of the sub-account the token was created in (Settings → Business Profile, or the part after /location/ in the sub-account URL).',
		}),
	};
}

/**
 * What n8n's generic authenticate does with the header above: it sets it on the request's own
 * headers (created if absent) and returns the same options, so a repeat after a 401 signs again.
 */
export function bearer(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	requestOptions.headers ??= {};
	requestOptions.headers.Authorization = `Bearer ${String(credentials.accessToken ?? '')}`;
	return requestOptions;
}

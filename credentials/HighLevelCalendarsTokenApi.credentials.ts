import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

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

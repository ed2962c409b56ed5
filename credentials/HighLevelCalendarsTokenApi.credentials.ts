import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { ENDPOINTS } from '../nodes/HighLevelCalendars/endpoints';
import { apiBaseUrlProperty } from './shared';

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
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: ENDPOINTS.getCalendars.path,
			method: ENDPOINTS.getCalendars.method,
			headers: { Version: ENDPOINTS.getCalendars.version },
			qs: { locationId: '={{$credentials.locationId}}' },
		},
	};
}

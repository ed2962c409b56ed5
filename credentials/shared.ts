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

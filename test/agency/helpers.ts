import type { INodeExecutionData } from 'n8n-workflow';

import { subAccountTokens } from '../../nodes/HighLevelCalendars/shared/transport/subAccount';
import { DEFAULTS, type Sandbox, type SandboxRequest, byId, run } from '../helpers/node';

/** A calendar and a contact in each of the agency's three sub-accounts the app is installed on. */
export const SUB_ACCOUNTS = [
	{
		locationId: DEFAULTS.locationId,
		calendarId: DEFAULTS.calendarId,
		contactId: DEFAULTS.contactId,
	},
	{
		locationId: DEFAULTS.otherLocationId,
		calendarId: DEFAULTS.otherLocationCalendarId,
		contactId: DEFAULTS.otherLocationContactId,
	},
	{
		locationId: DEFAULTS.thirdLocationId,
		calendarId: DEFAULTS.thirdLocationCalendarId,
		contactId: DEFAULTS.thirdLocationContactId,
	},
];

/** Each test starts without the sub-account tokens of earlier tests (they are kept per process). */
export function forgetSubAccountTokens() {
	beforeEach(() => subAccountTokens.clear());
}

/** Appointment: Create under the agency connection, the sub-account and IDs taken from each item. */
export async function bookPerItem(
	sandbox: Sandbox,
	items: INodeExecutionData[],
	options: Parameters<typeof run>[2] = {},
) {
	return await run(
		sandbox,
		{
			resource: 'appointment',
			operation: 'create',
			subAccount: byId('={{ $json.locationId }}'),
			calendarId: byId('={{ $json.calendarId }}'),
			contactId: byId('={{ $json.contactId }}'),
			startTime: '2026-06-15T10:00:00',
			appointmentCreateFields: { ignoreFreeSlotValidation: true },
		},
		{ auth: 'agency', items, ...options },
	);
}

export const bearer = (request: SandboxRequest) =>
	String(request.headers.authorization ?? '').replace(/^Bearer /, '');

export const tokenFetches = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path === '/oauth/locationToken');

/** The sub-account token the sandbox issued for `locationId` (by what it answered). */
export const isLocationToken = (token: string) => token.startsWith('sandbox-location-token-');

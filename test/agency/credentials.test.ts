import type { INodeParameters } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { MANUAL_TRIGGER_NAME, runWorkflow } from '../../scripts/lib/engine';
import { sandboxCredentialData } from '../../sandbox/server';
import {
	DEFAULTS,
	apiCalls,
	byId,
	credentialTypes,
	credentialsFor,
	useSandbox,
} from '../helpers/node';
import { SUB_ACCOUNTS, bearer, bookPerItem, forgetSubAccountTokens, tokenFetches } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

const NODE_TYPE = 'CUSTOM.highLevelCalendars';
const TYPE = 'highLevelCalendarsAgencyOAuth2Api';

const booking = (name: string, credentialId: string) => ({
	id: name,
	name,
	type: NODE_TYPE,
	typeVersion: 1,
	position: [220, 0] as [number, number],
	parameters: {
		authentication: 'agencyOAuth2',
		resource: 'appointment',
		operation: 'create',
		subAccount: byId(SUB_ACCOUNTS[1].locationId),
		calendarId: byId(SUB_ACCOUNTS[1].calendarId),
		contactId: byId(SUB_ACCOUNTS[1].contactId),
		startTime: '2026-06-15T10:00:00',
		appointmentCreateFields: { ignoreFreeSlotValidation: true },
	} as INodeParameters,
	credentials: { [TYPE]: { id: credentialId, name: credentialId } },
});

describe('Agency connection: whose token is whose', () => {
	it('gives two agency credentials on one sub-account a token each, even with the same agency token', async () => {
		const data = sandboxCredentialData(ctx.sandbox.url)[TYPE];
		const result = await runWorkflow({
			workflow: {
				nodes: [
					{
						id: 'trigger',
						name: MANUAL_TRIGGER_NAME,
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
					booking('Agency A', 'agency-a'),
					booking('Agency B', 'agency-b'),
				],
				connections: {
					[MANUAL_TRIGGER_NAME]: { main: [[{ node: 'Agency A', type: 'main', index: 0 }]] },
					'Agency A': { main: [[{ node: 'Agency B', type: 'main', index: 0 }]] },
				},
			},
			nodeTypes: { [NODE_TYPE]: new HighLevelCalendars() },
			credentialTypes: credentialTypes(),
			credentials: {
				'agency-a': { type: TYPE, name: 'Agency A', data: structuredClone(data) },
				'agency-b': { type: TYPE, name: 'Agency B', data: structuredClone(data) },
			},
		});
		expect(result.error).toBeUndefined();
		expect(tokenFetches(ctx.sandbox)).toHaveLength(2);
		const bookings = apiCalls(ctx.sandbox).filter(
			(request) => request.path === '/calendars/events/appointments',
		);
		expect(bookings).toHaveLength(2);
		expect(new Set(bookings.map(bearer)).size).toBe(2);
	});

	it('fetches a new token when the credential holds another agency token (reconnected)', async () => {
		ctx.sandbox.addAgencyToken('sandbox-agency-access-reconnected');
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[0] }]);
		await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[0] }], {
			credentials: credentialsFor(ctx.sandbox, 'agency', {
				oauthTokenData: {
					...sandboxCredentialData(ctx.sandbox.url)[TYPE].oauthTokenData,
					access_token: 'sandbox-agency-access-reconnected',
				},
			}),
		});
		const fetches = tokenFetches(ctx.sandbox);
		expect(fetches.map(bearer)).toEqual([
			DEFAULTS.agencyAccessToken,
			'sandbox-agency-access-reconnected',
		]);
	});

	it('refuses a credential that holds a sub-account token, before any request', async () => {
		const { error } = await bookPerItem(ctx.sandbox, [{ json: SUB_ACCOUNTS[0] }], {
			credentials: credentialsFor(ctx.sandbox, 'agency', {
				oauthTokenData: {
					access_token: DEFAULTS.oauthAccessToken,
					userType: 'Location',
					locationId: DEFAULTS.locationId,
					companyId: DEFAULTS.companyId,
				},
			}),
		});
		expect(error?.message).toBe('This agency connection is not connected to an agency');
		expect(ctx.sandbox.requests).toHaveLength(0);
	});
});

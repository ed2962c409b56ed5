import type {
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { HIGHLEVEL_API_BASE_URL } from '../../../../credentials/shared';

export const MARKETPLACE_APP_CREDENTIAL = 'highLevelCalendarsOAuth2Api';
export const PRIVATE_INTEGRATION_CREDENTIAL = 'highLevelCalendarsTokenApi';

export type Authentication = 'oAuth2' | 'privateIntegrationToken';

export interface Account {
	credentialType: string;
	baseUrl: string;
	locationId: string;
}

/** Where the node talks to HighLevel from: an item's routing, a picker, a poll. */
export type ApiContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;
type Context = ApiContext;

export function credentialTypeFor(authentication: unknown): string {
	return authentication === 'privateIntegrationToken'
		? PRIVATE_INTEGRATION_CREDENTIAL
		: MARKETPLACE_APP_CREDENTIAL;
}

/**
 * The sub-account the credential is connected to. The user never types it: an OAuth2 token response
 * names it (`locationId`, absent for agency-level installs), a Private Integration Token credential
 * holds it.
 */
export async function getAccount(context: Context): Promise<Account> {
	// Every hook of an item asks; the credential is read (and decrypted) once per item. The pagination
	// context n8n builds for a request inherits from the item's context, so both share the entry.
	let account = accounts.get(context) ?? accounts.get(Object.getPrototypeOf(context) as object);
	if (!account) {
		account = readAccount(context);
		accounts.set(context, account);
	}
	return await account;
}

const accounts = new WeakMap<object, Promise<Account>>();

async function readAccount(context: Context): Promise<Account> {
	const authentication = context.getNodeParameter('authentication', 'oAuth2') as Authentication;
	const credentialType = credentialTypeFor(authentication);
	const credentials = await context.getCredentials(credentialType);
	const baseUrl = String(credentials.baseUrl || HIGHLEVEL_API_BASE_URL).replace(/\/+$/, '');
	if (credentialType === PRIVATE_INTEGRATION_CREDENTIAL) {
		const locationId = String(credentials.locationId ?? '').trim();
		if (!locationId) {
			throw new NodeOperationError(context.getNode(), 'The credential has no Location ID', {
				description:
					'Open the HighLevel Calendars Private Integration Token credential and enter the ID of the sub-account the token was created in.',
			});
		}
		return { credentialType, baseUrl, locationId };
	}
	const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
	const locationId = typeof tokenData.locationId === 'string' ? tokenData.locationId : '';
	if (!locationId) {
		throw new NodeOperationError(
			context.getNode(),
			'This OAuth2 connection is not connected to a sub-account',
			{
				description:
					'The HighLevel calendars API accepts only sub-account (Location) tokens, and this connection was made at agency level. Set your marketplace app\'s distribution to "Sub-Account", then reconnect the credential and choose a sub-account on the HighLevel consent screen.',
			},
		);
	}
	return { credentialType, baseUrl, locationId };
}

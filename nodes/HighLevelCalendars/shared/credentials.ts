import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { MARKETPLACE_APP_CREDENTIAL, PRIVATE_INTEGRATION_CREDENTIAL } from './transport/account';

/**
 * How a node of this package asks for its connection: the Authentication parameter and the
 * credential each choice selects. The action node and both triggers use these.
 */

export const authenticationParameter: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'OAuth2 (Marketplace App)', value: 'oAuth2' },
		{ name: 'Private Integration Token', value: 'privateIntegrationToken' },
	],
	default: 'oAuth2',
};

/** The credentials, one per Authentication choice; `required` false where only pickers use one. */
export function credentialsFor(required: boolean): INodeCredentialDescription[] {
	return [
		{
			name: MARKETPLACE_APP_CREDENTIAL,
			required,
			displayOptions: { show: { authentication: ['oAuth2'] } },
		},
		{
			name: PRIVATE_INTEGRATION_CREDENTIAL,
			required,
			displayOptions: { show: { authentication: ['privateIntegrationToken'] } },
		},
	];
}

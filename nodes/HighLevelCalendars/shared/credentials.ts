import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { idMode, locator } from './descriptions';
import {
	AGENCY_CREDENTIAL,
	MARKETPLACE_APP_CREDENTIAL,
	PRIVATE_INTEGRATION_CREDENTIAL,
	SUB_ACCOUNT_PARAMETER,
} from './transport/account';

/**
 * How a node of this package asks for its connection: the Authentication parameter and the
 * credential each choice selects. The action node and both triggers use these; only the action node
 * offers the agency connection (with its Sub-Account parameter).
 */

const SUB_ACCOUNT_CONNECTIONS = [
	{ name: 'OAuth2 (Marketplace App)', value: 'oAuth2' },
	{ name: 'Private Integration Token', value: 'privateIntegrationToken' },
];

export const authenticationParameter: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: SUB_ACCOUNT_CONNECTIONS,
	default: 'oAuth2',
};

/** The action node's Authentication: the sub-account connections, and the agency connection. */
export const nodeAuthenticationParameter: INodeProperties = {
	...authenticationParameter,
	options: [...SUB_ACCOUNT_CONNECTIONS, { name: 'OAuth2 (Agency)', value: 'agencyOAuth2' }],
};

/** The sub-account an agency connection works in, per item. */
export const subAccountParameter: INodeProperties = locator(
	{
		displayName: 'Sub-Account',
		name: SUB_ACCOUNT_PARAMETER,
		required: true,
		description:
			'The sub-account (location) to work in: one the marketplace app is installed on. An expression may name a different one for each item.',
		displayOptions: { show: { authentication: ['agencyOAuth2'] } },
	},
	{
		search: 'searchSubAccounts',
		listPlaceholder: 'Select a sub-account...',
		byId: idMode('ve9EPM428h8vShlRW1KT', 'sub-account'),
	},
);

/** The credentials, one per Authentication choice; `required` false where only pickers use one. */
export function credentialsFor(
	required: boolean,
	{ agency = false }: { agency?: boolean } = {},
): INodeCredentialDescription[] {
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
		...(agency
			? [
					{
						name: AGENCY_CREDENTIAL,
						required,
						displayOptions: { show: { authentication: ['agencyOAuth2'] } },
					},
				]
			: []),
	];
}

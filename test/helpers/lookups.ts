/**
 * The editor's look-ups for HighLevel Calendars, run through n8n-core's LoadOptionsContext and the
 * CLI's credential test against the sandbox: resource-locator lists (listSearch), the meeting-location
 * options (loadOptions) and the credential modal's "Test".
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import {
	runListSearch,
	runLoadOptions,
	testCredential as runCredentialTest,
} from '../../scripts/lib/engine';
import { AUTHENTICATION, type Auth, type Sandbox, credentialTypes, credentialsFor } from './node';

export type ListSearchMethod = keyof NonNullable<HighLevelCalendars['methods']['listSearch']>;
export type LoadOptionsMethod = keyof NonNullable<HighLevelCalendars['methods']['loadOptions']>;

export interface LookupOptions {
	auth?: Auth;
	/** The node's other parameters (what the editor sends as the current node parameters). */
	parameters?: INodeParameters;
	credentials?: ReturnType<typeof credentialsFor>;
}

export interface ListSearchOptions extends LookupOptions {
	filter?: string;
	/** The previous page's token, passed back as the editor does: as it came. */
	paginationToken?: unknown;
}

const nodeParameters = (auth: Auth, parameters: INodeParameters = {}): INodeParameters => ({
	authentication: AUTHENTICATION[auth],
	...parameters,
});

/** A resource locator's "From list" look-up (search text and "load more" included). */
export async function listSearch(
	sandbox: Sandbox,
	methodName: ListSearchMethod,
	options: ListSearchOptions = {},
) {
	const auth = options.auth ?? 'token';
	return await runListSearch({
		nodeType: new HighLevelCalendars(),
		credentialTypes: credentialTypes(),
		parameters: nodeParameters(auth, options.parameters),
		credentials: options.credentials ?? credentialsFor(sandbox, auth),
		methodName,
		filter: options.filter,
		paginationToken: options.paginationToken,
	});
}

/** An options parameter's list (`loadOptionsMethod`). */
export async function loadOptions(
	sandbox: Sandbox,
	methodName: LoadOptionsMethod,
	options: LookupOptions = {},
) {
	const auth = options.auth ?? 'token';
	return await runLoadOptions({
		nodeType: new HighLevelCalendars(),
		credentialTypes: credentialTypes(),
		parameters: nodeParameters(auth, options.parameters),
		credentials: options.credentials ?? credentialsFor(sandbox, auth),
		methodName,
	});
}

/** The credential modal's test, with the data `credentialsFor` gives (plus overrides). */
export async function testCredential(sandbox: Sandbox, auth: Auth, overrides: IDataObject = {}) {
	const [[credentialType, data]] = Object.entries(credentialsFor(sandbox, auth, overrides));
	return await runCredentialTest({
		credentialType,
		credentialTypes: credentialTypes(),
		data,
		nodeType: new HighLevelCalendars(),
	});
}

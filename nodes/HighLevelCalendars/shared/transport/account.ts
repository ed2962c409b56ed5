import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import { HIGHLEVEL_API_BASE_URL } from '../../../../credentials/shared';

export const MARKETPLACE_APP_CREDENTIAL = 'highLevelCalendarsOAuth2Api';
export const PRIVATE_INTEGRATION_CREDENTIAL = 'highLevelCalendarsTokenApi';
export const AGENCY_CREDENTIAL = 'highLevelCalendarsAgencyOAuth2Api';

export type Authentication = 'oAuth2' | 'privateIntegrationToken' | 'agencyOAuth2';

/** The parameter an agency connection names its sub-account in (shared/credentials.ts defines it). */
export const SUB_ACCOUNT_PARAMETER = 'subAccount';

/** What an agency connection adds: the agency, and who may share a sub-account token. */
export interface AgencyAccount {
	companyId: string;
	/**
	 * Identifies the credential and its current agency token (hashed: the token itself never goes
	 * into a key or a log), so that two credentials, or one reconnected, never share a token.
	 */
	credentialKey: string;
}

export interface Account {
	credentialType: string;
	baseUrl: string;
	/** The sub-account every request is about: the credential's, or the chosen one of an agency. */
	locationId: string;
	agency?: AgencyAccount;
}

/** Where the node talks to HighLevel from: an item's routing, a picker, a poll. */
export type ApiContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;
type Context = ApiContext;

export function credentialTypeFor(authentication: unknown): string {
	if (authentication === 'agencyOAuth2') return AGENCY_CREDENTIAL;
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
	// Every hook of an item asks; the account is worked out once per item. The pagination context n8n
	// builds for a request inherits from the item's context, so both share the entry.
	let account = accounts.get(context) ?? accounts.get(Object.getPrototypeOf(context) as object);
	if (!account) {
		account = readAccount(context);
		accounts.set(context, account);
	}
	return await account;
}

const accounts = new WeakMap<object, Promise<Account>>();

/** What one read of the credential gives every item of a node run. */
interface Connection {
	credentials: ICredentialDataDecryptedObject;
	baseUrl: string;
	/** Agency connections: AgencyAccount.credentialKey. */
	credentialKey?: string;
}

interface HeldRead<T> {
	startedAt: number;
	value: Promise<T>;
}

/**
 * Credential reads of one node run, each item's read shared by the hooks and contexts of that item
 * (readKey: per credential type and item, since n8n fills credential expressions per item). n8n
 * gives every item of a run the same execute data object (and a new one to each run of a node, in
 * every execution), which keys the reads: never shared across executions, nodes or runs. A
 * read is used for `maxAgeMs` after it started, so a credential reconnected while a long run is
 * still preparing items (Request Options → Batching) is read again, as it was read per item before;
 * after a request that may have made n8n refresh a token, `forget` drops the read. A failed read is
 * not shared: each item that waited for it reads for itself and gets its own error.
 */
export class CredentialReads<T> {
	private runs = new WeakMap<object, Map<string, HeldRead<T>>>();

	constructor(
		private readonly now: () => number = Date.now,
		readonly maxAgeMs = 1000,
	) {}

	async get(run: object | undefined, key: string, read: () => Promise<T>): Promise<T> {
		if (run === undefined) return await read();
		let reads = this.runs.get(run);
		if (!reads) {
			reads = new Map();
			this.runs.set(run, reads);
		}
		const held = reads.get(key);
		if (held && this.now() - held.startedAt < this.maxAgeMs) {
			return await held.value.catch(async () => await read());
		}
		const entry: HeldRead<T> = { startedAt: this.now(), value: read() };
		reads.set(key, entry);
		entry.value.catch(() => {
			if (reads.get(key) === entry) reads.delete(key);
		});
		return await entry.value;
	}

	forget(run: object | undefined, key: string): void {
		if (run !== undefined) this.runs.get(run)?.delete(key);
	}
}

export const credentialReads = new CredentialReads<Connection>();

/** The node run an item belongs to (its execute data), or undefined outside a run (pickers, polls). */
function runOf(context: Context): object | undefined {
	const single = context as Partial<Pick<IExecuteSingleFunctions, 'getExecuteData'>>;
	if (typeof single.getExecuteData !== 'function') return undefined;
	const data: unknown = single.getExecuteData();
	return typeof data === 'object' && data !== null ? data : undefined;
}

/**
 * Which read an item may share: its own. A credential's fields can be expressions that n8n fills in
 * per item (an Access Token and Location ID of `={{ $json.… }}`), and n8n signs each request with
 * that item's values, so one item's Location ID must never serve another item's request.
 */
function readKey(context: Context, credentialType: string): string {
	const single = context as Partial<Pick<IExecuteSingleFunctions, 'getItemIndex'>>;
	const itemIndex = typeof single.getItemIndex === 'function' ? single.getItemIndex() : 0;
	return `${credentialType}#${itemIndex}`;
}

/**
 * After a request with `credentialType` that n8n may have answered by refreshing its token (the
 * agency token on a 401): the items that start afterwards read the credential again, so that an
 * agency's credentialKey follows the new token.
 */
export function forgetCredentialRead(context: Context, credentialType: string): void {
	credentialReads.forget(runOf(context), readKey(context, credentialType));
}

async function readAccount(context: Context): Promise<Account> {
	const authentication = context.getNodeParameter('authentication', 'oAuth2') as Authentication;
	const credentialType = credentialTypeFor(authentication);
	const { credentials, baseUrl, credentialKey } = await credentialReads.get(
		runOf(context),
		readKey(context, credentialType),
		async () => await connect(context, credentialType),
	);
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
	if (credentialType === AGENCY_CREDENTIAL) {
		const { companyId } = agencyOf(context, credentials);
		const locationId = chosenSubAccount(context);
		return {
			credentialType,
			baseUrl,
			locationId,
			agency: { companyId, credentialKey: credentialKey ?? '' },
		};
	}
	const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
	const locationId = typeof tokenData.locationId === 'string' ? tokenData.locationId : '';
	if (!locationId) {
		throw new NodeOperationError(
			context.getNode(),
			'This OAuth2 connection is not connected to a sub-account',
			{
				description:
					'The HighLevel calendars API accepts only sub-account (Location) tokens, and this connection was made at agency level. Choose the Authentication "OAuth2 (Agency)" with a HighLevel Calendars Agency OAuth2 API credential to work in the agency\'s sub-accounts, or reconnect this credential and choose a sub-account on the HighLevel consent screen.',
			},
		);
	}
	return { credentialType, baseUrl, locationId };
}

/** A token's stand-in for keys and comparisons: the token itself is never kept or logged. */
export const fingerprint = (token: string): string =>
	createHash('sha256').update(token).digest('hex').slice(0, 16);

/** One read of the credential (decrypted by n8n) and what every item derives from it alike. */
async function connect(context: Context, credentialType: string): Promise<Connection> {
	const credentials = await context.getCredentials(credentialType);
	const baseUrl = String(credentials.baseUrl || HIGHLEVEL_API_BASE_URL).replace(/\/+$/, '');
	if (credentialType !== AGENCY_CREDENTIAL) return { credentials, baseUrl };
	const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
	const reference = context.getNode().credentials?.[AGENCY_CREDENTIAL];
	const tokenHash = fingerprint(String(tokenData.access_token ?? ''));
	const credentialKey = [reference?.id ?? '', reference?.name ?? '', baseUrl, tokenHash].join('|');
	return { credentials, baseUrl, credentialKey };
}

/** The agency an agency credential is connected to (its token response names it). */
export function agencyOf(context: Context, credentials: IDataObject): { companyId: string } {
	const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
	const companyId = typeof tokenData.companyId === 'string' ? tokenData.companyId : '';
	if (tokenData.userType !== 'Company' || !companyId) {
		throw new NodeOperationError(
			context.getNode(),
			'This agency connection is not connected to an agency',
			{
				description:
					'HighLevel gave this credential a sub-account token. Reconnect the HighLevel Calendars Agency OAuth2 API credential and choose the agency (not a sub-account) on the HighLevel consent screen; the marketplace app\'s Distribution Type must allow agencies. For a single sub-account, use the Authentication "OAuth2 (Marketplace App)" instead.',
			},
		);
	}
	return { companyId };
}

/** The Sub-Account parameter of the current item (or of the node, in a picker). */
export function chosenSubAccount(context: Context): string {
	const value = context.getNodeParameter(SUB_ACCOUNT_PARAMETER, '', { extractValue: true });
	const locationId = typeof value === 'string' ? value.trim() : '';
	if (!locationId) {
		throw new NodeOperationError(context.getNode(), 'No Sub-Account chosen', {
			description:
				'With the agency connection, choose the sub-account to work in under "Sub-Account" (from the list, by ID, or with an expression per item).',
		});
	}
	return locationId;
}

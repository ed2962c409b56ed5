import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import { HighLevelCalendarsAgencyOAuth2Api } from '../../credentials/HighLevelCalendarsAgencyOAuth2Api.credentials';
import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { HighLevelCalendarsTokenApi } from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { type RunNodeOptions, runNode } from '../../scripts/lib/engine';
import { DEFAULTS, sandboxCredentialData, startSandbox } from '../../sandbox/server';

export { DEFAULTS };

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
export type SandboxRequest = Sandbox['requests'][number];

type SandboxOptions = NonNullable<Parameters<typeof startSandbox>[0]>;

/**
 * A sandbox per test file, reset before each test; the rate limit is off unless a test asks for it.
 * `fresh: true` starts a new sandbox (new port) for every test instead: the node's rate gate is kept per
 * API host and sub-account for the whole process, as in n8n, so tests of pacing need a host of their own.
 */
export function useSandbox(
	options: SandboxOptions = { faults: { rateLimit: false } },
	{ fresh = false }: { fresh?: boolean } = {},
) {
	const handle = { sandbox: undefined as unknown as Sandbox };
	const start = async () => {
		handle.sandbox = await startSandbox(options);
	};
	if (fresh) {
		beforeEach(start);
		afterEach(async () => await handle.sandbox.close());
	} else {
		beforeAll(start);
		beforeEach(() => handle.sandbox.reset());
		afterAll(async () => await handle.sandbox.close());
	}
	return handle;
}

export type Auth = 'token' | 'oauth2' | 'agency';

const CREDENTIAL_TYPE = {
	token: 'highLevelCalendarsTokenApi',
	oauth2: 'highLevelCalendarsOAuth2Api',
	agency: 'highLevelCalendarsAgencyOAuth2Api',
} as const;

/** The node's Authentication value for each kind of test credential. */
export const AUTHENTICATION = {
	token: 'privateIntegrationToken',
	oauth2: 'oAuth2',
	agency: 'agencyOAuth2',
} as const;

export const credentialTypes = () => [
	new HighLevelCalendarsOAuth2Api(),
	new HighLevelCalendarsTokenApi(),
	new HighLevelCalendarsAgencyOAuth2Api(),
];

export function credentialsFor(
	sandbox: Sandbox,
	auth: Auth,
	overrides: IDataObject = {},
): Record<string, ICredentialDataDecryptedObject> {
	const type = CREDENTIAL_TYPE[auth];
	const data = structuredClone(
		sandboxCredentialData(sandbox.url)[type],
	) as ICredentialDataDecryptedObject;
	return { [type]: { ...data, ...(overrides as ICredentialDataDecryptedObject) } };
}

export interface RunOptions {
	auth?: Auth;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	timezone?: string;
	credentials?: ReturnType<typeof credentialsFor>;
	/** Another variant of the node, such as its AI-tool variant (helpers/tool.ts). */
	nodeType?: INodeType;
	/** The run's credential store, for a test standing in for another n8n process. */
	onCredentialsHelper?: RunNodeOptions['onCredentialsHelper'];
}

/** Executes HighLevel Calendars through n8n-core's RoutingNode against the sandbox. */
export async function run(
	sandbox: Sandbox,
	parameters: Record<string, unknown>,
	options: RunOptions = {},
) {
	const auth = options.auth ?? 'token';
	const result = await runNode({
		nodeType: options.nodeType ?? new HighLevelCalendars(),
		credentialTypes: credentialTypes(),
		parameters: {
			authentication: AUTHENTICATION[auth],
			...(parameters as INodeParameters),
		},
		credentials: options.credentials ?? credentialsFor(sandbox, auth),
		items: options.items,
		continueOnFail: options.continueOnFail,
		timezone: options.timezone ?? 'America/New_York',
		onCredentialsHelper: options.onCredentialsHelper,
	});
	return { ...result, json: (result.items?.[0] ?? []).map((item) => item.json) };
}

/** The requests the node made to the API (token refreshes left out). */
export function apiCalls(sandbox: Sandbox): SandboxRequest[] {
	return sandbox.requests.filter((request) => !request.path.startsWith('/oauth/'));
}

export function only(sandbox: Sandbox): SandboxRequest {
	const calls = apiCalls(sandbox);
	expect(calls).toHaveLength(1);
	return calls[0];
}

/** A resource locator value as the editor stores it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
/** The Time Zone picker's By Name mode. */
export const byName = (value: string) => ({ __rl: true, mode: 'name', value });

/**
 * Types for engine.js, which re-exports engine/index.js (the implementation is plain CommonJS so
 * the demo script can use it without a build step). Keep in sync with the JSDoc in engine/.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsExpressionResolveValues,
	ICredentialsHelper,
	ICredentialType,
	IConnections,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IPinData,
	IRequestOptionsSimplified,
	IRun,
	IRunData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	Logger,
	NodeError,
	Workflow,
	WorkflowExecuteMode,
	ExecutionError,
	ExecutionStatus,
	NodeExecutionHint,
	INodeListSearchResult,
	INodePropertyOptions,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import type { Credentials } from 'n8n-core';

export interface RunNodeOptions {
	/** The node under test: declarative (requestDefaults/routing) or programmatic. */
	nodeType: INodeType | IVersionedNodeType;
	/** Credential classes the node may use; `oAuth2Api` is built in for `extends`. */
	credentialTypes?: ICredentialType[];
	/** Node parameters as stored in workflow JSON (defaults are filled in by n8n). */
	parameters?: INodeParameters;
	/** Default 1. */
	typeVersion?: number;
	/** Plaintext credential data keyed by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Input items; default `[{ json: {} }]`. An empty array means the node is not run. */
	items?: INodeExecutionData[];
	/** Sets `node.onError = 'continueRegularOutput'` (how n8n ≥1.0 stores "Continue"). */
	continueOnFail?: boolean;
	/** Explicit `node.onError`; wins over `continueOnFail`. */
	onError?: INode['onError'];
	/** Workflow setting; default 'America/New_York'. */
	timezone?: string;
	/** Default: description.defaults.name. */
	nodeName?: string;
	/** Full node type name; default `CUSTOM.<description.name>`. */
	nodeTypeName?: string;
	/** Default 'manual'. */
	mode?: WorkflowExecuteMode;
	staticData?: IDataObject;
	/** Called whenever n8n-core stores credential data (OAuth2 refresh, preAuthentication). */
	onCredentialsUpdated?: (update: CredentialUpdate) => void;
	/**
	 * Called with the run's credential store before the node runs, so that a test can write to it
	 * during the run as another n8n process sharing the database would (queue-mode workers).
	 */
	onCredentialsHelper?: (helper: EngineCredentialsHelper) => void;
}

export interface RunNodeResult {
	/** What the node returned (one array per output), or null if it threw / did not run. */
	items: INodeExecutionData[][] | null;
	/** The thrown error object, untouched (e.g. a NodeApiError). */
	error?: Error & Partial<NodeError> & { httpCode?: string | null; description?: string | null };
	hints: NodeExecutionHint[];
	/** The node as executed (parameters with defaults applied). */
	node: INode;
	/** Stored credential data after the run, keyed by credential type name. */
	credentialsAfter: Record<string, ICredentialDataDecryptedObject>;
	credentialUpdates: CredentialUpdate[];
}

export interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
	pinData?: IPinData;
	staticData?: IDataObject;
	[key: string]: unknown;
}

export interface RunWorkflowOptions {
	/** An exported workflow (nodes[], connections, settings?). */
	workflow: WorkflowJson;
	/** Node types keyed by full type name, e.g. 'CUSTOM.highLevelCalendars'. The Manual Trigger is built in. */
	nodeTypes: Record<string, INodeType | IVersionedNodeType>;
	credentialTypes?: ICredentialType[];
	/** Keyed by credential id, as referenced from nodes' `credentials: { type: { id, name } }`. */
	credentials?: Record<
		string,
		{ type: string; name?: string; data: ICredentialDataDecryptedObject }
	>;
	/** Used when the workflow has no timezone setting; default 'America/New_York'. */
	timezone?: string;
	/** Default 'manual'. */
	mode?: WorkflowExecuteMode;
	onCredentialsUpdated?: (update: CredentialUpdate) => void;
}

export interface RunWorkflowResult {
	runData: IRunData;
	lastNodeExecuted?: string;
	/** `data.main` of the last run of the last executed node. */
	lastNodeOutput: Array<INodeExecutionData[] | null> | null;
	/** Execution error: a plain-object copy made by WorkflowExecute, or the thrown error if the run could not start. */
	error?: ExecutionError | Error;
	status: ExecutionStatus;
	run?: IRun;
	credentialsAfter: Record<string, StoredCredential>;
	credentialUpdates: CredentialUpdate[];
}

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

export interface CredentialUpdate extends StoredCredential {
	/** `oauthTokenData`: updateCredentialsOauthTokenData; `data`: updateCredentials. */
	kind: 'oauthTokenData' | 'data';
}

export function runNode(opts: RunNodeOptions): Promise<RunNodeResult>;
export function runWorkflow(opts: RunWorkflowOptions): Promise<RunWorkflowResult>;

/**
 * What the editor sends to POST /rest/dynamic-node-parameters/… : the node (type + version),
 * its current parameters and its credentials. Built like the CLI's DynamicNodeParametersService:
 * a Workflow with only this node (named "Temp-Node"), mode 'internal', and a real n8n-core
 * LoadOptionsContext as `this`.
 */
export interface LookupOptions {
	nodeType: INodeType | IVersionedNodeType;
	credentialTypes?: ICredentialType[];
	/** The node's parameters (defaults are filled in, as for a run). */
	parameters?: INodeParameters;
	/** Plaintext credential data keyed by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** `methods.listSearch[methodName]` / `methods.loadOptions[methodName]`; an unknown name rejects. */
	methodName: string;
	/**
	 * What `getCurrentNodeParameter(s)` reads (the CLI's `additionalData.currentNodeParameters`).
	 * Default: `parameters` with defaults filled in — the editor's in-memory node parameters.
	 */
	currentNodeParameters?: INodeParameters;
	/** The parameter's path, e.g. 'parameters.additionalFields.meetingLocationId'. Default: the first parameter that uses the method. */
	path?: string;
	/** Default 1. */
	typeVersion?: number;
	/** Full node type name; default `CUSTOM.<description.name>`. */
	nodeTypeName?: string;
	/** Workflow setting; default 'America/New_York'. */
	timezone?: string;
	/** Called whenever n8n-core stores credential data (OAuth2 refresh). */
	onCredentialsUpdated?: (update: CredentialUpdate) => void;
}

export interface LookupResultBase {
	/** The look-up node as built (parameters with defaults applied). */
	node: INode;
	/** Stored credential data afterwards, keyed by credential type name. */
	credentialsAfter: Record<string, ICredentialDataDecryptedObject>;
	credentialUpdates: CredentialUpdate[];
}

export interface RunListSearchOptions extends LookupOptions {
	/** The search text typed into the resource locator's list. */
	filter?: string;
	/**
	 * The previous answer's `paginationToken`, passed back as-is ("load more"). As in n8n 2.11,
	 * whose request DTO takes only a string, anything but a string or undefined is an error.
	 */
	paginationToken?: unknown;
}

export interface RunListSearchResult extends LookupResultBase {
	/** What the method returned, untouched. */
	result?: INodeListSearchResult;
	/** What it threw (e.g. a NodeApiError), or the request validation error for a non-string token. */
	error?: Error & Partial<NodeError> & { httpCode?: string | null; description?: string | null };
}

export type RunLoadOptionsOptions = LookupOptions;

export interface RunLoadOptionsResult extends LookupResultBase {
	options?: INodePropertyOptions[];
	error?: Error & Partial<NodeError> & { httpCode?: string | null; description?: string | null };
}

export function runListSearch(opts: RunListSearchOptions): Promise<RunListSearchResult>;
export function runLoadOptions(opts: RunLoadOptionsOptions): Promise<RunLoadOptionsResult>;

export interface TestCredentialOptions {
	/** Name of the credential type to test. */
	credentialType: string;
	/** Credential classes (the tested one, and its `extends` parents other than the built-in oAuth2Api). */
	credentialTypes: ICredentialType[];
	/** What the user entered (plaintext); property defaults are applied as n8n does. */
	data: ICredentialDataDecryptedObject;
	/**
	 * A node that uses the credential: needed when the type has no `test` of its own (the node's
	 * `testedBy`, or the OAuth2 "has an access token" check).
	 */
	nodeType?: INodeType | IVersionedNodeType;
	id?: string;
	name?: string;
}

export interface TestCredentialResult extends INodeCredentialTestResult {
	/** For a failed test request: the error RoutingNode threw (e.g. a NodeApiError with httpCode). */
	error?: Error & Partial<NodeError> & { httpCode?: string | null; description?: string | null };
}

/** What n8n's CredentialsTester.testCredentials answers for the credential modal's test. */
export function testCredential(opts: TestCredentialOptions): Promise<TestCredentialResult>;

export class EngineCredentialsHelper extends ICredentialsHelper {
	constructor(
		credentialTypes: ICredentialType[],
		credentials?: Record<
			string,
			{ type: string; name?: string; data: ICredentialDataDecryptedObject }
		>,
	);
	credentialTypes: Map<string, ICredentialType>;
	store: Map<string, StoredCredential>;
	updates: CredentialUpdate[];
	onUpdate?: (update: CredentialUpdate) => void;
	addCredential(credential: StoredCredential): void;
	snapshot(): Record<string, StoredCredential>;
	getCredentialType(typeName: string): ICredentialType;
	getParentTypes(typeName: string): string[];
	getCredentialsProperties(typeName: string): INodeProperties[];
	findEntry(nodeCredentials: INodeCredentialsDetails, type: string): StoredCredential;
	getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<Credentials>;
	getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject>;
	applyDefaultsAndResolve(
		additionalData: IWorkflowExecuteAdditionalData,
		original: ICredentialDataDecryptedObject,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): ICredentialDataDecryptedObject;
	authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions>;
	resolveValue(
		value: string,
		credentials: ICredentialDataDecryptedObject,
		workflow: Workflow,
		node: INode,
	): string;
	preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined>;
	updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void>;
	updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
		additionalData?: IWorkflowExecuteAdditionalData,
	): Promise<void>;
	recordUpdate(kind: CredentialUpdate['kind'], entry: StoredCredential): void;
}

export class EngineNodeTypes implements INodeTypes {
	constructor(types: Record<string, INodeType | IVersionedNodeType>);
	types: Record<string, INodeType | IVersionedNodeType>;
	getByName(nodeType: string): INodeType | IVersionedNodeType;
	getByNameAndVersion(nodeType: string, version?: number): INodeType;
	getKnownTypes(): Record<string, { className: string; sourcePath: string }>;
}

export function createAdditionalData(args: {
	credentialsHelper: EngineCredentialsHelper;
	mode: WorkflowExecuteMode;
	workflowData: IWorkflowBase;
	workflowSettings?: IWorkflowSettings;
}): IWorkflowExecuteAdditionalData;

export const manualTriggerNodeType: INodeType;
export const OAUTH2_API_CREDENTIAL: ICredentialType;
export const MANUAL_TRIGGER_TYPE: 'n8n-nodes-base.manualTrigger';
export const MANUAL_TRIGGER_NAME: string;
export const engineLogger: Logger & { scoped(): Logger };

export interface LogRecord {
	level: 'error' | 'warn' | 'info' | 'debug';
	message: string;
	/** As logged: errors and nested objects untouched. */
	metadata?: object;
	/** `[n8n <level>] <message> <metadata as JSON>`, as ENGINE_DEBUG=1 prints it. */
	line: string;
}

export interface LogCapture {
	records: LogRecord[];
	readonly lines: string[];
	stop(): void;
}

/**
 * Records every line logged through engineLogger (n8n-core's Logger in the DI container, LoggerProxy,
 * the harness) from now until `stop()`, at every level, whether or not ENGINE_DEBUG is set.
 */
export function captureLogs(): LogCapture;

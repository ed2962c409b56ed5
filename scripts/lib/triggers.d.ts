/** Types for triggers.js (plain CommonJS, like the engine harness). Keep in sync with its JSDoc. */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeExecutionData,
	INodeType,
	NodeError,
} from 'n8n-workflow';

export interface TriggerOptions {
	nodeType: INodeType;
	credentialTypes?: ICredentialType[];
	/** Node parameters as stored in workflow JSON (defaults are filled in by n8n). */
	parameters?: IDataObject;
	/** Plaintext credential data keyed by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The workflow's static data as n8n stored it (e.g. from an earlier run: a restart). */
	staticData?: IDataObject;
	/** Workflow setting; default 'America/New_York'. */
	timezone?: string;
	/** Default `CUSTOM.<description.name>`. */
	nodeTypeName?: string;
}

export interface PollResult {
	/** What the poll emitted (null: nothing). */
	items: INodeExecutionData[] | null;
	error?: Error & Partial<NodeError> & { description?: string | null };
	/** The static data n8n would have stored afterwards (unchanged after a manual run). */
	staticData: IDataObject;
}

export interface WebhookTrigger {
	/** The URL to post deliveries to. */
	url: string;
	/** The items of each workflow run the node started, in order. */
	executions: INodeExecutionData[][];
	/** What each request was answered. */
	answers: Array<{ status: number; body: unknown }>;
	/** What the node threw (n8n answers those with 500). */
	errors: Error[];
	/** The static data as stored after the last delivery. */
	readonly staticData: IDataObject;
	close(): Promise<void>;
}

export function runPoll(
	opts: TriggerOptions & { mode?: 'trigger' | 'manual' },
): Promise<PollResult>;
export function startWebhookTrigger(
	opts: TriggerOptions & { mode?: 'webhook' | 'manual' },
): Promise<WebhookTrigger>;

import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
} from 'n8n-workflow';

import { HighLevelCalendars } from '../../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { runAsRouted } from '../../../nodes/HighLevelCalendars/shared/direct/operation';
import { MANUAL_TRIGGER_NAME, MANUAL_TRIGGER_TYPE, runWorkflow } from '../../../scripts/lib/engine';
import {
	AUTHENTICATION,
	type Auth,
	type Sandbox,
	credentialTypes,
	credentialsFor,
} from '../../helpers/node';

/**
 * The node run twice through n8n-core's WorkflowExecute, as n8n runs it: once with the custom
 * operation of Appointment: Create (WorkflowExecute picks customOperations over RoutingNode), once as
 * a copy of the node type without customOperations (RoutingNode). Each run gets a fresh sandbox state.
 */

export type Engine = 'routing' | 'direct';

/** How often the custom operation ran (so a test knows which engine served it). */
export const directRuns = { count: 0 };

/**
 * The node type for one engine: the custom operation present or absent, all else the same. With
 * `built`, a last (hidden) property's preSend hook records each request as the hooks left it, just
 * before it is sent: what the wire does not show (proxy, SSL setting, timeout) is compared there.
 */
export function nodeTypeFor(
	engine: Engine,
	base: INodeType = new HighLevelCalendars(),
	built?: IDataObject[],
): INodeType {
	const type = Object.create(base) as INodeType;
	if (built) {
		const probe: INodeProperties = {
			displayName: 'Probe',
			name: 'equivalenceProbe',
			type: 'hidden',
			default: '',
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
							built.push(
								JSON.parse(JSON.stringify({ item: this.getItemIndex(), options })) as IDataObject,
							);
							return options;
						},
					],
				},
			},
		};
		type.description = { ...base.description, properties: [...base.description.properties, probe] };
	}
	const direct = runAsRouted(type.description);
	type.customOperations =
		engine === 'direct'
			? {
					appointment: {
						async create(this: IExecuteFunctions) {
							directRuns.count++;
							return await direct.call(this);
						},
					},
				}
			: undefined;
	return type;
}

/**
 * The sandbox makes a new random ID for every object and stamps it with the time: each distinct ID is
 * replaced by its order of appearance, each date the sandbox adds by a mark, so that two runs compare.
 */
export function comparable(run: EngineRun): unknown {
	const ids = new Map<string, string>();
	const text = JSON.stringify(run).replace(/\b[A-Za-z0-9]{20}\b/g, (id) => {
		if (!ids.has(id)) ids.set(id, `<id ${ids.size + 1}>`);
		return ids.get(id)!;
	});
	return JSON.parse(text, (key, value: unknown) =>
		['dateAdded', 'dateUpdated', 'createdAt', 'updatedAt', 'date', 'timestamp'].includes(key)
			? '<date>'
			: value,
	);
}

export interface EngineRun {
	/** Each request as the hooks left it, in the order they finished. */
	built: IDataObject[];
	requests: Array<{
		method: string;
		path: string;
		query: unknown;
		headers: unknown;
		rawBody: string;
		status: number;
	}>;
	output: INodeExecutionData[] | null;
	error:
		| {
				name?: string;
				message?: string;
				description?: unknown;
				httpCode?: unknown;
				context?: unknown;
		  }
		| undefined;
}

export interface RunSpec {
	parameters: IDataObject;
	items?: IDataObject[];
	auth?: Auth;
	continueOnFail?: boolean;
	credentialOverrides?: IDataObject;
	/** A node type to start from (the tool variant). */
	base?: () => INodeType;
	/** Applied to the sandbox before the run (faults). */
	before?: (sandbox: Sandbox) => unknown;
}

export async function runWith(engine: Engine, sandbox: Sandbox, spec: RunSpec): Promise<EngineRun> {
	sandbox.reset();
	await spec.before?.(sandbox);
	const auth = spec.auth ?? 'token';
	const base = spec.base?.() ?? new HighLevelCalendars();
	const built: IDataObject[] = [];
	const nodeType = nodeTypeFor(engine, base, built);
	const typeName = `CUSTOM.${base.description.name}`;
	const workflow = {
		id: 'direct-equivalence',
		name: 'direct equivalence',
		nodes: [
			{
				id: 't',
				name: MANUAL_TRIGGER_NAME,
				type: MANUAL_TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n',
				name: 'HighLevel Calendars',
				type: typeName,
				typeVersion: 1,
				position: [200, 0],
				parameters: { authentication: AUTHENTICATION[auth], ...spec.parameters },
				credentials: {
					[Object.keys(credentialsFor(sandbox, auth))[0]]: { id: `c-${engine}`, name: 'HighLevel' },
				},
				...(spec.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
			},
		],
		connections: {
			[MANUAL_TRIGGER_NAME]: { main: [[{ node: 'HighLevel Calendars', type: 'main', index: 0 }]] },
		},
		pinData: { [MANUAL_TRIGGER_NAME]: (spec.items ?? [{}]).map((json) => ({ json })) },
		settings: { timezone: 'America/New_York', executionOrder: 'v1' },
	} as unknown as Parameters<typeof runWorkflow>[0]['workflow'];
	const [type, data] = Object.entries(credentialsFor(sandbox, auth, spec.credentialOverrides))[0];
	const result = await runWorkflow({
		workflow,
		nodeTypes: { [typeName]: nodeType },
		credentialTypes: credentialTypes(),
		// One credential per engine: an agency's sub-account tokens are kept per credential for the process.
		credentials: { [`c-${engine}`]: { type, name: 'HighLevel', data } },
	});
	const task = result.runData['HighLevel Calendars']?.[0];
	const error = (task?.error ?? result.error) as EngineRun['error'];
	// Sorted: when concurrent requests of different items reach the API is timing, not content (the
	// custom operation sends item i before item i + 1 is built; under a 429 the gate's order follows).
	const requests = sandbox.requests
		.map(({ method, path, query, headers, rawBody, status }) => ({
			method,
			path,
			query,
			headers,
			rawBody,
			status,
		}))
		.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
	return {
		// In item order: when each item's hooks finish is no contract (the engines interleave differently).
		built: [...built].sort((a, b) => (a.item as number) - (b.item as number)),
		requests,
		output: (task?.data?.main?.[0] as INodeExecutionData[] | undefined) ?? null,
		error: error && {
			name: error.name,
			message: error.message,
			description: error.description,
			httpCode: error.httpCode,
			context: error.context,
		},
	};
}

// @ts-check
/**
 * Trigger harness: runs a polling node through n8n-core's PollContext and a webhook node through its
 * WebhookContext, the way n8n's ActiveWorkflows and webhook helpers call them, with the engine
 * harness's credentials, node types and additionalData. CommonJS with JSDoc for the same reason as
 * the engine harness; typed through triggers.d.ts.
 *
 * What n8n's CLI does around the node and is emulated here: it builds a Workflow from the stored
 * workflow (static data included) for each poll or delivery and saves the static data afterwards;
 * for a webhook it reads the raw body, parses JSON, answers 200 "Workflow was started" when the node
 * returns workflow data (response mode onReceived) or the node's `webhookResponse` otherwise, and
 * leaves the answer to the node when it says `noWebhookResponse`.
 */
'use strict';

const { randomUUID } = require('node:crypto');
const http = require('node:http');

const { Workflow, deepCopy } = require('n8n-workflow');
const { PollContext, WebhookContext } = require('n8n-core');

const { createAdditionalData, EngineCredentialsHelper, EngineNodeTypes } = require('./engine');

/**
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('./triggers').TriggerOptions} TriggerOptions
 */

/**
 * A stored trigger workflow: one node, its credentials and its static data, rebuilt into a Workflow
 * for each run as n8n does.
 * @param {TriggerOptions} opts
 */
function triggerWorkflow(opts) {
	const description = opts.nodeType.description;
	const nodeTypeName = opts.nodeTypeName ?? `CUSTOM.${description.name}`;
	const nodeName = String(description.defaults?.name ?? description.displayName);
	/** @type {Record<string, { type: string; name: string; data: any }>} */
	const stored = {};
	/** @type {NonNullable<INode['credentials']>} */
	const references = {};
	for (const [type, data] of Object.entries(opts.credentials ?? {})) {
		stored[`trigger-${type}`] = { type, name: `${type} (trigger)`, data };
		references[type] = { id: `trigger-${type}`, name: `${type} (trigger)` };
	}
	const credentialsHelper = new EngineCredentialsHelper(opts.credentialTypes ?? [], stored);
	const nodeTypes = new EngineNodeTypes({ [nodeTypeName]: opts.nodeType });
	const settings = {
		timezone: opts.timezone ?? 'America/New_York',
		executionOrder: /** @type {const} */ ('v1'),
	};
	const nodeId = randomUUID();
	const webhookId = randomUUID();
	const state = { staticData: /** @type {IDataObject} */ (deepCopy(opts.staticData ?? {})) };

	const build = () => {
		/** @type {INode} */
		const node = {
			id: nodeId,
			name: nodeName,
			type: nodeTypeName,
			typeVersion: 1,
			position: [0, 0],
			parameters: /** @type {import('n8n-workflow').INodeParameters} */ (
				deepCopy(opts.parameters ?? {})
			),
			credentials: Object.keys(references).length ? references : undefined,
			webhookId,
		};
		const workflow = new Workflow({
			id: 'trigger-workflow',
			name: `trigger: ${nodeName}`,
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			settings,
			staticData: deepCopy(state.staticData),
		});
		const workflowData = /** @type {IWorkflowBase} */ ({
			id: workflow.id,
			name: workflow.name,
			active: true,
			isArchived: false,
			nodes: [node],
			connections: {},
			settings,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		return { workflow, workflowData, node: /** @type {INode} */ (workflow.getNode(nodeName)) };
	};

	/** What n8n does after a poll or a delivery: store the static data if the node changed it. */
	const save = (/** @type {Workflow} */ workflow) => {
		const data = /** @type {IDataObject & { __dataChanged?: boolean }} */ (workflow.staticData);
		if (data.__dataChanged !== true) return;
		const { __dataChanged, ...saved } = JSON.parse(JSON.stringify(data));
		state.staticData = saved;
	};

	return { build, save, state, credentialsHelper, nodeName, webhookId };
}

/**
 * One poll, as ActiveWorkflows runs it on schedule (mode 'trigger') or the editor's "Fetch Test
 * Event" runs it (mode 'manual').
 * @param {TriggerOptions & { mode?: 'trigger' | 'manual' }} opts
 * @returns {Promise<import('./triggers').PollResult>}
 */
async function runPoll(opts) {
	const trigger = triggerWorkflow(opts);
	const mode = opts.mode ?? 'trigger';
	const { workflow, workflowData, node } = trigger.build();
	const additionalData = createAdditionalData({
		credentialsHelper: trigger.credentialsHelper,
		mode,
		workflowData,
		workflowSettings: workflow.settings,
	});
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		mode,
		mode === 'manual' ? 'manual' : 'activate',
	);
	const nodeType = /** @type {INodeType} */ (opts.nodeType);
	if (!nodeType.poll) throw new Error(`${trigger.nodeName} has no poll function`);
	try {
		const data = await nodeType.poll.call(context);
		// Manual runs are not saved, so neither is their static data.
		if (mode !== 'manual') trigger.save(workflow);
		return { items: data?.[0] ?? null, staticData: trigger.state.staticData };
	} catch (error) {
		return { items: null, error: /** @type {any} */ (error), staticData: trigger.state.staticData };
	}
}

/**
 * A webhook trigger listening on a local port: each POST is handed to the node's `webhook` through
 * n8n-core's WebhookContext. `executions` holds the items of each workflow run the node started.
 * @param {TriggerOptions & { mode?: 'webhook' | 'manual' }} opts
 * @returns {Promise<import('./triggers').WebhookTrigger>}
 */
async function startWebhookTrigger(opts) {
	const trigger = triggerWorkflow(opts);
	const mode = opts.mode ?? 'webhook';
	const nodeType = /** @type {INodeType} */ (opts.nodeType);
	/** @type {import('./triggers').WebhookTrigger['executions']} */
	const executions = [];
	/** @type {import('./triggers').WebhookTrigger['answers']} */
	const answers = [];
	/** @type {Error[]} */
	const errors = [];

	const server = http.createServer((req, res) => {
		const chunks = /** @type {Buffer[]} */ ([]);
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => void handle(req, res, Buffer.concat(chunks)));
	});

	/**
	 * @param {http.IncomingMessage} req
	 * @param {http.ServerResponse} res
	 * @param {Buffer} rawBody
	 */
	async function handle(req, res, rawBody) {
		const answer = { status: 0, body: /** @type {unknown} */ (undefined) };
		answers.push(answer);
		const response = expressResponse(res, answer);
		const request = expressRequest(req, rawBody);
		const { workflow, workflowData, node } = trigger.build();
		const additionalData = createAdditionalData({
			credentialsHelper: trigger.credentialsHelper,
			mode,
			workflowData,
			workflowSettings: workflow.settings,
		});
		additionalData.httpRequest = /** @type {any} */ (request);
		additionalData.httpResponse = /** @type {any} */ (response);
		const webhookDescription = /** @type {any} */ (nodeType.description.webhooks?.[0]);
		const webhookData = /** @type {any} */ ({
			httpMethod: 'POST',
			node: node.name,
			path: webhookDescription?.path,
			webhookDescription,
			workflowId: workflow.id,
			webhookId: trigger.webhookId,
		});
		try {
			if (!nodeType.webhook) throw new Error(`${trigger.nodeName} has no webhook function`);
			const context = new WebhookContext(
				workflow,
				node,
				additionalData,
				mode,
				webhookData,
				[],
				null,
			);
			const result = await nodeType.webhook.call(context);
			trigger.save(workflow);
			if (result.noWebhookResponse) {
				if (!res.writableEnded) res.end();
				return;
			}
			if (result.workflowData !== undefined) {
				executions.push(result.workflowData[0] ?? []);
				response.status(200).json({ message: 'Workflow was started' });
				return;
			}
			response
				.status(200)
				.json(
					result.webhookResponse !== undefined
						? result.webhookResponse
						: { message: 'Webhook call received' },
				);
		} catch (error) {
			errors.push(/** @type {Error} */ (error));
			if (!res.headersSent) response.status(500).json({ code: 0, message: 'Error in workflow' });
		}
	}

	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}/webhook/${trigger.webhookId}/webhook`,
		executions,
		answers,
		errors,
		get staticData() {
			return trigger.state.staticData;
		},
		close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
	};
}

/**
 * The parts of an express Request that n8n's webhook helpers set up and nodes read.
 * @param {http.IncomingMessage} req
 * @param {Buffer} rawBody
 */
function expressRequest(req, rawBody) {
	let body = {};
	try {
		body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
	} catch {
		// n8n answers unparseable JSON itself; the node then sees no body
	}
	return Object.assign(req, {
		rawBody,
		readRawBody: async () => {},
		body,
		query: {},
		params: {},
		header: (/** @type {string} */ name) => req.headers[name.toLowerCase()],
	});
}

/**
 * The parts of an express Response nodes use to answer: status(), json(), send(), end().
 * @param {http.ServerResponse} res
 * @param {{ status: number, body: unknown }} answer
 */
function expressResponse(res, answer) {
	const response = {
		status(/** @type {number} */ code) {
			res.statusCode = code;
			answer.status = code;
			return response;
		},
		json(/** @type {unknown} */ value) {
			answer.status = res.statusCode;
			answer.body = value;
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify(value));
			return response;
		},
		send(/** @type {unknown} */ value) {
			answer.status = res.statusCode;
			answer.body = value;
			res.end(typeof value === 'string' ? value : JSON.stringify(value));
			return response;
		},
		end() {
			answer.status = res.statusCode;
			res.end();
			return response;
		},
	};
	return response;
}

module.exports = { runPoll, startWebhookTrigger };

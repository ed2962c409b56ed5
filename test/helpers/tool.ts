import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { INode, INodeParameters, INodeType, INodeTypeDescription } from 'n8n-workflow';
import {
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	deepCopy,
	nodeNameToToolName,
} from 'n8n-workflow';
// n8n-core's own schema builder of a node used as a tool (what the agent is handed).
import { getSchema } from 'n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';

/**
 * The node as n8n turns it into an AI agent's tool. The conversion lives in n8n's CLI package
 * (packages/cli/src/tool-generation/ai-tools.ts, convertNodeToAiTool), which is no dependency of
 * ours: with a real n8n install under N8N_CACHE_DIR (scripts/e2e) its own function is used, else this
 * copy of what it does to a node like ours (n8n 2.41.1): name + 'Tool', an ai_tool output, the
 * Tool Description parameters, the AI › Tools codex.
 */
function copyOfConvertNodeToAiTool(description: INodeTypeDescription): INodeTypeDescription {
	const converted = deepCopy(description);
	converted.name += 'Tool';
	converted.inputs = [];
	converted.outputs = [NodeConnectionTypes.AiTool];
	converted.displayName += ' Tool';
	delete converted.usableAsTool;
	converted.properties.splice(
		0,
		0,
		{
			displayName: 'Tool Description',
			name: 'descriptionType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Set Automatically', value: 'auto' },
				{ name: 'Set Manually', value: 'manual' },
			],
			default: 'auto',
		},
		{
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string',
			default: description.description,
			required: true,
			typeOptions: { rows: 2 },
			displayOptions: { show: { descriptionType: ['manual'] } },
		},
	);
	converted.codex = {
		categories: ['AI'],
		subcategories: { AI: ['Tools'], Tools: ['Other Tools'] },
		resources: {},
	};
	return converted;
}

/** n8n's own convertNodeToAiTool from a real install, if there is one. */
export function realConvertNodeToAiTool():
	| ((item: { description: INodeTypeDescription }) => { description: INodeTypeDescription })
	| undefined {
	const file = join(
		process.env.N8N_CACHE_DIR ?? '/work/n8n-cache',
		'n8n-2.41.1/node_modules/n8n/dist/tool-generation/ai-tools.js',
	);
	if (!existsSync(file)) return undefined;
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional real n8n install, outside the package
	return (require(file) as { convertNodeToAiTool: ReturnType<typeof realConvertNodeToAiTool> })
		.convertNodeToAiTool;
}

export function toolDescriptionOf(
	description: INodeTypeDescription,
	convert = realConvertNodeToAiTool(),
): INodeTypeDescription {
	return convert
		? convert({ description: deepCopy(description) }).description
		: copyOfConvertNodeToAiTool(description);
}

export { copyOfConvertNodeToAiTool };

/**
 * The tool variant as a node type. `runnable` gives it a main input and output, so that the test
 * engine can run it from a trigger (in n8n the agent runs it); its name still ends in Tool.
 */
export function toolNodeType({ runnable = false } = {}): INodeType {
	const node = new HighLevelCalendars();
	const description = toolDescriptionOf(node.description);
	return Object.assign(node, {
		description: runnable ? { ...description, inputs: ['main'], outputs: ['main'] } : description,
	}) as INodeType;
}

/**
 * A workflow of `node` alone, of type `nodeType`: building it fills in the node's default parameters,
 * as n8n does when it loads a workflow, and gives its expressions an evaluator.
 */
export function oneNodeWorkflow(node: INode, nodeType: INodeType): Workflow {
	return new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		},
	});
}

export interface BuiltTool {
	name: string;
	description: string;
	/** Each argument: its JSON type and the description the model reads. */
	arguments: Record<string, { type: string; description: string }>;
	/** The node's parameters after n8n filled in the defaults. */
	parameters: INodeParameters;
}

/**
 * What an agent is handed for the tool configured with `parameters`, built the way n8n does: the
 * Workflow fills in the defaults (tool variants included), the node is named after its action,
 * n8n-core's getSchema reads the $fromAI calls, n8n-workflow names and describes the tool.
 */
export function buildTool(parameters: INodeParameters): BuiltTool {
	const nodeType = toolNodeType();
	const { description } = nodeType;
	const node: INode = {
		id: 'tool',
		name: NodeHelpers.makeNodeName(parameters, description),
		type: `CUSTOM.${description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: deepCopy(parameters),
	};
	oneNodeWorkflow(node, nodeType);
	const schema = getSchema(node);
	const args: BuiltTool['arguments'] = {};
	for (const [key, value] of Object.entries(schema.shape)) {
		const inner = value as { description?: string; _def: { typeName: string } };
		args[key] = {
			type: inner._def.typeName.replace(/^Zod/, '').toLowerCase(),
			description: inner.description ?? '',
		};
	}
	return {
		name: nodeNameToToolName(node),
		description: NodeHelpers.getToolDescriptionForNode(node, nodeType),
		arguments: args,
		parameters: node.parameters,
	};
}

type Convert = (item: { description: INodeTypeDescription }) => {
	description: INodeTypeDescription;
};

/* eslint-disable @typescript-eslint/no-require-imports -- optional real n8n installs, outside the package */
/** Where a real n8n install keeps its own convertNodeToAiTool (2.x: a module; 1.x: a loader method). */
const REAL_N8N: Record<string, { dir: string; convert: (root: string) => Convert }> = {
	'2.41.1': {
		dir: 'n8n-2.41.1',
		convert: (root) =>
			(
				require(join(root, 'n8n/dist/tool-generation/ai-tools.js')) as {
					convertNodeToAiTool: Convert;
				}
			).convertNodeToAiTool,
	},
	'1.123.81': {
		dir: 'n8n-1.123.81',
		convert: (root) => {
			const { LoadNodesAndCredentials } = require(
				join(root, 'n8n/dist/load-nodes-and-credentials.js'),
			) as {
				LoadNodesAndCredentials: {
					prototype: { convertNodeToAiTool: Convert; findLastCalloutIndex: unknown };
				};
			};
			const { prototype } = LoadNodesAndCredentials;
			return (item) =>
				prototype.convertNodeToAiTool.call(
					{ findLastCalloutIndex: prototype.findLastCalloutIndex },
					item,
				);
		},
	},
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const REAL_N8N_VERSIONS = Object.keys(REAL_N8N);

/**
 * The same tool built by a real n8n install's own convertNodeToAiTool, n8n-workflow and n8n-core
 * (under N8N_CACHE_DIR), if there is one: the check that what the test engine builds is what that n8n
 * builds. Undefined when that version is not installed.
 */
export function buildToolWithRealN8n(
	parameters: INodeParameters,
	version = '2.41.1',
): BuiltTool | undefined {
	const { dir, convert: load } = REAL_N8N[version];
	const root = join(process.env.N8N_CACHE_DIR ?? '/work/n8n-cache', dir, 'node_modules');
	const schemaFile = join(
		root,
		'n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool.js',
	);
	if (!existsSync(schemaFile) || !existsSync(join(root, 'n8n/dist'))) return undefined;
	const convert = load(root);
	/* eslint-disable @typescript-eslint/no-require-imports -- an optional real n8n install, outside the package */
	const workflow = require(join(root, 'n8n-workflow')) as typeof import('n8n-workflow');
	// The tool object n8n hands the agent (createNodeAsTool exists in 1.x and 2.x; getSchema is exported in 2.x only).
	const { createNodeAsTool } = require(schemaFile) as {
		createNodeAsTool: (options: {
			node: INode;
			nodeType: INodeType;
			handleToolInvocation: () => Promise<unknown>;
		}) => {
			response: { name: string; description: string; schema: ReturnType<typeof getSchema> };
		};
	};
	/* eslint-enable @typescript-eslint/no-require-imports */
	const nodeType = new HighLevelCalendars();
	const description = convert({ description: deepCopy(nodeType.description) }).description;
	const toolType = Object.assign(nodeType, { description }) as INodeType;
	const node: INode = {
		id: 'tool',
		name: workflow.NodeHelpers.makeNodeName(parameters, description),
		type: `CUSTOM.${description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: deepCopy(parameters),
	};
	new workflow.Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => toolType,
			getByNameAndVersion: () => toolType,
			getKnownTypes: () => ({}),
		},
	});
	const { response: tool } = createNodeAsTool({
		node,
		nodeType: toolType,
		handleToolInvocation: async () => '',
	});
	const args: BuiltTool['arguments'] = {};
	for (const [key, value] of Object.entries(tool.schema.shape)) {
		const inner = value as { description?: string; _def: { typeName: string } };
		args[key] = {
			type: inner._def.typeName.replace(/^Zod/, '').toLowerCase(),
			description: inner.description ?? '',
		};
	}
	return {
		name: tool.name,
		description: tool.description,
		arguments: args,
		parameters: node.parameters,
	};
}

import type { INodeProperties } from 'n8n-workflow';

/**
 * What an AI agent reads when the node is its tool. n8n builds the tool's argument schema from the
 * `$fromAI(key, description, type)` calls in the node's parameters; its ✨ button writes
 * `$fromAI('<displayName with _ for other characters>', '', '<type>')`, with no description. So each
 * parameter a model fills has a tool variant (`displayOptions.show['@tool']`, true when the node type's
 * name ends in `Tool`) whose displayName names the kind of value, and whose default already is that
 * ✨ expression with a description: the format, the zone that applies, the unit, the allowed values,
 * and how to say "none". The editor keeps its own variant; both fill the same parameter.
 */

/** n8n-workflow's FROM_AI_AUTO_GENERATED_MARKER: the editor shows such a value as "Defined by the model". */
const MARKER = '/*n8n-auto-generated-fromAI-override*/';

/** The key n8n's ✨ button gives a parameter (sanitizeFromAiParameterName in the editor). */
export function fromAiKey(displayName: string): string {
	return displayName.replace(/[^a-zA-Z0-9-]/g, '_').slice(0, 63);
}

/** The ✨ expression of a parameter, with a description, as the editor writes it (backtick-quoted). */
export function fromAi(
	displayName: string,
	description: string,
	type: 'string' | 'number' | 'boolean' = 'string',
): string {
	const text = description.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
	return `={{ ${MARKER} $fromAI('${fromAiKey(displayName)}', \`${text}\`, '${type}') }}`;
}

const variants = new WeakMap<INodeProperties, INodeProperties>();

/**
 * Registers the tool variant of a parameter: resourceProperties() then defines the parameter twice,
 * the editor's shown with `@tool: [false]`, this one with `@tool: [true]`, in the same show groups.
 * The cost: the engine evaluates the value once more per item and walk for each such name (an
 * expression costs about 0.45 ms on n8n 2.x, N8N-NOTES.md), so only parameters an agent fills get one.
 */
export function withToolVariant(
	parameter: INodeProperties,
	variant: Partial<INodeProperties>,
): INodeProperties {
	variants.set(parameter, { ...parameter, ...variant, name: parameter.name });
	return parameter;
}

export function toolVariantOf(parameter: INodeProperties): INodeProperties | undefined {
	return variants.get(parameter);
}

/** A picker's tool variant: By ID mode, its value the model's. */
export function locatorForTool(displayName: string, description: string): Partial<INodeProperties> {
	return {
		displayName,
		default: { __rl: true, mode: 'id', value: fromAi(displayName, description) },
	};
}

/** A text, date or number field's tool variant. */
export function fieldForTool(
	displayName: string,
	description: string,
	type: 'string' | 'number' | 'boolean' = 'string',
): Partial<INodeProperties> {
	return { displayName, default: fromAi(displayName, description, type) };
}

/** How a time is written, for a model: ISO 8601, with or without offset, and the zone that applies. */
export const AGENT_TIME =
	'ISO 8601 date and time, such as 2026-03-09T14:30:00-04:00 (with an offset: that instant) or 2026-03-09T14:30:00 (without: wall-clock time in the Time_Zone argument, or in the workflow time zone when Time_Zone is empty)';

export const AGENT_TIME_ZONE =
	'IANA time zone name such as America/New_York or Europe/Berlin in which times without an offset are read (and answers are given); empty string for the workflow time zone';

/** An ID a model may pass, and where it finds one. */
export function agentId(what: string, where: string): string {
	return `HighLevel ${what} ID (letters and digits, such as ocQHyuzHvysMo5N5VsXc), not a name; ${where}`;
}

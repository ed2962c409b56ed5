import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { type ContractCase, collected } from '../helpers/contract';
import { fromEachResource } from '../helpers/resourceFiles';
import { specDocument } from '../helpers/spec';

/**
 * The node against the official OpenAPI documents: every documented body field is reachable, and every
 * value the node offers for an enum is one the spec allows. Read from the spec, not from copies. Each
 * resource lists its operations in `test/<resource>/contract.ts`.
 */

const schemasOf = (name?: string) => specDocument(name).components.schemas as Record<string, any>;
const schemas = schemasOf();

/** Every resource's cases, from `test/<resource>/contract.ts`. */
const CASES = fromEachResource<ContractCase[]>('contract', 'contract').flat();

const bodyCases = CASES.filter((entry) => entry.body).map(
	(entry) => [`${entry.name} (${entry.body!.schema})`, entry] as const,
);
const queryCases = CASES.filter((entry) => entry.query).map(
	(entry) => [`${entry.name} (${entry.query!.method} ${entry.query!.path})`, entry] as const,
);

/** The body property a field fills: its routing's `send.property`, else its own name. */
function sentAs(field: INodeProperties): string {
	if (field.name === 'recurrence') return 'rrule';
	return (field.routing?.send?.property as string | undefined) ?? field.name;
}

function documented(schema: Record<string, any>): string[] {
	return Object.entries(schema.properties as Record<string, any>)
		.filter(([, definition]) => !definition.deprecated && !definition.readOnly)
		.map(([name]) => name);
}

/** The names the node can fill for an operation: its fields' names and what its hooks fill. */
function reachable(entry: ContractCase): Set<string> {
	return new Set([...entry.fields().map((field) => field.name), ...(entry.filledByHook ?? [])]);
}

describe.each(bodyCases)('%s', (_, entry) => {
	const schema = () => schemasOf(entry.body!.file)[entry.body!.schema];

	it('every documented, non-deprecated body property is reachable from the node', () => {
		const names = reachable(entry);
		const missing = documented(schema()).filter((name) => !names.has(name));
		expect(missing).toEqual([]);
	});

	it('the node sends no property the schema does not document', () => {
		const known = new Set(Object.keys(schema().properties));
		const sent = entry
			.fields()
			.filter((field) => field.routing?.send?.type === 'body' || field.name === 'recurrence')
			.map((field) =>
				field.name === 'recurrence' ? 'rrule' : (field.routing!.send!.property as string),
			);
		expect(sent.filter((name) => !known.has(name))).toEqual([]);
	});

	it('every option value offered for an enum is allowed by the spec', () => {
		const unchecked: string[] = [];
		for (const field of entry.fields()) {
			if (field.type !== 'options' && field.type !== 'multiOptions') continue;
			const definition = schema().properties[sentAs(field)];
			const allowed: unknown[] | undefined = definition?.enum ?? definition?.items?.enum;
			if (!allowed) {
				unchecked.push(field.name);
				continue;
			}
			const offered = (field.options as INodePropertyOptions[]).map((option) => option.value);
			expect({
				field: field.name,
				outside: offered.filter((value) => !allowed.includes(value)),
			}).toEqual({
				field: field.name,
				outside: [],
			});
		}
		expect(unchecked.sort()).toEqual(Object.keys(entry.noSpecEnum ?? {}).sort());
	});
});

describe.each(queryCases)('%s', (_, entry) => {
	it('every documented, non-deprecated query parameter is reachable from the node', () => {
		const { method, path: template, file } = entry.query!;
		const operation = specDocument(file).paths[template][method.toLowerCase()];
		const query = ((operation.parameters ?? []) as Array<Record<string, any>>)
			.filter((parameter) => parameter.in === 'query' && !parameter.deprecated)
			.map((parameter) => parameter.name as string);
		expect(query.length).toBeGreaterThan(0);
		const names = reachable(entry);
		expect(query.filter((name) => !names.has(name))).toEqual([]);
	});
});

describe('nested shapes of the calendar builders', () => {
	const calendarFields = () => collected('calendar', 'create');
	const values = (field: string, option: string) =>
		(calendarFields().find((f) => f.name === field)!.options as INodePropertyCollection[]).find(
			(o) => o.name === option,
		)!.values as INodeProperties[];
	const enumOf = (schema: string, property: string) =>
		schemas[schema].properties[property].enum as unknown[];

	it('meeting location kinds are those of LocationConfiguration.kind', () => {
		const kinds = (
			values('locationConfigurations', 'location').find((f) => f.name === 'kind')!
				.options as INodePropertyOptions[]
		).map((option) => option.value);
		expect([...kinds].sort()).toEqual([...enumOf('LocationConfiguration', 'kind')].sort());
	});

	it('team member priorities are those of TeamMember.priority', () => {
		const priorities = (
			values('teamMembers', 'member').find((f) => f.name === 'priority')!
				.options as INodePropertyOptions[]
		).map((option) => option.value);
		expect(priorities).toEqual(enumOf('TeamMember', 'priority'));
	});

	it('recurring settings are those of Recurring', () => {
		const recurring = values('recurring', 'settings');
		expect(recurring.map((f) => f.name).sort()).toEqual(
			Object.keys(schemas.Recurring.properties).sort(),
		);
		for (const name of ['freq', 'bookingOption', 'bookingOverlapDefaultStatus']) {
			const offered = (
				recurring.find((f) => f.name === name)!.options as INodePropertyOptions[]
			).map((o) => o.value);
			expect(offered).toEqual(enumOf('Recurring', name));
		}
	});

	it('look busy settings are those of LookBusyConfiguration, capital L included', () => {
		expect(
			values('lookBusyConfig', 'settings')
				.map((f) => f.name)
				.sort(),
		).toEqual(Object.keys(schemas.LookBusyConfiguration.properties).sort());
	});
});

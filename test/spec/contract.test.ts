import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { SPEC_FILES, loadSpec } from '../../sandbox/spec';

/**
 * The node against the official OpenAPI documents: every documented body field is reachable, and every
 * value the node offers for an enum is one the spec allows. Read from the spec, not from copies.
 */

const spec = loadSpec();
const calendarsFile = (SPEC_FILES as string[]).find((file) => file.endsWith('calendars.json'))!;
const schemas = spec.documents[calendarsFile].components.schemas as Record<string, any>;

const properties = new HighLevelCalendars().description.properties;

function collection(name: string): INodeProperties[] {
	const found = properties.find((property) => property.name === name);
	if (!found) throw new Error(`no parameter ${name}`);
	return (found.options ?? []) as INodeProperties[];
}

function topLevel(resource: string, operation: string): INodeProperties[] {
	return properties.filter((property) => {
		const show = property.displayOptions?.show;
		return show?.resource?.includes(resource) && show?.operation?.includes(operation);
	});
}

// Body properties the node fills by hook rather than from a field of the same name.
const FILLED_BY_HOOK = ['locationId', 'calendarId', 'contactId', 'rrule'];

const cases: Array<[schema: string, fields: () => INodeProperties[], left: string[]]> = [
	['CalendarCreateDTO', () => [...topLevel('calendar', 'create'), ...collection('calendarFields')], []],
	['CalendarUpdateDTO', () => collection('calendarUpdateFields'), []],
	['AppointmentCreateSchema', () => [...topLevel('appointment', 'create'), ...collection('additionalFields')], []],
	['AppointmentEditSchema', () => collection('updateFields'), []],
];

function documented(schema: string): string[] {
	return Object.entries(schemas[schema].properties as Record<string, any>)
		.filter(([, definition]) => !definition.deprecated && !definition.readOnly)
		.map(([name]) => name);
}

describe.each(cases)('%s', (schema, fields) => {
	it('every documented, non-deprecated body property is reachable from the node', () => {
		const names = new Set([...fields().map((field) => field.name), ...FILLED_BY_HOOK]);
		const missing = documented(schema).filter((name) => !names.has(name));
		expect(missing).toEqual([]);
	});

	it('the node sends no property the schema does not document', () => {
		const known = new Set(Object.keys(schemas[schema].properties));
		const sent = fields()
			.filter((field) => field.routing?.send?.type === 'body' || field.name === 'recurrence')
			.map((field) => (field.name === 'recurrence' ? 'rrule' : (field.routing!.send!.property as string)));
		expect(sent.filter((name) => !known.has(name))).toEqual([]);
	});

	it('every option value offered for an enum is allowed by the spec', () => {
		for (const field of fields()) {
			const definition = schemas[schema].properties[field.name];
			if (field.type !== 'options' || !definition?.enum) continue;
			const offered = (field.options as INodePropertyOptions[]).map((option) => option.value);
			expect({ field: field.name, outside: offered.filter((value) => !definition.enum.includes(value)) }).toEqual({
				field: field.name,
				outside: [],
			});
		}
	});
});

describe('nested shapes of the calendar builders', () => {
	const calendarFields = () => collection('calendarFields');
	const values = (field: string, option: string) =>
		((calendarFields().find((f) => f.name === field)!.options as INodePropertyCollection[]).find((o) => o.name === option)!
			.values as INodeProperties[]);
	const enumOf = (schema: string, property: string) => schemas[schema].properties[property].enum as unknown[];

	it('meeting location kinds are those of LocationConfiguration.kind', () => {
		const kinds = (values('locationConfigurations', 'location').find((f) => f.name === 'kind')!.options as INodePropertyOptions[]).map(
			(option) => option.value,
		);
		expect([...kinds].sort()).toEqual([...enumOf('LocationConfiguration', 'kind')].sort());
	});

	it('team member priorities are those of TeamMember.priority', () => {
		const priorities = (values('teamMembers', 'member').find((f) => f.name === 'priority')!.options as INodePropertyOptions[]).map(
			(option) => option.value,
		);
		expect(priorities).toEqual(enumOf('TeamMember', 'priority'));
	});

	it('recurring settings are those of Recurring', () => {
		const recurring = values('recurring', 'settings');
		expect(recurring.map((f) => f.name).sort()).toEqual(Object.keys(schemas.Recurring.properties).sort());
		for (const name of ['freq', 'bookingOption', 'bookingOverlapDefaultStatus']) {
			const offered = (recurring.find((f) => f.name === name)!.options as INodePropertyOptions[]).map((o) => o.value);
			expect(offered).toEqual(enumOf('Recurring', name));
		}
	});

	it('look busy settings are those of LookBusyConfiguration, capital L included', () => {
		expect(values('lookBusyConfig', 'settings').map((f) => f.name).sort()).toEqual(
			Object.keys(schemas.LookBusyConfiguration.properties).sort(),
		);
	});
});

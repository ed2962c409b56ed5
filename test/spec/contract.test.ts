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

/** The parameters shown for one operation, found by their displayOptions (not by name). */
function shownFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((property) => {
		const show = property.displayOptions?.show;
		return show?.resource?.includes(resource) && show?.operation?.includes(operation);
	});
}

function topLevel(resource: string, operation: string): INodeProperties[] {
	return shownFor(resource, operation).filter((property) => property.type !== 'collection');
}

/** The fields inside the operation's collections (its Additional/Update Fields and Options). */
function collected(resource: string, operation: string): INodeProperties[] {
	const found = shownFor(resource, operation).filter((property) => property.type === 'collection');
	if (found.length === 0) throw new Error(`no collection shown for ${resource}: ${operation}`);
	return found.flatMap((property) => (property.options ?? []) as INodeProperties[]);
}

// Body properties the node fills by hook rather than from a field of the same name.
const FILLED_BY_HOOK = ['locationId', 'calendarId', 'contactId', 'rrule'];

/**
 * Option fields whose values no enum in the spec constrains, each with the reason. The enum test checks
 * every other option field against its spec property's enum, and fails on a field that is in neither
 * group (it cannot be mapped to an enum) or on an entry here that no longer names such a field.
 */
const LOADED_FROM_CALENDAR =
	"a free string in the spec; the node offers the calendar's own meeting locations (loadOptions)";
const NO_SPEC_ENUM: Record<string, Record<string, string>> = {
	CalendarCreateDTO: {},
	CalendarUpdateDTO: {},
	AppointmentCreateSchema: { meetingLocationId: LOADED_FROM_CALENDAR },
	AppointmentEditSchema: { meetingLocationId: LOADED_FROM_CALENDAR },
};

const cases: Array<[schema: string, fields: () => INodeProperties[], left: string[]]> = [
	[
		'CalendarCreateDTO',
		() => [...topLevel('calendar', 'create'), ...collected('calendar', 'create')],
		[],
	],
	['CalendarUpdateDTO', () => collected('calendar', 'update'), []],
	[
		'AppointmentCreateSchema',
		() => [...topLevel('appointment', 'create'), ...collected('appointment', 'create')],
		[],
	],
	['AppointmentEditSchema', () => collected('appointment', 'update'), []],
];

/** The body property a field fills: its routing's `send.property`, else its own name. */
function sentAs(field: INodeProperties): string {
	if (field.name === 'recurrence') return 'rrule';
	return (field.routing?.send?.property as string | undefined) ?? field.name;
}

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
			.map((field) =>
				field.name === 'recurrence' ? 'rrule' : (field.routing!.send!.property as string),
			);
		expect(sent.filter((name) => !known.has(name))).toEqual([]);
	});

	it('every option value offered for an enum is allowed by the spec', () => {
		const unchecked: string[] = [];
		for (const field of fields()) {
			if (field.type !== 'options' && field.type !== 'multiOptions') continue;
			const definition = schemas[schema].properties[sentAs(field)];
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
		expect(unchecked.sort()).toEqual(Object.keys(NO_SPEC_ENUM[schema]).sort());
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

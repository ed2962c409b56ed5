import type { INode, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { apiCalls, run, useSandbox } from '../helpers/node';
import { oneNodeWorkflow } from '../helpers/tool';
import {
	CUSTOM_API_CALL,
	type Operation,
	displayOrder,
	resourceProperties,
	showGroups,
} from '../../nodes/HighLevelCalendars/shared/operations';

const parameter = (name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: name,
	name,
	type: 'string',
	default: '',
	...extra,
});

const operation = (resource: string, value: string, parameters: INodeProperties[]): Operation => ({
	resource,
	option: { name: value, value, action: value },
	parameters,
});

describe('showGroups', () => {
	it('makes one group where resources × operations covers exactly the pairs', () => {
		expect(
			showGroups([
				{ resource: 'appointment', operation: 'getAll' },
				{ resource: 'calendar', operation: 'getAll' },
			]),
		).toEqual([{ resource: ['appointment', 'calendar'], operation: ['getAll'] }]);
	});

	it('splits pairs that one show cannot express (AND across keys, OR within a key)', () => {
		expect(
			showGroups([
				{ resource: 'appointment', operation: 'create' },
				{ resource: 'calendar', operation: 'get' },
				{ resource: 'calendar', operation: 'update' },
			]),
		).toEqual([
			{ resource: ['appointment'], operation: ['create'] },
			{ resource: ['calendar'], operation: ['get', 'update'] },
		]);
	});
});

describe("showGroups with the node's operations", () => {
	const existing = [
		{ resource: 'appointment', operation: 'getAll' },
		{ resource: 'appointment', operation: 'getAllForContact' },
		{ resource: 'appointment', operation: 'get' },
		{ resource: 'calendar', operation: 'getAll' },
		{ resource: 'calendar', operation: 'get' },
	];

	it('makes one group when the pairs it adds are no operation of the node', () => {
		expect(
			showGroups(
				[
					{ resource: 'appointment', operation: 'getAll' },
					{ resource: 'appointment', operation: 'getAllForContact' },
					{ resource: 'calendar', operation: 'getAll' },
				],
				existing,
			),
		).toEqual([
			{ resource: ['appointment', 'calendar'], operation: ['getAll', 'getAllForContact'] },
		]);
	});

	it('splits when one group would show the parameter for another operation of the node', () => {
		expect(
			showGroups(
				[
					{ resource: 'appointment', operation: 'getAll' },
					{ resource: 'calendar', operation: 'get' },
				],
				existing,
			),
		).toEqual([
			{ resource: ['appointment'], operation: ['getAll'] },
			{ resource: ['calendar'], operation: ['get'] },
		]);
	});
});

describe('displayOrder', () => {
	const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => parameter(name));

	it('keeps every declared order, shared parameters included', () => {
		expect(
			displayOrder([
				[a, c, d],
				[b, c],
			]).map((p) => p.name),
		).toEqual(['a', 'b', 'c', 'd']);
	});

	it('refuses operations that declare contradicting orders', () => {
		expect(() =>
			displayOrder([
				[a, b],
				[b, a],
			]),
		).toThrow('contradicting orders for: a, b');
	});
});

describe('resourceProperties', () => {
	it('defines a shared parameter once, shown for every operation that declared it', () => {
		const limit = parameter('limit', { displayOptions: { show: { returnAll: [false] } } });
		const own = parameter('own');
		const properties = resourceProperties([
			{
				name: 'A',
				value: 'a',
				defaultOperation: 'list',
				operations: [operation('a', 'list', [limit, own])],
			},
			{
				name: 'B',
				value: 'b',
				defaultOperation: 'list',
				operations: [operation('b', 'list', [limit])],
			},
		]);
		expect(properties.filter((p) => p.name === 'limit')).toEqual([
			{
				...limit,
				displayOptions: { show: { returnAll: [false], resource: ['a', 'b'], operation: ['list'] } },
			},
		]);
		expect(properties.find((p) => p.name === 'own')?.displayOptions).toEqual({
			show: { resource: ['a'], operation: ['list'] },
		});
		expect(properties.filter((p) => p.name === 'operation')).toHaveLength(2);
	});
});

describe('the node', () => {
	const { properties } = new HighLevelCalendars().description;

	it('defines each parameter name once, but for the Operation of each resource and the names listed', () => {
		const counts = new Map<string, number>();
		for (const property of properties)
			counts.set(property.name, (counts.get(property.name) ?? 0) + 1);
		const resources = properties.find((property) => property.name === 'resource')?.options ?? [];
		// Each name defined more than once, and why (the engine reads every definition of a name for
		// each item, so a repeat has to earn its place):
		const repeats: Record<string, string> = {
			// One Operation property per resource.
			operation: 'per resource',
			// Appointment: Create's and the calendar resource's (see resources/appointment/create.ts); the
			// calendar resource's is also shown by Availability Schedule: Add/Remove Calendar, a second show
			// group (displayOptions cannot say "calendar: get or availabilitySchedule: addCalendar").
			// Block Slot: Create's is a third, optional there (a block slot takes a calendar or a user).
			// Calendar Notification's operations show the calendar resource's Calendar (other show groups).
			calendarId: 'three definitions, and their tool variants',
			// The Appointment ID text field and the Block Slot picker, both filling {eventId}.
			eventId: "text and picker, and the text field's tool variant",
			// Appointment's (sent in the body) and Block Slot's (Create, and Get Many's window).
			startTime: "one per kind of object, and the appointment's tool variant",
			// Calendar: Create's (shared with Calendar Group: Create), Availability Schedule: Create's and
			// Calendar Resource: Create's: each describes its own object.
			name: 'one per kind of object',
			// Appointment: Create's (Contact By: Email or Phone) and Contact: Find's (Find By: Email or
			// Phone); see contactEmailParameter in shared/descriptions.ts.
			email: 'one per mode parameter',
			phone: 'one per mode parameter',
			// The tool variants (shared/agent.ts): shown only when the node is an AI agent's tool, each
			// with its ✨ default that tells the model what the value is.
			contactId: 'tool variant',
			from: 'tool variant',
			to: 'tool variant',
			limit: 'tool variant',
			startDate: 'tool variant',
			endDate: 'tool variant',
			appointmentCreateFields: 'tool variant',
			appointmentCreateOptions: 'tool variant',
			appointmentRescheduleOptions: 'tool variant',
			appointmentGetAllFilters: 'tool variant',
			appointmentGetAllOptions: 'tool variant',
			calendarGetFreeSlotsOptions: 'tool variant',
		};
		expect(counts.get('operation')).toBe(resources.length);
		expect(
			[...counts]
				.filter(([, count]) => count > 1)
				.map(([name]) => name)
				.sort(),
		).toEqual(Object.keys(repeats).sort());
	});

	it('shows Time Zone only inside Options collections', () => {
		const places = properties.flatMap((property) =>
			((property.options ?? []) as INodeProperties[])
				.filter((option) => option.name === 'timeZone')
				.map(() => property.name),
		);
		expect(properties.some((property) => property.name === 'timeZone')).toBe(false);
		expect([...new Set(places)].sort()).toEqual([
			'appointmentCreateOptions',
			'appointmentGetAllForContactOptions',
			'appointmentGetAllOptions',
			'appointmentRescheduleOptions',
			'appointmentUpdateOptions',
			'blockSlotCreateOptions',
			'blockSlotGetAllOptions',
			'blockSlotUpdateOptions',
			'calendarGetFreeSlotsOptions',
		]);
	});
});

describe('the canvas subtitle', () => {
	const nodeType = new HighLevelCalendars();
	const subtitle = (parameters: INodeParameters) => {
		const node: INode = {
			id: 'n',
			name: 'HighLevel Calendars',
			type: 'CUSTOM.highLevelCalendars',
			typeVersion: 1,
			position: [0, 0],
			parameters,
		};
		return oneNodeWorkflow(node, nodeType).expression.getSimpleParameterValue(
			node,
			nodeType.description.subtitle,
			'internal',
			{},
		);
	};

	it('reads as the resource and operation the user chose, by their names, for every operation', () => {
		const resources = nodeType.description.properties.find(({ name }) => name === 'resource')!;
		const lists = nodeType.description.properties.filter(({ name }) => name === 'operation');
		for (const resource of resources.options as INodePropertyOptions[]) {
			const list = lists.find((property) =>
				property.displayOptions?.show?.resource?.includes(resource.value),
			)!;
			for (const operation of (list.options as INodePropertyOptions[]).slice(0, -1)) {
				expect(subtitle({ resource: resource.value, operation: operation.value })).toBe(
					`${resource.name}: ${operation.name}`,
				);
			}
		}
	});

	it('reads "Appointment: Create", and "Custom API Call" for that', () => {
		expect(subtitle({ resource: 'appointment', operation: 'create' })).toBe('Appointment: Create');
		expect(subtitle({ resource: 'calendar', operation: 'getFreeSlots' })).toBe(
			'Calendar: Get Free Slots',
		);
		expect(subtitle({ resource: 'appointment', operation: CUSTOM_API_CALL })).toBe(
			'Custom API Call',
		);
		expect(subtitle({ resource: CUSTOM_API_CALL, operation: 'create' })).toBe('Custom API Call');
	});
});

describe('Custom API Call', () => {
	const ctx = useSandbox();
	const { properties } = new HighLevelCalendars().description;

	it('ends every Operation list, with an action, so n8n adds no second one and names the node', () => {
		const lists = properties.filter((property) => property.name === 'operation');
		for (const list of lists) {
			const options = list.options as INodePropertyOptions[];
			expect(options.at(-1)).toMatchObject({
				name: 'Custom API Call',
				value: '__CUSTOM_API_CALL__',
				action: 'Make a custom API call',
			});
			expect(options.filter((option) => option.name === 'Custom API Call')).toHaveLength(1);
		}
		expect(
			NodeHelpers.makeNodeName(
				{ resource: 'appointment', operation: CUSTOM_API_CALL },
				new HighLevelCalendars().description,
			),
		).toBe('Make a custom API call');
	});

	it('ends the Resource list too, with its one operation, so the node is named after it there as well', () => {
		const resource = properties.find(({ name }) => name === 'resource')!;
		expect((resource.options as INodePropertyOptions[]).at(-1)).toEqual({
			name: 'Custom API Call',
			value: CUSTOM_API_CALL,
		});
		expect(
			NodeHelpers.makeNodeName(
				{ resource: CUSTOM_API_CALL, operation: CUSTOM_API_CALL },
				new HighLevelCalendars().description,
			),
		).toBe('Make a custom API call');
	});

	it('sends nothing when run and says to use an HTTP Request node', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'appointment',
			operation: CUSTOM_API_CALL,
		});
		expect(error?.message).toMatch(/HTTP Request node.*Predefined Credential Type/);
		expect(apiCalls(ctx.sandbox)).toEqual([]);
	});
});

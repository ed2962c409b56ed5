import * as fs from 'node:fs';
import * as path from 'node:path';

import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
	IWorkflowBase,
	NodeParameterValueType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import type { WorkflowJson } from '../../scripts/lib/engine';

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { HighLevelCalendarsTokenApi } from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { runWorkflow } from '../../scripts/lib/engine';
import { DEFAULTS, credentialsFor, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const examplesDir = path.join(__dirname, '../../examples');
const files = fs
	.readdirSync(examplesDir)
	.filter((file) => file.endsWith('.json'))
	.sort();
const load = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) as IWorkflowBase;
const NODE_TYPE = 'n8n-nodes-highlevel-calendars.highLevelCalendars';

/**
 * Every key of a node's parameters, at every depth, against the node's own property definitions:
 * a top-level key must name a property shown for the node's other values (resource, operation…), a
 * collection's key one of its options shown there, a fixed collection's key one of its groups and each
 * entry's keys that group's values; a resource locator is `{ __rl, mode, value }` with a mode the
 * property offers (or a plain value, which n8n also accepts); a fixed option value is one offered.
 * Read from the node class, so renames in the node and in examples/ are checked against each other.
 */
function checkParameters(node: INode, description: INodeTypeDescription) {
	const problems: string[] = [];
	let checked = 0;
	const root =
		NodeHelpers.getNodeParameters(
			description.properties,
			node.parameters,
			true,
			false,
			node,
			description,
		) ?? {};

	const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');
	const isObject = (value: unknown): value is INodeParameters =>
		typeof value === 'object' && value !== null && !Array.isArray(value);

	function checkLevel(
		values: INodeParameters,
		shownWith: INodeParameters,
		properties: INodeProperties[],
		at: string,
	) {
		for (const [key, value] of Object.entries(values)) {
			checked++;
			const path = at ? `${at}.${key}` : key;
			const defined = properties.filter((property) => property.name === key);
			if (defined.length === 0) {
				problems.push(`${path}: no such parameter`);
				continue;
			}
			const shown = defined.filter((property) =>
				NodeHelpers.displayParameter(shownWith, property, node, description, root),
			);
			if (shown.length === 0) {
				problems.push(`${path}: defined, but not shown for these settings`);
				continue;
			}
			// a name defined more than once is fine if one of its shown definitions accepts the value
			const attempts = shown.map((property) => checkValue(value, property, path));
			if (attempts.every((found) => found.length > 0)) problems.push(...attempts[0]);
		}
	}

	function checkValue(
		value: NodeParameterValueType,
		property: INodeProperties,
		path: string,
	): string[] {
		const before = problems.length;
		const found = () => problems.splice(before);
		if (isExpression(value)) return found();
		const entries = (inner: unknown, where: string): INodeParameters[] => {
			const list = property.typeOptions?.multipleValues ? inner : [inner];
			if (!Array.isArray(list) || !list.every(isObject)) {
				problems.push(
					`${where}: expected ${property.typeOptions?.multipleValues ? 'a list of objects' : 'an object'}`,
				);
				return [];
			}
			return list;
		};
		switch (property.type) {
			case 'collection':
				entries(value, path).forEach((entry, index) => {
					const where = property.typeOptions?.multipleValues ? `${path}[${index}]` : path;
					checkLevel(entry, entry, property.options as INodeProperties[], where);
				});
				break;
			case 'fixedCollection': {
				if (!isObject(value)) {
					problems.push(`${path}: expected an object`);
					break;
				}
				const groups = property.options as INodePropertyCollection[];
				for (const [groupName, groupValue] of Object.entries(value)) {
					checked++;
					const group = groups.find((option) => option.name === groupName);
					if (!group) {
						problems.push(`${path}.${groupName}: no such group`);
						continue;
					}
					entries(groupValue, `${path}.${groupName}`).forEach((entry, index) => {
						const where = property.typeOptions?.multipleValues
							? `${path}.${groupName}[${index}]`
							: `${path}.${groupName}`;
						checkLevel(entry, entry, group.values, where);
					});
				}
				break;
			}
			case 'resourceLocator': {
				if (!isObject(value)) break; // a plain value: n8n reads it as the locator's value
				const locator = value as { __rl?: unknown; mode?: unknown; value?: unknown };
				const extra = Object.keys(locator).filter(
					(key) => !['__rl', 'mode', 'value', 'cachedResultName', 'cachedResultUrl'].includes(key),
				);
				if (locator.__rl !== true) problems.push(`${path}: a resource locator needs __rl: true`);
				if (!('value' in locator)) problems.push(`${path}: a resource locator needs a value`);
				if (!(property.modes ?? []).some((mode) => mode.name === locator.mode)) {
					problems.push(`${path}.mode: ${String(locator.mode)} is not one of the locator's modes`);
				}
				if (extra.length) problems.push(`${path}: unknown keys ${extra.join(', ')}`);
				break;
			}
			case 'options':
			case 'multiOptions': {
				if (property.typeOptions?.loadOptionsMethod || property.typeOptions?.loadOptions) break;
				const offered = (property.options as INodePropertyOptions[]).map((option) => option.value);
				const chosen = property.type === 'multiOptions' && Array.isArray(value) ? value : [value];
				for (const one of chosen) {
					if (!isExpression(one) && !offered.includes(one as string | number | boolean)) {
						problems.push(`${path}: ${JSON.stringify(one)} is not one of the offered values`);
					}
				}
				break;
			}
		}
		return found();
	}

	checkLevel(node.parameters, root, description.properties, '');
	return { problems, checked };
}

async function execute(file: string) {
	const token = credentialsFor(ctx.sandbox, 'token').highLevelCalendarsTokenApi;
	const oauth = credentialsFor(ctx.sandbox, 'oauth2').highLevelCalendarsOAuth2Api;
	const result = await runWorkflow({
		workflow: load(file) as unknown as WorkflowJson,
		nodeTypes: { [NODE_TYPE]: new HighLevelCalendars() },
		credentialTypes: [new HighLevelCalendarsOAuth2Api(), new HighLevelCalendarsTokenApi()],
		credentials: {
			hlSandboxToken: { type: 'highLevelCalendarsTokenApi', data: token },
			hlSandboxOAuth2: { type: 'highLevelCalendarsOAuth2Api', data: oauth },
		},
	});
	expect(result.error).toBeUndefined();
	expect(result.status).toBe('success');
	const output = (name: string) =>
		(result.runData[name]?.[0]?.data?.main?.[0] ?? []).map(
			(item) => item.json as Record<string, unknown>,
		);
	return { output };
}

describe('examples/', () => {
	it('has the workflows the README promises: one row of its Examples table per file', () => {
		const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
		const section = readme.slice(readme.indexOf('## Examples'));
		const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| File |')));
		const promised = [...table.matchAll(/^\| `([\w-]+\.json)` \|/gm)].map((m) => m[1]);
		expect(promised.length).toBeGreaterThanOrEqual(4);
		expect(files).toEqual([...promised].sort());
	});

	it.each(files)('%s uses only parameters the node defines and shows, at every depth', (file) => {
		expect.hasAssertions();
		const description = new HighLevelCalendars().description;
		const nodes = load(file).nodes.filter((n) => n.type === NODE_TYPE);
		expect(nodes.length).toBeGreaterThan(0);
		for (const node of nodes) {
			const { problems, checked } = checkParameters(node, description);
			expect({ node: node.name, problems }).toEqual({ node: node.name, problems: [] });
			expect(checked).toBeGreaterThanOrEqual(Object.keys(node.parameters).length);
		}
	});

	it('block-a-day-for-a-user.json blocks the 23-hour day of the spring change for a user and lists it', async () => {
		const { output } = await execute('block-a-day-for-a-user.json');
		const [block] = output('Block the Day');
		expect(block).toMatchObject({
			assignedUserId: 'sandbox-user-2',
			title: 'Day off',
			startTime: '2026-03-08T00:00:00-05:00',
			endTime: '2026-03-09T00:00:00-04:00',
		});
		expect(output('Blocked Time of the User')).toEqual([
			expect.objectContaining({ id: block.id, assignedUserId: 'sandbox-user-2' }),
		]);
	});

	it('calendar-group.json creates a group and a calendar in it, then lists the group’s calendars', async () => {
		const { output } = await execute('calendar-group.json');
		expect(output('Is Slug Free')).toEqual([{ available: true }]);
		const [group] = output('Create Group');
		expect(group).toMatchObject({ name: 'Sales Team', slug: 'sales-team', isActive: true });
		expect(output('Create Calendar in Group')[0]).toMatchObject({ groupId: group.id });
		expect(output('Calendars of the Group').map((calendar) => calendar.name)).toEqual([
			'Sales Demo',
		]);
	});

	it('create-calendar.json creates the calendar with its open hours', async () => {
		const { output } = await execute('create-calendar.json');
		const [calendar] = output('Create Calendar');
		expect(calendar).toMatchObject({ name: 'Intro Call', locationId: DEFAULTS.locationId });
		expect(ctx.sandbox.store.calendars.get(calendar.id as string)).toMatchObject({
			openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5] }],
		});
	});

	it('book-appointment.json books at the Berlin offset with OAuth2', async () => {
		const { output } = await execute('book-appointment.json');
		expect(output('Book Appointment')[0]).toMatchObject({
			startTime: '2026-12-07T10:00:00+01:00',
			endTime: '2026-12-07T10:45:00+01:00',
		});
	});

	it('reschedule-appointment.json moves the appointment across the daylight-saving change', async () => {
		const { output } = await execute('reschedule-appointment.json');
		expect(output('Book Appointment')[0]).toMatchObject({ startTime: '2026-03-06T15:00:00-05:00' });
		expect(output('Reschedule Appointment')[0]).toMatchObject({
			startTime: '2026-03-09T15:00:00-04:00',
			endTime: '2026-03-09T15:30:00-04:00',
			appointmentStatus: 'confirmed',
		});
	});

	it('schedule-shared-by-two-calendars.json gives two calendars one schedule', async () => {
		const { output } = await execute('schedule-shared-by-two-calendars.json');
		const [created] = output('Create Schedule');
		expect(created).toMatchObject({ name: 'Front Desk Hours', timezone: 'America/New_York' });
		expect(output('Add Team Demo Calendar')).toEqual([{ success: true }]);
		const [schedule] = output('Get Schedule');
		expect(schedule).toMatchObject({
			id: created.id,
			calendarIds: [DEFAULTS.calendarId, DEFAULTS.roundRobinCalendarId],
		});
		expect(schedule.rules).toContainEqual({
			type: 'wday',
			day: 'monday',
			intervals: [
				{ from: '09:00', to: '12:00' },
				{ from: '13:00', to: '17:00' },
			],
		});
		expect(schedule.rules).toContainEqual({ type: 'date', date: '2026-12-25', intervals: [] });
	});

	it('find-free-slot-and-book.json books the first free slot exactly once', async () => {
		const { output } = await execute('find-free-slot-and-book.json');
		const slots = output('Find Free Slots');
		expect(slots.length).toBeGreaterThan(0);
		const booked = output('Book First Free Slot');
		expect(booked).toHaveLength(1);
		expect(booked[0]).toMatchObject({ startTime: slots[0].start, endTime: slots[0].end });
		expect(ctx.sandbox.store.appointments.size).toBe(1);
	});

	it('book-a-meeting-room.json creates a room and lists it with the seeded one', async () => {
		const { output } = await execute('book-a-meeting-room.json');
		const [room] = output('Create Meeting Room');
		expect(room).toMatchObject({ name: 'Meeting Room 2', resourceType: 'rooms', capacity: 8 });
		expect(output('List Rooms').map((item) => item.name)).toEqual([
			'Sandbox Yoga Room',
			'Meeting Room 2',
		]);
	});

	it('add-email-reminder.json adds a reminder 24 hours before and lists it with the seeded confirmation', async () => {
		const { output } = await execute('add-email-reminder.json');
		const [reminder] = output('Add Email Reminder');
		expect(reminder).toMatchObject({
			notificationType: 'reminder',
			channel: 'email',
			beforeTime: [{ timeOffset: 24, unit: 'hours' }],
		});
		expect(output('List Active Notifications').map((item) => item.notificationType)).toEqual([
			'confirmation',
			'reminder',
		]);
	});
});

describe('examples/add-note-to-booking.json', () => {
	it('books an appointment, adds a note to it and lists its notes', async () => {
		const { output } = await execute('add-note-to-booking.json');
		const [appointment] = output('Book Appointment');
		expect(appointment).toMatchObject({ startTime: '2027-03-01T10:00:00-05:00' });
		const [note] = output('Add Note');
		expect(note).toMatchObject({
			body: 'Booked from n8n for 2027-03-01T10:00:00-05:00. Please bring the signed contract.',
			userId: 'sandbox-user-1',
			createdBy: { id: 'sandbox-user-1', name: 'Sam Sandbox' },
		});
		expect(ctx.sandbox.store.notes.get(note.id as string)).toMatchObject({
			appointmentId: appointment.id,
		});
		expect(output('Get Notes')).toEqual([note]);
	});
});

describe('examples/form-book-by-email.json', () => {
	it('books the form’s sample submission, creating its contact from name, email and phone', async () => {
		const { output } = await execute('form-book-by-email.json');
		const [booking] = output('Book by Email');
		const ada = [...ctx.sandbox.store.contacts.values()].find(
			(contact) => contact.email === 'ada.lovelace@example.com',
		)!;
		expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460018' });
		expect(booking).toMatchObject({
			contactId: ada.id,
			startTime: '2027-03-02T10:00:00-05:00',
			title: 'Consultation with Ada Lovelace',
			contact: { id: ada.id, created: true, matchedBy: null },
		});
	});
});

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { fromAi, fromAiKey } from '../../nodes/HighLevelCalendars/shared/agent';
import { DEFAULTS, apiCalls, only, run, useSandbox } from '../helpers/node';
import {
	buildTool,
	REAL_N8N_VERSIONS,
	buildToolWithRealN8n,
	copyOfConvertNodeToAiTool,
	realConvertNodeToAiTool,
	toolDescriptionOf,
	toolNodeType,
} from '../helpers/tool';

/**
 * What an AI agent is handed when the node is its tool, built with n8n's own functions (see
 * helpers/tool.ts) from the ✨ defaults, with nothing typed: every argument must tell the model what
 * to pass (its key or the description it reads), and each tool must say what it does.
 */

const ID = /HighLevel (calendar|contact|appointment|user) ID/;
const TIME = /ISO 8601.*with an offset.*without.*Time_Zone.*workflow time zone/;

/** What each argument must say, by key. */
const KINDS: Record<string, RegExp[]> = {
	Calendar_ID: [ID, /calendar/, /not a name/],
	Contact_ID: [ID, /contact/],
	Appointment_ID: [ID, /appointment/, /instance ID/],
	User_ID: [ID, /user/],
	Start_Time: [TIME],
	End_Time: [TIME, /Empty string (for|to)/],
	From: [TIME],
	To: [TIME, /a date alone/],
	Start_Date: [TIME],
	End_Date: [TIME, /a date alone/],
	Time_Zone: [/IANA time zone name such as America\/New_York/, /empty string for the workflow/],
	Limit: [/Max number of results/, /whole number/],
};

const cases = [
	{
		operation: 'Appointment: Create',
		parameters: { resource: 'appointment', operation: 'create' },
		tool: 'Book_an_appointment_in_HighLevel_Calendars',
		description: 'Book an appointment in HighLevel Calendars',
		arguments: ['Calendar_ID', 'Contact_ID', 'End_Time', 'Start_Time', 'Time_Zone'],
	},
	{
		operation: 'Appointment: Reschedule',
		parameters: { resource: 'appointment', operation: 'reschedule' },
		tool: 'Reschedule_an_appointment_in_HighLevel_Calendars',
		description: 'Reschedule an appointment in HighLevel Calendars',
		arguments: ['Appointment_ID', 'End_Time', 'Start_Time', 'Time_Zone'],
	},
	{
		operation: 'Appointment: Cancel',
		parameters: { resource: 'appointment', operation: 'cancel' },
		tool: 'Cancel_an_appointment_in_HighLevel_Calendars',
		description: 'Cancel an appointment in HighLevel Calendars',
		arguments: ['Appointment_ID'],
	},
	{
		operation: 'Appointment: Get Many',
		parameters: { resource: 'appointment', operation: 'getAll' },
		tool: 'Get_many_appointments_in_HighLevel_Calendars',
		description: 'Get many appointments in HighLevel Calendars',
		arguments: ['Calendar_ID', 'From', 'Limit', 'Time_Zone', 'To', 'User_ID'],
	},
	{
		operation: 'Calendar: Get Free Slots',
		parameters: { resource: 'calendar', operation: 'getFreeSlots' },
		tool: 'Get_free_slots_of_a_calendar_in_HighLevel_Calendars',
		description: 'Get free slots of a calendar in HighLevel Calendars',
		arguments: ['Calendar_ID', 'End_Date', 'Start_Date', 'Time_Zone', 'User_ID'],
	},
];

describe('the node as an AI agent tool', () => {
	describe.each(cases)('$operation', (expected) => {
		const tool = buildTool(expected.parameters);

		it('is named and described after its action', () => {
			expect(tool.name).toBe(expected.tool);
			expect(tool.description).toBe(expected.description);
		});

		it('hands the model one argument per value, each saying what it is', () => {
			expect(Object.keys(tool.arguments).sort()).toEqual(expected.arguments);
			for (const [key, argument] of Object.entries(tool.arguments)) {
				const said = `${key}: ${argument.description} (${tool.description})`;
				for (const pattern of KINDS[key]) expect(said).toMatch(pattern);
			}
		});

		it('types Limit as a number and everything else as text', () => {
			for (const [key, { type }] of Object.entries(tool.arguments)) {
				expect([key, type]).toEqual([key, key === 'Limit' ? 'number' : 'string']);
			}
		});
	});

	describe.each(REAL_N8N_VERSIONS)('in a real n8n %s', (version) => {
		const installed = buildToolWithRealN8n(cases[0].parameters, version) !== undefined;
		(installed ? it : it.skip)(
			'is built the same by its own convertNodeToAiTool, n8n-workflow and n8n-core',
			() => {
				for (const { parameters } of cases) {
					const ours = buildTool(parameters);
					const theirs = buildToolWithRealN8n(parameters, version)!;
					expect({ ...theirs, parameters: undefined }).toEqual({ ...ours, parameters: undefined });
				}
			},
		);
	});

	it('gives each tool its own description, so an agent can choose between them', () => {
		const descriptions = cases.map(({ parameters }) => buildTool(parameters).description);
		expect(new Set(descriptions).size).toBe(cases.length);
	});
});

describe('tool variants', () => {
	const editor = new HighLevelCalendars().description;
	const tool = toolDescriptionOf(editor);

	it('leave the editor variant as it was: no ✨ default is shown outside the tool', () => {
		const show = (property: INodeProperties) => property.displayOptions?.show?.['@tool'];
		const withFromAi = editor.properties.filter((property) =>
			JSON.stringify(property.default).includes('$fromAI'),
		);
		expect(withFromAi.length).toBeGreaterThan(10);
		for (const property of withFromAi)
			expect([property.name, show(property)]).toEqual([property.name, [true]]);
		// …and each such parameter has an editor twin of the same name, hidden in the tool.
		for (const property of withFromAi) {
			const twins = editor.properties.filter(
				(other) => other.name === property.name && show(other)?.[0] === false,
			);
			expect([property.name, twins.length]).not.toEqual([property.name, 0]);
		}
	});

	it('differ from their editor twins in label and default only, so they send the same', () => {
		const key = (property: INodeProperties) => {
			const { show } = property.displayOptions ?? {};
			return `${property.name} ${JSON.stringify({ ...show, '@tool': undefined })}`;
		};
		const strip = (property: INodeProperties) => ({
			...property,
			displayName: undefined,
			default: undefined,
			displayOptions: { show: { ...property.displayOptions?.show, '@tool': undefined } },
		});
		const tools = editor.properties.filter((p) => p.displayOptions?.show?.['@tool']?.[0] === true);
		for (const variant of tools) {
			const twin = editor.properties.find(
				(p) => key(p) === key(variant) && p.displayOptions?.show?.['@tool']?.[0] === false,
			);
			expect(twin && strip(twin)).toEqual(strip(variant));
		}
	});

	it('write their ✨ defaults with the key the ✨ button gives their displayName', () => {
		expect(fromAiKey('Calendar ID')).toBe('Calendar_ID');
		expect(fromAi('Start Time', 'When it starts')).toBe(
			"={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('Start_Time', `When it starts`, 'string') }}",
		);
		for (const property of tool.properties) {
			const value = property.default as unknown;
			if (typeof value !== 'string' || !value.includes('$fromAI')) continue;
			expect(value).toContain(`$fromAI('${fromAiKey(property.displayName)}'`);
		}
	});

	const real = realConvertNodeToAiTool();
	(real ? it : it.skip)(
		"are converted by the copy as by n8n 2.41.1's own convertNodeToAiTool",
		() => {
			const ours = copyOfConvertNodeToAiTool(editor);
			const theirs = toolDescriptionOf(editor, real);
			expect(ours.name).toBe(theirs.name);
			expect(ours.codex).toEqual(theirs.codex);
			expect(ours.properties.map((property) => [property.name, property.displayOptions])).toEqual(
				theirs.properties.map((property) => [property.name, property.displayOptions]),
			);
		},
	);
});

describe('a tool call through the engine (the model’s arguments as the item)', () => {
	const ctx = useSandbox();
	const call = (parameters: Record<string, unknown>, args: IDataObject) =>
		run(ctx.sandbox, parameters, {
			nodeType: toolNodeType({ runnable: true }),
			items: [{ json: args }],
		});

	it('books with an offset-less time read in the zone the model named, and no end', async () => {
		const { error } = await call(
			{ resource: 'appointment', operation: 'create' },
			{
				Calendar_ID: DEFAULTS.calendarId,
				Contact_ID: DEFAULTS.contactId,
				Start_Time: '2026-06-15T16:00:00',
				End_Time: '',
				Time_Zone: 'Europe/Berlin',
			},
		);
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			locationId: DEFAULTS.locationId,
			startTime: '2026-06-15T16:00:00+02:00',
		});
	});

	it('lists appointments of a user with "none" for the calendar, in the workflow zone', async () => {
		const { error } = await call(
			{ resource: 'appointment', operation: 'getAll' },
			{
				Calendar_ID: '',
				User_ID: DEFAULTS.userId,
				From: '2026-06-15',
				To: '2026-06-16',
				Limit: 5,
				Time_Zone: '',
			},
		);
		expect(error).toBeUndefined();
		const { query } = only(ctx.sandbox);
		expect(query).toEqual({
			locationId: DEFAULTS.locationId,
			userId: DEFAULTS.userId,
			startTime: String(Date.parse('2026-06-15T00:00:00-04:00')),
			endTime: String(Date.parse('2026-06-17T00:00:00-04:00') - 1),
		});
	});

	it('asks for free slots for any team member when the model says none', async () => {
		const { error, json } = await call(
			{ resource: 'calendar', operation: 'getFreeSlots' },
			{
				Calendar_ID: DEFAULTS.calendarId,
				Start_Date: '2026-06-15T00:00:00-04:00',
				End_Date: '2026-06-15',
				Time_Zone: 'America/New_York',
				User_ID: '',
			},
		);
		expect(error).toBeUndefined();
		const request = apiCalls(ctx.sandbox).find(({ path }) => path.endsWith('/free-slots'));
		expect(request?.query).not.toHaveProperty('userId');
		expect(json[0]).toMatchObject({ start: '2026-06-15T09:00:00-04:00' });
	});
});

import * as fs from 'node:fs';
import * as path from 'node:path';

import type { INodeProperties, IWorkflowBase } from 'n8n-workflow';

import type { WorkflowJson } from '../../scripts/lib/engine';

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { HighLevelCalendarsTokenApi } from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { runWorkflow } from '../../scripts/lib/engine';
import { DEFAULTS, credentialsFor, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const examplesDir = path.join(__dirname, '../../examples');
const files = fs.readdirSync(examplesDir).filter((file) => file.endsWith('.json')).sort();
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) as IWorkflowBase;
const NODE_TYPE = 'n8n-nodes-highlevel-calendars.highLevelCalendars';

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
		(result.runData[name]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json as Record<string, unknown>);
	return { output };
}

describe('examples/', () => {
	it('has the workflows the README promises', () => {
		expect(files).toEqual([
			'book-appointment.json',
			'create-calendar.json',
			'find-free-slot-and-book.json',
			'reschedule-appointment.json',
		]);
	});

	it.each(files)('%s uses only parameters the node defines', (file) => {
		const names = new Set(new HighLevelCalendars().description.properties.map((p: INodeProperties) => p.name));
		for (const node of load(file).nodes.filter((n) => n.type === NODE_TYPE)) {
			for (const parameter of Object.keys(node.parameters)) expect(names).toContain(parameter);
		}
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

	it('find-free-slot-and-book.json books the first free slot exactly once', async () => {
		const { output } = await execute('find-free-slot-and-book.json');
		const slots = output('Find Free Slots');
		expect(slots.length).toBeGreaterThan(0);
		const booked = output('Book First Free Slot');
		expect(booked).toHaveLength(1);
		expect(booked[0]).toMatchObject({ startTime: slots[0].start, endTime: slots[0].end });
		expect(ctx.sandbox.store.appointments.size).toBe(1);
	});
});

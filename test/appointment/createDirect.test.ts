import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { DEFAULTS, byId, byName, fromList, useSandbox } from '../helpers/node';
import { toolNodeType } from '../helpers/tool';
import { type RunSpec, comparable, directRuns, runWith } from '../shared/direct/engines';

/**
 * Appointment: Create through its custom operation (shared/direct/) against the same parameters
 * through n8n-core's RoutingNode, both run by WorkflowExecute as n8n runs them: what reached the
 * sandbox (method, path, query, every header, body bytes, in order) and what the node put out
 * (json, pairedItem, error items, the node's error) must be the same.
 */

const ctx = useSandbox();
const BOOKING = { method: 'POST', path: '/calendars/events/appointments' };

const base = (parameters: IDataObject = {}): IDataObject => ({
	resource: 'appointment',
	operation: 'create',
	calendarId: fromList(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: '={{ $json.start }}',
	...parameters,
});

const starts = (n: number, day = 15) =>
	Array.from({ length: n }, (_, i) => ({
		start: `2026-06-${day}T${String(9 + i).padStart(2, '0')}:00:00`,
		title: `Meeting ${i}`,
		email: `person${i}@example.com`,
	}));

const cases: Array<[string, RunSpec]> = [
	[
		'one booking, fields by expression',
		{
			parameters: base({ appointmentCreateFields: { title: '={{ $json.title }}' } }),
			items: starts(3),
		},
	],
	[
		'every documented field',
		{
			parameters: base({
				appointmentCreateFields: {
					address: 'https://meet.example.com/a',
					assignedUserId: fromList('sandbox-user-2'),
					description: '={{ "About " + $json.title }}',
					endTime: '2026-06-15T10:45:00',
					ignoreDateRange: true,
					ignoreFreeSlotValidation: true,
					meetingLocationId: 'default',
					meetingLocationType: 'custom',
					overrideLocationConfig: true,
					rrule: 'RRULE:FREQ=WEEKLY;COUNT=3',
					appointmentStatus: 'confirmed',
					title: '={{ $json.title }}',
					toNotify: false,
				},
			}),
			items: starts(1),
		},
	],
	[
		'the recurrence builder',
		{
			parameters: base({
				appointmentCreateFields: {
					recurrence: { rule: { frequency: 'DAILY', ends: 'count', count: 3 } },
					ignoreFreeSlotValidation: true,
				},
			}),
			items: starts(1),
		},
	],
	[
		'time zones across the DST change',
		{
			parameters: base({ appointmentCreateOptions: { timeZone: byName('Europe/Berlin') } }),
			items: [
				{ start: '2026-03-28T10:00:00' },
				{ start: '2026-03-29T10:00:00' },
				{ start: '2026-10-25T01:30:00' },
			],
		},
	],
	[
		'the contact by email (found) and by phone (created: upsert)',
		{
			parameters: base({
				contactId: undefined,
				contactBy: 'emailOrPhone',
				email: '={{ $json.email }}',
			}),
			items: [
				{ start: '2027-02-01T10:00:00', email: 'ada@example.com' },
				{ start: '2027-02-01T11:00:00', email: 'new.person@example.com' },
			],
		},
	],
	[
		'Skip If Already Booked, the first item booked before',
		{
			parameters: base({ appointmentCreateOptions: { skipIfAlreadyBooked: true } }),
			items: [{ start: '2026-06-15T10:00:00' }, { start: '2026-06-15T11:00:00' }],
			before: async (sandbox) =>
				await fetch(`${sandbox.url}/calendars/events/appointments`, {
					method: 'POST',
					headers: {
						Authorization: `Bearer ${DEFAULTS.pitToken}`,
						Version: '2021-04-15',
						'Content-Type': 'application/json',
					},
					body: JSON.stringify({
						calendarId: DEFAULTS.calendarId,
						contactId: DEFAULTS.contactId,
						locationId: DEFAULTS.locationId,
						startTime: '2026-06-15T10:00:00-04:00',
					}),
				}),
		},
	],
	[
		'recovery after a 503 once the booking was stored',
		{
			parameters: base(),
			items: starts(2),
			before: (s) => s.injectFault({ ...BOOKING, kind: 'statusAfterHandling', times: 1 }),
		},
	],
	[
		'recovery after a reset once the booking was stored',
		{
			parameters: base(),
			items: starts(1),
			before: (s) => s.injectFault({ ...BOOKING, kind: 'dropAfterHandling', times: 1 }),
		},
	],
	[
		'recovery after a timeout (Request Options → Timeout)',
		{
			parameters: base({ requestOptions: { timeout: 1000 } }),
			items: starts(1),
			before: (s) =>
				s.injectFault({ ...BOOKING, kind: 'slowAfterHandling', delayMs: 2500, times: 1 }),
		},
	],
	[
		'a 429 waited out',
		{
			parameters: base(),
			items: starts(2),
			before: (s) =>
				s.injectFault({
					...BOOKING,
					kind: 'status',
					status: 429,
					headers: { 'Retry-After': '1' },
					times: 1,
				}),
		},
	],
	[
		'bad input before any request, Continue On Fail off',
		{ parameters: base(), items: [{ start: '2026-06-15T10:00:00' }, { start: 'next tuesday' }] },
	],
	[
		'bad input under Continue On Fail: an error item paired with its input',
		{
			parameters: base(),
			items: [{ start: 'next tuesday' }, { start: '2026-06-15T10:00:00' }],
			continueOnFail: true,
		},
	],
	[
		'refused by HighLevel under Continue On Fail',
		{
			parameters: base(),
			items: starts(2),
			continueOnFail: true,
			before: (s) => s.injectFault({ ...BOOKING, kind: 'status', status: 422, times: 1 }),
		},
	],
	[
		'refused by HighLevel, Continue On Fail off',
		{
			parameters: base(),
			items: starts(2),
			before: (s) => s.injectFault({ ...BOOKING, kind: 'status', status: 422, times: 1 }),
		},
	],
	[
		'an expression error',
		{
			parameters: base({
				appointmentCreateFields: { title: '={{ $("No Such Node").item.json.title }}' },
			}),
			items: starts(2),
		},
	],
	[
		'an expression error under Continue On Fail',
		{
			parameters: base({
				appointmentCreateFields: { title: '={{ $("No Such Node").item.json.title }}' },
			}),
			items: starts(2),
			continueOnFail: true,
		},
	],
	['OAuth2', { parameters: base(), items: starts(2), auth: 'oauth2' }],
	[
		'an agency connection and its sub-account',
		{
			parameters: base({ subAccount: byId(DEFAULTS.locationId) }),
			items: starts(2),
			auth: 'agency',
		},
	],
	[
		'Request Options → Batching',
		{
			parameters: base({
				requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 50 } } },
			}),
			items: starts(3),
		},
	],
	[
		'Request Options → an invalid proxy',
		{ parameters: base({ requestOptions: { proxy: 'not a url' } }), items: starts(2) },
	],
	[
		'Request Options → Ignore SSL Issues',
		{ parameters: base({ requestOptions: { allowUnauthorizedCerts: true } }), items: starts(1) },
	],
];

describe('Appointment: Create, custom operation and routing give the same', () => {
	it.each(cases)('%s', async (name, spec) => {
		const routed = await runWith('routing', ctx.sandbox, spec);
		const before = directRuns.count;
		const direct = await runWith('direct', ctx.sandbox, spec);
		expect(directRuns.count).toBe(before + 1);
		expect(comparable(direct)).toEqual(comparable(routed));
		// Each case does what its name says, in both engines.
		if (name.startsWith('Skip If')) expect(JSON.stringify(routed.output)).toContain('"skipped"');
		if (/error|refused|bad input|invalid/.test(name)) {
			expect(routed.error ?? routed.output?.find((item) => item.error)?.error).toBeDefined();
		} else {
			expect(routed.error).toBeUndefined();
			expect(routed.output?.some((item) => item.error)).toBe(false);
		}
	});

	it('sets what the wire does not show the same way: proxy, Ignore SSL Issues, timeout', async () => {
		const spec: RunSpec = {
			parameters: base({
				requestOptions: {
					allowUnauthorizedCerts: true,
					timeout: 5000,
					proxy: 'http://user:secret@127.0.0.1:1',
				},
			}),
			items: starts(1),
			continueOnFail: true,
		};
		const routed = await runWith('routing', ctx.sandbox, spec);
		const direct = await runWith('direct', ctx.sandbox, spec);
		expect(routed.built[0].options).toMatchObject({
			skipSslCertificateValidation: true,
			timeout: 5000,
			proxy: {
				host: '127.0.0.1',
				port: 1,
				protocol: 'http',
				auth: { username: 'user', password: 'secret' },
			},
		});
		expect(comparable(direct)).toEqual(comparable(routed));
	});

	it('sends through the Request Options proxy the same requests', async () => {
		const proxied: string[] = [];
		const proxy = http.createServer((req, res) => {
			proxied.push(`${req.method} ${req.url}`);
			const upstream = http.request(
				String(req.url),
				{ method: req.method, headers: req.headers },
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			req.pipe(upstream);
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = proxy.address() as AddressInfo;
			const spec: RunSpec = {
				parameters: base({ requestOptions: { proxy: `http://127.0.0.1:${port}` } }),
				items: starts(2),
			};
			const routed = await runWith('routing', ctx.sandbox, spec);
			const viaRouting = proxied.splice(0);
			const direct = await runWith('direct', ctx.sandbox, spec);
			expect(routed.error).toBeUndefined();
			expect(viaRouting).toHaveLength(2);
			expect(proxied).toEqual(viaRouting);
			expect(comparable(direct)).toEqual(comparable(routed));
		} finally {
			proxy.closeAllConnections();
			await new Promise((resolve) => proxy.close(resolve));
		}
	});

	it('as an AI agent tool (2.41 runs the tool through WorkflowExecute, so its custom operation)', async () => {
		const spec: RunSpec = {
			parameters: { resource: 'appointment', operation: 'create' },
			items: [
				{
					Calendar_ID: DEFAULTS.calendarId,
					Contact_ID: DEFAULTS.contactId,
					Start_Time: '2026-06-15T16:00:00',
					End_Time: '',
					Time_Zone: 'Europe/Berlin',
				},
			],
			base: () => toolNodeType({ runnable: true }),
		};
		const routed = await runWith('routing', ctx.sandbox, spec);
		const direct = await runWith('direct', ctx.sandbox, spec);
		expect(routed.error).toBeUndefined();
		expect(comparable(direct)).toEqual(comparable(routed));
	});
});

#!/usr/bin/env node
/**
 * Appointment: Create through its custom operation and through n8n's routing engine, in real n8n
 * (not part of `npm test`; needs `npm run build` and the installs of scripts/e2e/lines.js under
 * N8N_CACHE_DIR): the built package is installed twice per n8n line, as n8n installs community
 * packages, once as built and once with its `customOperations` removed (so that n8n runs RoutingNode);
 * the same workflows run in both with `n8n execute`, against the sandbox in this process; what
 * reached the sandbox (method, path, query, every header but the connection's, body bytes) and the
 * node's run data (items, pairedItem, error) are compared. Prints one line per case; exit 1 on a
 * difference.
 * Usage: node scripts/direct-real.js [--line 2.x] [--line 1.x]
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { getLine, ensureN8n } = require('./e2e/lines');
const { cli, parseRunOutput, installPackageLikeN8n, freePort, packPackage } = require('./e2e/n8n');
const { sandboxCredentials } = require('./e2e/credentials');
const { DEFAULTS, startSandbox } = require('../sandbox/server');

const NODE_TYPE = 'n8n-nodes-highlevel-calendars.highLevelCalendars';
const BOOKING = { method: 'POST', path: '/calendars/events/appointments' };
const WORK = path.join(os.tmpdir(), 'n8n-nodes-highlevel-calendars-direct-real');

const args = process.argv.slice(2);
const lines = args.flatMap((a, i) => (a === '--line' ? [args[i + 1]] : []));

const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const starts = (n, day = 15) =>
	Array.from({ length: n }, (_, i) => ({
		start: `2026-06-${day}T${String(9 + i).padStart(2, '0')}:00:00`,
		title: `Meeting ${i}`,
	}));
const create = (parameters = {}) => ({
	authentication: 'privateIntegrationToken',
	resource: 'appointment',
	operation: 'create',
	calendarId: rl(DEFAULTS.calendarId, 'list'),
	contactId: rl(DEFAULTS.contactId),
	startTime: '={{ $json.start }}',
	...parameters,
});
const CREDENTIALS = {
	privateIntegrationToken: ['highLevelCalendarsTokenApi', 'hlSandboxToken'],
	oAuth2: ['highLevelCalendarsOAuth2Api', 'hlSandboxOAuth2'],
	agencyOAuth2: ['highLevelCalendarsAgencyOAuth2Api', 'hlSandboxAgency'],
	restricted: ['highLevelCalendarsTokenApi', 'hlSandboxRestricted'],
};

/**
 * @typedef {{ name: string, parameters: Record<string, unknown>, items: object[],
 *   continueOnFail?: boolean, credential?: keyof typeof CREDENTIALS, fault?: object,
 *   booked?: string }} Case  booked: a start booked before the run
 * @type {Case[]}
 */
const CASES = [
	{
		name: 'fields by expression',
		parameters: create({
			appointmentCreateFields: {
				title: '={{ $json.title }}',
				description: '={{ "About " + $json.title }}',
			},
		}),
		items: starts(3),
	},
	{
		name: 'time zones across the DST change',
		parameters: create({ appointmentCreateOptions: { timeZone: rl('Europe/Berlin', 'name') } }),
		items: [{ start: '2026-03-28T10:00:00' }, { start: '2026-03-29T10:00:00' }],
	},
	{
		name: 'contact by email, found and created',
		parameters: create({
			contactId: undefined,
			contactBy: 'emailOrPhone',
			email: '={{ $json.email }}',
		}),
		items: [
			{ start: '2027-02-01T10:00:00', email: 'ada@example.com' },
			{ start: '2027-02-01T11:00:00', email: 'new.person@example.com' },
		],
	},
	{
		name: 'every documented field and a recurrence',
		parameters: create({
			appointmentCreateFields: {
				address: 'https://meet.example.com/a',
				assignedUserId: rl('sandbox-user-2', 'list'),
				description: 'First meeting',
				endTime: '2026-06-15T10:45:00',
				ignoreDateRange: true,
				ignoreFreeSlotValidation: true,
				meetingLocationId: 'default',
				meetingLocationType: 'custom',
				overrideLocationConfig: true,
				recurrence: { rule: { frequency: 'DAILY', ends: 'count', count: 3 } },
				appointmentStatus: 'confirmed',
				title: '={{ $json.title }}',
				toNotify: false,
			},
		}),
		items: starts(1),
	},
	{
		name: 'Skip If Already Booked',
		parameters: create({ appointmentCreateOptions: { skipIfAlreadyBooked: true } }),
		items: starts(2),
		booked: '2026-06-15T09:00:00-04:00',
	},
	{
		name: 'recovery after a reset',
		parameters: create(),
		items: starts(1),
		fault: { ...BOOKING, kind: 'dropAfterHandling', times: 1 },
	},
	{
		name: 'a 429 waited out',
		parameters: create(),
		items: starts(2),
		fault: { ...BOOKING, kind: 'status', status: 429, headers: { 'Retry-After': '1' }, times: 1 },
	},
	{
		name: 'recovery after a 503',
		parameters: create(),
		items: starts(2),
		fault: { ...BOOKING, kind: 'statusAfterHandling', times: 1 },
	},
	{
		name: 'bad input under Continue On Fail',
		parameters: create(),
		items: [{ start: 'next tuesday' }, { start: '2026-06-15T10:00:00' }],
		continueOnFail: true,
	},
	{
		name: 'refused by HighLevel, Continue On Fail off',
		parameters: create(),
		items: starts(2),
		fault: { ...BOOKING, kind: 'status', status: 422, times: 1 },
	},
	{
		name: 'an expression error under Continue On Fail',
		parameters: create({
			appointmentCreateFields: { title: '={{ $("No Such Node").item.json.title }}' },
		}),
		items: starts(2),
		continueOnFail: true,
	},
	{
		name: 'an expression error',
		parameters: create({
			appointmentCreateFields: { title: '={{ $("No Such Node").item.json.title }}' },
		}),
		items: starts(2),
	},
	{
		name: 'an invalid proxy under Continue On Fail',
		parameters: create({ requestOptions: { proxy: 'not a url' } }),
		items: starts(2),
		continueOnFail: true,
	},
	{
		name: 'Request Options: batching and timeout',
		parameters: create({
			requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 20 } }, timeout: 5000 },
		}),
		items: starts(2),
	},
	{
		name: 'OAuth2',
		parameters: create({ authentication: 'oAuth2' }),
		items: starts(2),
		credential: 'oAuth2',
	},
	{
		name: 'agency sub-account',
		parameters: create({ authentication: 'agencyOAuth2', subAccount: rl(DEFAULTS.locationId) }),
		items: starts(2),
		credential: 'agencyOAuth2',
	},
	{
		name: 'a credential restricted to other domains',
		parameters: create(),
		items: starts(1),
		continueOnFail: true,
		credential: 'restricted',
	},
];

/** A workflow: Manual Trigger → Edit Fields (the items as one array) → Split Out → the node. */
function workflowFor(/** @type {Case} */ c, /** @type {number} */ index) {
	const authentication = c.parameters.authentication;
	const [type, id] = CREDENTIALS[c.credential ?? 'privateIntegrationToken'];
	const parameters = Object.fromEntries(
		Object.entries(c.parameters).filter(([, value]) => value !== undefined),
	);
	return {
		id: `hlDirectReal${index}`,
		name: `direct-real ${index}: ${c.name}`,
		nodes: [
			{
				id: 'a',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'b',
				name: 'Items',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ items: c.items }), options: {} },
			},
			{
				id: 'c',
				name: 'Split',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'items', options: {} },
			},
			{
				id: 'd',
				name: 'HighLevel',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [600, 0],
				parameters: { ...parameters, authentication: authentication ?? 'privateIntegrationToken' },
				credentials: { [type]: { id, name: id } },
				...(c.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
			},
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
			Split: { main: [[{ node: 'HighLevel', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', timezone: 'America/New_York' },
		active: false,
	};
}

/** What is compared of one run: the sandbox's requests and the node's run data. */
function comparable(requests, run) {
	const task = run?.data?.resultData?.runData?.HighLevel?.[0];
	const error = task?.error ?? run?.data?.resultData?.error;
	const ids = new Map();
	const text = JSON.stringify({
		// Sorted: when concurrent requests of different items reach the API is timing, not content.
		requests: requests
			.map(({ method, path: route, query, headers, rawBody, status }) => {
				const { host, connection, ...rest } = headers;
				return { method, route, query, headers: rest, rawBody, status };
			})
			.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
		items: task?.data?.main?.[0]?.map(({ json, pairedItem, error: itemError }) => ({
			json,
			pairedItem,
			error: itemError && { message: itemError.message, description: itemError.description },
		})),
		error: error && {
			name: error.name,
			message: error.message,
			description: error.description,
			httpCode: error.httpCode,
		},
	}).replace(/\b[A-Za-z0-9]{20}\b/g, (value) => {
		if (!ids.has(value)) ids.set(value, `<id ${ids.size + 1}>`);
		return ids.get(value);
	});
	return JSON.parse(text, (key, value) =>
		['dateAdded', 'dateUpdated', 'timestamp'].includes(key) ? '<date>' : value,
	);
}

async function runLine(lineId, tarball, sandbox) {
	const line = getLine(lineId);
	const installed = await ensureN8n(line, (m) => console.log(m));
	const folders = {};
	for (const engine of ['direct', 'routing']) {
		const userFolder = path.join(WORK, `${line.id}-${engine}`);
		fs.rmSync(userFolder, { recursive: true, force: true });
		fs.mkdirSync(userFolder, { recursive: true });
		const pkgDir = installPackageLikeN8n(tarball, userFolder);
		const nodeFile = path.join(pkgDir, 'dist/nodes/HighLevelCalendars/HighLevelCalendars.node.js');
		const source = fs.readFileSync(nodeFile, 'utf8');
		// The compiled class field: `customOperations = {` (or `this.customOperations = {` for older targets).
		const field = /\b(this\.)?customOperations = \{/;
		if (!field.test(source)) throw new Error('the build has no customOperations');
		if (engine === 'routing')
			fs.writeFileSync(nodeFile, source.replace(field, '$1customOperationsOff = {'));
		const inst = {
			line,
			bin: installed.bin,
			nodeBin: installed.node.bin,
			userFolder,
			brokerPort: await freePort(),
		};
		const credentials = sandboxCredentials(sandbox.url);
		const token = credentials.find((c) => c.id === 'hlSandboxToken');
		credentials.push({
			...token,
			id: 'hlSandboxRestricted',
			name: 'hlSandboxRestricted',
			data: { ...token.data, allowedHttpRequestDomains: 'domains', allowedDomains: 'example.com' },
		});
		for (const c of credentials) c.name = c.id;
		fs.writeFileSync(path.join(userFolder, 'credentials.json'), JSON.stringify(credentials));
		const wfDir = path.join(userFolder, 'workflows');
		fs.mkdirSync(wfDir);
		CASES.forEach((c, i) =>
			fs.writeFileSync(path.join(wfDir, `${i}.json`), JSON.stringify(workflowFor(c, i))),
		);
		for (const step of [
			['import:credentials', `--input=${path.join(userFolder, 'credentials.json')}`],
			['import:workflow', '--separate', `--input=${wfDir}`],
		]) {
			const result = await cli(inst, step);
			if (result.code !== 0) throw new Error(`${step[0]} failed: ${result.stderr.slice(-500)}`);
		}
		folders[engine] = inst;
	}
	let differences = 0;
	for (const [index, c] of CASES.entries()) {
		const seen = {};
		for (const engine of ['routing', 'direct']) {
			sandbox.reset();
			if (c.booked) {
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
						startTime: c.booked,
					}),
				});
			}
			if (c.fault) sandbox.injectFault(c.fault);
			const result = await cli(folders[engine], [
				'execute',
				`--id=hlDirectReal${index}`,
				'--rawOutput',
			]);
			// The agency's sub-account token requests differ only in the token the sandbox issues.
			const requests = sandbox.requests.filter((r) => !r.path.startsWith('/oauth/'));
			seen[engine] = comparable(requests, parseRunOutput(result.stdout + result.stderr));
		}
		const same = JSON.stringify(seen.direct) === JSON.stringify(seen.routing);
		if (!same) {
			differences++;
			const file = path.join(WORK, `${line.id}-case-${index}.json`);
			fs.writeFileSync(file, JSON.stringify(seen, null, 2));
			console.log(`[${line.id}] DIFFERENT ${c.name} (both runs in ${file})`);
		} else {
			const s = seen.direct;
			console.log(
				`[${line.id}] same      ${c.name}: ${s.requests.length} requests, ${s.items?.length ?? 0} items${s.error ? `, error "${String(s.error.message).slice(0, 70)}"` : ''}`,
			);
		}
	}
	return differences;
}

async function main() {
	fs.mkdirSync(WORK, { recursive: true });
	const { file: tarball } = packPackage(WORK);
	const sandbox = await startSandbox({ faults: { rateLimit: false } });
	let differences = 0;
	try {
		for (const line of lines.length ? lines : ['2.x', '1.x']) {
			differences += await runLine(line, tarball, sandbox);
		}
	} finally {
		await sandbox.close();
	}
	console.log(differences ? `${differences} case(s) differ` : 'every case the same');
	process.exitCode = differences ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

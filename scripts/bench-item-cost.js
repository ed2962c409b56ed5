#!/usr/bin/env node
// Benchmark (not part of `npm test`): what one item costs the node on n8n-core's routing path.
// Appointment: Create with six fields mapped by expression, through the engine harness
// (scripts/lib/engine: n8n-core's RoutingNode) against the sandbox in a child process, so the CPU
// time measured is this process's: the engine and the node. Prints per item: expression
// evaluations, credential reads, time-zone checks, node wall time and CPU time.
// Usage: npm run build && node --expose-gc scripts/bench-item-cost.js [--items 300] [--runs 5]
//        [--dist dist,../other/dist]: builds to compare (e.g. of an earlier commit), loaded side by
//        side and run in turn (A B A B ...), so that a machine busy with other work slows both alike.
'use strict';

const { spawn } = require('node:child_process');
const events = require('node:events');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const readline = require('node:readline');

const { IANAZone } = require('luxon');
const { Expression } = require('n8n-workflow');

const { EngineCredentialsHelper, runNode } = require('./lib/engine');
const { DEFAULTS, sandboxCredentialData } = require('../sandbox/defaults');

const args = Object.fromEntries(
	process.argv
		.slice(2)
		.reduce(
			(pairs, arg, i, all) =>
				arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs,
			[],
		),
);
const ITEMS = Number(args.items ?? 300);
const RUNS = Number(args.runs ?? 5);
const DISTS = String(args.dist ?? 'dist')
	.split(',')
	.map((dir) => path.resolve(__dirname, '..', dir));

// n8n-core adds one abort listener per request in flight to the execution's signal.
events.defaultMaxListeners = ITEMS + 50;

function loadBuild(dir) {
	const dist = (file) => require(path.join(dir, file));
	return {
		dir,
		HighLevelCalendars: dist('nodes/HighLevelCalendars/HighLevelCalendars.node.js')
			.HighLevelCalendars,
		credentialTypes: [
			new (dist(
				'credentials/HighLevelCalendarsTokenApi.credentials.js',
			).HighLevelCalendarsTokenApi)(),
			new (dist(
				'credentials/HighLevelCalendarsAgencyOAuth2Api.credentials.js',
			).HighLevelCalendarsAgencyOAuth2Api)(),
			new (dist(
				'credentials/HighLevelCalendarsOAuth2Api.credentials.js',
			).HighLevelCalendarsOAuth2Api)(),
		],
	};
}

/** Counts calls of `object[method]` while `counting` is on. */
function counter(object, method, filter = () => true) {
	const original = object[method];
	const state = { count: 0, on: false };
	object[method] = function (...callArgs) {
		if (state.on && filter(...callArgs)) state.count++;
		return original.apply(this, callArgs);
	};
	return state;
}

const evaluations = counter(Expression.prototype, 'renderExpression');
const credentialEvaluations = counter(Expression.prototype, 'renderExpression', (expression) =>
	String(expression).includes('$credentials'),
);
const credentialReads = counter(EngineCredentialsHelper.prototype, 'getDecrypted');
const zoneChecks = counter(IANAZone, 'isValidZone');
const counters = [evaluations, credentialEvaluations, credentialReads, zoneChecks];

async function startSandboxProcess() {
	const child = spawn(
		process.execPath,
		[path.join(__dirname, '..', 'sandbox', 'cli.js'), '--port', '0', '--no-rate-limit'],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const [line] = await events.once(readline.createInterface({ input: child.stdout }), 'line');
	return { url: JSON.parse(line).url, stop: () => child.kill('SIGTERM') };
}

let serial = 0;
/** Six fields by expression: calendar, contact, start, end, title, status. */
function items(count, subAccounts) {
	const firstDay = Date.UTC(2030, 0, 1) + serial * 86_400_000;
	serial += count;
	return Array.from({ length: count }, (_, i) => {
		const at = subAccounts[i % subAccounts.length];
		// 10:00 to 10:30 wall-clock time on successive days: never in a daylight-saving gap.
		const day = new Date(firstDay + i * 86_400_000).toISOString().slice(0, 10);
		return {
			json: {
				locationId: at.locationId,
				calendarId: at.calendarId,
				contactId: at.contactId,
				start: `${day}T10:00:00`,
				end: `${day}T10:30:00`,
				title: `Booking ${i}`,
				status: 'confirmed',
			},
		};
	});
}

const byId = (value) => ({ __rl: true, mode: 'id', value });

const SCENARIOS = {
	'Private Integration Token': {
		authentication: 'privateIntegrationToken',
		credentialType: 'highLevelCalendarsTokenApi',
		subAccounts: [
			{
				locationId: DEFAULTS.locationId,
				calendarId: DEFAULTS.calendarId,
				contactId: DEFAULTS.contactId,
			},
		],
		parameters: {},
	},
	'Agency, Sub-Account by expression (3 sub-accounts)': {
		authentication: 'agencyOAuth2',
		credentialType: 'highLevelCalendarsAgencyOAuth2Api',
		subAccounts: [
			{
				locationId: DEFAULTS.locationId,
				calendarId: DEFAULTS.calendarId,
				contactId: DEFAULTS.contactId,
			},
			{
				locationId: DEFAULTS.otherLocationId,
				calendarId: DEFAULTS.otherLocationCalendarId,
				contactId: DEFAULTS.otherLocationContactId,
			},
			{
				locationId: DEFAULTS.thirdLocationId,
				calendarId: DEFAULTS.thirdLocationCalendarId,
				contactId: DEFAULTS.thirdLocationContactId,
			},
		],
		parameters: { subAccount: byId('={{ $json.locationId }}') },
	},
};

async function runOnce(build, url, scenario, count) {
	const input = items(count, scenario.subAccounts);
	global.gc?.();
	for (const c of counters) {
		c.count = 0;
		c.on = true;
	}
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = await runNode({
		nodeType: new build.HighLevelCalendars(),
		credentialTypes: build.credentialTypes,
		parameters: {
			authentication: scenario.authentication,
			resource: 'appointment',
			operation: 'create',
			...scenario.parameters,
			calendarId: byId('={{ $json.calendarId }}'),
			contactId: byId('={{ $json.contactId }}'),
			startTime: '={{ $json.start }}',
			appointmentCreateFields: {
				endTime: '={{ $json.end }}',
				title: '={{ $json.title }}',
				appointmentStatus: '={{ $json.status }}',
				ignoreFreeSlotValidation: true,
			},
			appointmentCreateOptions: { timeZone: { __rl: true, mode: 'name', value: 'Europe/Berlin' } },
		},
		credentials: {
			[scenario.credentialType]: sandboxCredentialData(url)[scenario.credentialType],
		},
		items: input,
		continueOnFail: true,
	});
	const ms = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	for (const c of counters) c.on = false;
	const out = result.items?.[0] ?? [];
	const failed = out.filter((item) => item.json.error);
	if (result.error || failed.length > 0 || out.length !== count) {
		const reason = result.error?.message ?? failed[0]?.json.error ?? `${out.length} items`;
		throw new Error(`Run failed: ${reason}`);
	}
	const per = (n) => n / count;
	return {
		evaluations: per(evaluations.count),
		credentialEvaluations: per(credentialEvaluations.count),
		credentialReads: per(credentialReads.count),
		zoneChecks: per(zoneChecks.count),
		wallMs: per(ms),
		cpuMs: per((user + system) / 1000),
	};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ROWS = [
	['evaluations', 'expression evaluations / item', 2],
	['credentialEvaluations', "  of them the credential's", 2],
	['credentialReads', 'credential reads / item', 3],
	['zoneChecks', 'time-zone checks / item', 3],
	['wallMs', 'node wall time / item (ms)', 3],
	['cpuMs', 'node CPU time / item (ms)', 3],
];

async function main() {
	const builds = DISTS.map(loadBuild);
	const names = builds.map((build) => path.relative(process.cwd(), build.dir) || '.');
	console.log(
		`node ${process.version}, ${require('node:os').cpus().length} cores; ${ITEMS} items per run, median of ${RUNS} runs per build after a warm-up, builds in turn; ` +
			`n8n-core ${require('n8n-core/package.json').version} harness (scripts/lib/engine), sandbox in a child process, no rate limit\n`,
	);
	const sandbox = await startSandboxProcess();
	try {
		for (const [name, scenario] of Object.entries(SCENARIOS)) {
			// Warm-up: JIT, each build's sub-account tokens and time-zone checks.
			for (const build of builds) await runOnce(build, sandbox.url, scenario, Math.min(ITEMS, 50));
			const runs = builds.map(() => []);
			for (let i = 0; i < RUNS; i++) {
				for (const [b, build] of builds.entries()) {
					runs[b].push(await runOnce(build, sandbox.url, scenario, ITEMS));
				}
			}
			console.log(
				`${name}: Appointment: Create, six fields by expression, Time Zone Europe/Berlin`,
			);
			console.log(`  ${''.padEnd(34)}${names.map((n) => n.padStart(24)).join('')}`);
			for (const [key, label, digits] of ROWS) {
				const values = runs.map((r) => median(r.map((one) => one[key])).toFixed(digits));
				console.log(`  ${label.padEnd(34)}${values.map((v) => v.padStart(24)).join('')}`);
			}
			for (const [b, r] of runs.entries()) {
				console.log(
					`  CPU ms/item per run, ${names[b]}: ${r.map((one) => one.cpuMs.toFixed(3)).join(' ')}`,
				);
			}
			console.log('');
		}
	} finally {
		sandbox.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

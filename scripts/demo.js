#!/usr/bin/env node
// The package's main job: start the local HighLevel sandbox and run every workflow in examples/
// through n8n's own engine (WorkflowExecute + RoutingNode) with the built node, printing what each
// node returned. `npm run demo` builds first.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { runWorkflow } = require('./lib/engine');
const { sandboxCredentialData, startSandbox } = require('../sandbox/server');

const root = path.resolve(__dirname, '..');
const dist = (file) => require(path.join(root, 'dist', file));

function loadBuilt() {
	try {
		return {
			node: new (dist('nodes/HighLevelCalendars/HighLevelCalendars.node.js').HighLevelCalendars)(),
			credentialTypes: [
				new (dist(
					'credentials/HighLevelCalendarsOAuth2Api.credentials.js',
				).HighLevelCalendarsOAuth2Api)(),
				new (dist(
					'credentials/HighLevelCalendarsTokenApi.credentials.js',
				).HighLevelCalendarsTokenApi)(),
			],
		};
	} catch (error) {
		console.error(
			'The built package is missing: run `npm run demo` (it builds first) or `npm run build`.',
		);
		throw error;
	}
}

/** Credentials as a user would create them, pointed at the sandbox through the hidden Base URL. */
function sandboxCredentials(url) {
	const data = sandboxCredentialData(url);
	return {
		hlSandboxToken: {
			type: 'highLevelCalendarsTokenApi',
			name: 'HighLevel sandbox (Private Integration Token)',
			data: data.highLevelCalendarsTokenApi,
		},
		hlSandboxOAuth2: {
			type: 'highLevelCalendarsOAuth2Api',
			name: 'HighLevel sandbox (OAuth2)',
			data: data.highLevelCalendarsOAuth2Api,
		},
	};
}

function printNodeOutputs(workflow, runData) {
	for (const node of workflow.nodes) {
		const runs = runData[node.name];
		if (!runs || node.type.endsWith('manualTrigger')) continue;
		const run = runs[runs.length - 1];
		if (run.error) {
			console.log(`  ✗ ${node.name}: ${run.error.message}`);
			if (run.error.description) console.log(`      ${run.error.description}`);
			continue;
		}
		const items = run.data?.main?.[0] ?? [];
		console.log(`  ✓ ${node.name} → ${items.length} item${items.length === 1 ? '' : 's'}`);
		for (const item of items.slice(0, 3)) {
			console.log(`      ${JSON.stringify(item.json)}`);
		}
		if (items.length > 3) console.log(`      … and ${items.length - 3} more`);
	}
}

async function main() {
	const { node, credentialTypes } = loadBuilt();
	const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0) });
	console.log(`HighLevel sandbox listening on ${sandbox.url}\n`);
	const credentials = sandboxCredentials(sandbox.url);
	const files = fs
		.readdirSync(path.join(root, 'examples'))
		.filter((file) => file.endsWith('.json'))
		.sort();
	let failed = 0;
	try {
		for (const file of files) {
			const workflow = JSON.parse(fs.readFileSync(path.join(root, 'examples', file), 'utf8'));
			console.log(`▶ ${workflow.name} (examples/${file})`);
			const result = await runWorkflow({
				workflow,
				nodeTypes: { 'n8n-nodes-highlevel-calendars.highLevelCalendars': node },
				credentialTypes,
				credentials,
			});
			printNodeOutputs(workflow, result.runData ?? {});
			if (result.error || result.status !== 'success') {
				failed++;
				console.log(
					`  workflow ended with status "${result.status}"${result.error ? `: ${result.error.message}` : ''}`,
				);
			}
			console.log('');
		}
	} finally {
		await sandbox.close();
	}
	console.log(`${files.length - failed} of ${files.length} example workflows succeeded.`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

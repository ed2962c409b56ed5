// jest `setupFiles` entry: runs in every test file's sandbox before any module is loaded.
'use strict';

const crypto = require('node:crypto');
const os = require('node:os');
const path = require('node:path');

// n8n-core's InstanceSettings reads — and on first use *creates* — `<N8N_USER_FOLDER>/.n8n/config`
// (a generated encryption key). Left unset that is ~/.n8n, i.e. a developer's real n8n.
// Every test file gets its own fresh, unique folder. It is only a path: n8n-core creates it
// (mkdir -p) if the test file actually executes a node, so the many test files that never
// touch n8n-core leave nothing behind; scripts/lib/engine.js removes it after the file's
// tests (ENGINE_OWNED_USER_FOLDER tells it the folder is disposable).
// (jest gives each test file a private copy of process.env, so this does not leak across files.)
if (!process.env.N8N_USER_FOLDER) {
	const folder = path.join(
		os.tmpdir(),
		'n8n-hl-jest',
		`${process.pid}-${Date.now().toString(36)}-${crypto.randomBytes(4).toString('hex')}`,
	);
	process.env.N8N_USER_FOLDER = folder;
	process.env.ENGINE_OWNED_USER_FOLDER = folder;
}

// Deterministic dates regardless of the machine: Node honours a TZ change at runtime, so
// luxon's "local" zone and Date#toString are UTC. n8n itself uses the workflow's timezone
// setting (engine default 'America/New_York') for $now/$today and DateTime parameters.
if (!process.env.TZ) process.env.TZ = 'UTC';
if (!process.env.GENERIC_TIMEZONE) process.env.GENERIC_TIMEZONE = 'America/New_York';

// No telemetry from n8n-core, and local test servers are never reached through a proxy.
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
const noProxy = (process.env.NO_PROXY || process.env.no_proxy || '').split(',').filter(Boolean);
for (const host of ['127.0.0.1', 'localhost', '::1'])
	if (!noProxy.includes(host)) noProxy.push(host);
process.env.NO_PROXY = process.env.no_proxy = noProxy.join(',');

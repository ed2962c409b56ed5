#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Runs the HighLevel sandbox until SIGINT/SIGTERM:
 *   node sandbox/cli.js [--port 4010] [--host 127.0.0.1] [--no-rate-limit]
 *     [--rate-limit MAX/INTERVAL_MS]  e.g. 20/1000
 *     [--fault KIND[:STATUS]@METHOD:PATH[xTIMES]] e.g. status:503@GET:/calendars/ x2 (repeatable)
 *     [--webhook URL[#rsa|#both]]  post appointment changes there, signed (repeatable; see webhooks.js)
 * Port from --port, else $PORT, else 4010. Prints one JSON line with the URL and default credentials,
 * so scripts can read it from stdout.
 */

const { startSandbox, DEFAULTS } = require('./server');

/**
 * @param {string[]} argv
 * @param {string} name
 */
function option(argv, name) {
	const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
	if (index === -1) return undefined;
	const arg = argv[index];
	return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/**
 * "status:503@GET:/calendars/x2" → { kind: 'status', status: 503, method: 'GET', path: '/calendars/', times: 2 }
 * @param {string} text
 * @returns {import('./faults').FaultRule}
 */
function parseFault(text) {
	const match = /^(\w+)(?::(\d+))?@(\w+):(\S+?)(?:x(\d+))?$/.exec(text ?? '');
	if (!match)
		throw new Error(`Invalid --fault ${text}: expected KIND[:STATUS]@METHOD:PATH[xTIMES]`);
	const [, kind, status, method, path, times] = match;
	return /** @type {import('./faults').FaultRule} */ ({
		kind,
		status: status ? Number(status) : undefined,
		method,
		path,
		times: times ? Number(times) : undefined,
	});
}

async function main() {
	const argv = process.argv.slice(2);
	const port = Number(option(argv, '--port') ?? process.env.PORT ?? 4010);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
	const host = option(argv, '--host') ?? '127.0.0.1';
	/** @type {import('./faults').FaultOptions} */
	const faults = {};
	if (argv.includes('--no-rate-limit')) faults.rateLimit = false;
	const rate = option(argv, '--rate-limit');
	if (rate) {
		const [max, intervalMs] = rate.split('/').map(Number);
		faults.rateLimit = { max, intervalMs: intervalMs || 10_000 };
	}
	faults.rules = argv.flatMap((arg, i) => (arg === '--fault' ? [parseFault(argv[i + 1])] : []));

	const sandbox = await startSandbox({ port, host, faults });
	for (const [i, arg] of argv.entries()) {
		if (arg !== '--webhook') continue;
		const [url, scheme] = String(argv[i + 1]).split('#');
		sandbox.webhooks.subscribe(url, {
			scheme: /** @type {import('./webhooks').Scheme} */ (scheme || 'ed25519'),
		});
	}
	process.stdout.write(
		`${JSON.stringify({
			url: sandbox.url,
			specDir: sandbox.spec.dir,
			pitToken: DEFAULTS.pitToken,
			locationId: DEFAULTS.locationId,
			companyId: DEFAULTS.companyId,
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
			webhookPublicKeys: sandbox.webhooks.publicKeys,
			oauth: {
				clientId: DEFAULTS.clientId,
				clientSecret: DEFAULTS.clientSecret,
				accessToken: DEFAULTS.oauthAccessToken,
				refreshToken: DEFAULTS.refreshToken,
				authCode: DEFAULTS.authCode,
				tokenUrl: `${sandbox.url}/oauth/token`,
				authorizeUrl: `${sandbox.url}/oauth/chooselocation`,
			},
		})}\n`,
	);

	const stop = () => {
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error) => {
	console.error(`[highlevel-sandbox] ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});

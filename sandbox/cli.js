#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Runs the HighLevel sandbox until SIGINT/SIGTERM:
 *   node sandbox/cli.js [--port 4010] [--host 127.0.0.1] [--no-rate-limit]
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

async function main() {
	const argv = process.argv.slice(2);
	const port = Number(option(argv, '--port') ?? process.env.PORT ?? 4010);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
	const host = option(argv, '--host') ?? '127.0.0.1';
	const faults = argv.includes('--no-rate-limit') ? { rateLimit: /** @type {const} */ (false) } : undefined;

	const sandbox = await startSandbox({ port, host, faults });
	process.stdout.write(
		`${JSON.stringify({
			url: sandbox.url,
			specDir: sandbox.spec.dir,
			pitToken: DEFAULTS.pitToken,
			locationId: DEFAULTS.locationId,
			companyId: DEFAULTS.companyId,
			calendarId: DEFAULTS.calendarId,
			contactId: DEFAULTS.contactId,
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

// @ts-check
'use strict';

const path = require('node:path');

const { ROOT } = require('./lines');

/**
 * The credentials the workflows of examples/ and of scripts/e2e/workflows/ reference (ids
 * hlSandboxToken / hlSandboxOAuth2 / hlSandboxAgency), as
 * `n8n import:credentials` takes them, with the sandbox's credential data (sandbox/defaults.js).
 * `forDocs` leaves the OAuth2 Authorization URL and Scope at their defaults, as users see them.
 * @param {string} url the sandbox's URL
 */
function sandboxCredentials(url, { forDocs = false } = {}) {
	const { sandboxCredentialData } = require(path.join(ROOT, 'sandbox', 'defaults.js'));
	const data = sandboxCredentialData(url);
	const oauth2 = { ...data.highLevelCalendarsOAuth2Api };
	if (forDocs) {
		delete oauth2.authUrl;
		delete oauth2.scope;
	}
	return [
		{
			id: 'hlSandboxToken',
			name: 'HighLevel sandbox (Private Integration Token)',
			type: 'highLevelCalendarsTokenApi',
			data: data.highLevelCalendarsTokenApi,
		},
		{
			id: 'hlSandboxOAuth2',
			name: 'HighLevel sandbox (OAuth2)',
			type: 'highLevelCalendarsOAuth2Api',
			data: oauth2,
		},
		{
			id: 'hlSandboxAgency',
			name: 'HighLevel sandbox (Agency OAuth2)',
			type: 'highLevelCalendarsAgencyOAuth2Api',
			data: data.highLevelCalendarsAgencyOAuth2Api,
		},
	];
}

module.exports = { sandboxCredentials };

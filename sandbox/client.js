// @ts-check
'use strict';

const { DEFAULTS } = require('./defaults');

/**
 * Calls a sandbox as a HighLevel client would: the Private Integration Token and the calendars
 * `Version`. Resolves with the parsed answer; a failure status throws with HighLevel's answer.
 * For tests and scripts that set up state (book, change, delete) the way another app would.
 * @param {string} baseUrl the sandbox's URL
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
async function callAsClient(baseUrl, method, path, body) {
	const response = await fetch(`${baseUrl}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${DEFAULTS.pitToken}`,
			Version: '2021-04-15',
			Accept: 'application/json',
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

module.exports = { callAsClient };

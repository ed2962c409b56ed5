// @ts-check
/**
 * The process environment n8n-core expects. Must be required before anything loads n8n-core or
 * @n8n/config: every other file of the harness requires it (through ./logger) first.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// InstanceSettings (constructed lazily by every node execution context) reads
// `$N8N_USER_FOLDER/.n8n/config`, and if it does not exist *writes* one with a freshly
// generated encryption key. Without N8N_USER_FOLDER that is ~/.n8n — a developer's real
// n8n instance. A throwaway folder keeps us away from it; N8N_ENCRYPTION_KEY is then not
// needed (the key is generated into the temp folder; it only encrypts in-memory
// `Credentials` objects here).
if (!process.env.N8N_USER_FOLDER) {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-engine-'));
	process.env.N8N_USER_FOLDER = userFolder;
	process.env.ENGINE_OWNED_USER_FOLDER = userFolder;
}
// Only a folder we (or test/setup-env.js) made up is deleted — never one the user chose.
if (
	process.env.ENGINE_OWNED_USER_FOLDER &&
	process.env.ENGINE_OWNED_USER_FOLDER === process.env.N8N_USER_FOLDER
) {
	const ownedFolder = process.env.ENGINE_OWNED_USER_FOLDER;
	const removeOwnedFolder = () => {
		try {
			fs.rmSync(ownedFolder, { recursive: true, force: true });
		} catch {
			// best effort: a leftover temp folder is harmless
		}
	};
	// Under jest, `process` is a per-file sandbox copy whose 'exit' never fires, so use the
	// file's afterAll (registering throws if we are first required inside a test — then
	// the folder simply stays).
	const jestAfterAll = /** @type {any} */ (globalThis).afterAll;
	if (typeof jestAfterAll === 'function') {
		try {
			jestAfterAll(removeOwnedFolder);
		} catch {
			// required from within a test body
		}
	} else {
		process.once('exit', removeOwnedFolder);
	}
}

// @ts-check
/**
 * The logger n8n's CLI would put in the DI container, and a way for tests to read what was logged.
 *
 * n8n-core resolves `Logger` from the DI container (NodeExecutionContext.logger,
 * InstanceSettings, ErrorReporter) and logs through LoggerProxy. The real Logger builds a
 * winston console transport from GlobalConfig, which is noisy in test output ("No
 * encryption key found - Auto-generating…", ErrorReporter dumping every node error).
 * Registering our own instance before anything asks the container for one keeps the run
 * silent unless ENGINE_DEBUG=1, or a test captures the lines with captureLogs().
 */
'use strict';

require('./environment');

const { Container } = require('@n8n/di');
const { Logger } = require('@n8n/backend-common');
const { LoggerProxy } = require('n8n-workflow');
// loaded before our logger is registered, as when the harness was one file
require('n8n-core');

/**
 * @typedef {import('n8n-workflow').Logger} LoggerType
 * @typedef {'error' | 'warn' | 'info' | 'debug'} LogLevel
 * @typedef {{ level: LogLevel; message: string; metadata?: object; line: string }} LogRecord
 */

const DEBUG = process.env.ENGINE_DEBUG === '1' || process.env.ENGINE_DEBUG === 'true';

/** @type {Set<LogRecord[]>} every capture in progress */
const captures = new Set();

/** True when a log line goes somewhere: ENGINE_DEBUG, or a capture in progress. */
function isLogging() {
	return DEBUG || captures.size > 0;
}

/** @param {unknown} value */
function safeStringify(value) {
	try {
		return JSON.stringify(value, (_k, v) =>
			v instanceof Error ? { name: v.name, message: v.message } : v,
		);
	} catch {
		return String(value);
	}
}

/**
 * @param {LogLevel} level
 * @returns {(message: string, metadata?: object) => void}
 */
function makeLogFn(level) {
	return (message, metadata) => {
		if (!isLogging()) return;
		const meta = metadata && Object.keys(metadata).length ? ` ${safeStringify(metadata)}` : '';
		const line = `[n8n ${level}] ${message}${meta}`;
		for (const records of captures) records.push({ level, message, metadata, line });
		if (DEBUG) process.stderr.write(`${line}\n`);
	};
}

/** @type {LoggerType & { scoped: () => any }} */
const engineLogger = {
	error: makeLogFn('error'),
	warn: makeLogFn('warn'),
	info: makeLogFn('info'),
	debug: makeLogFn('debug'),
	scoped: () => engineLogger,
};
Container.set(Logger, /** @type {any} */ (engineLogger));
LoggerProxy.init(engineLogger);

/**
 * Records every line logged through the harness's logger (n8n-core's Logger from the container,
 * LoggerProxy, the harness itself) from now until `stop()`, at every level, whether or not
 * ENGINE_DEBUG is set. `records` keeps the metadata objects as logged (errors and all).
 */
function captureLogs() {
	/** @type {LogRecord[]} */
	const records = [];
	captures.add(records);
	return {
		records,
		/** The formatted lines, as ENGINE_DEBUG=1 would print them. */
		get lines() {
			return records.map((record) => record.line);
		},
		stop() {
			captures.delete(records);
		},
	};
}

// Every ExecuteContext pulls SSHClientsManager from the container (for SSH-tunnel
// helpers), whose constructor starts a 60 s cleanup setInterval that is never unref'd —
// a script or jest worker would then hang after its last node ran. Create it now and let
// the timer not hold the process open. Internal path, hence the guard: if a future
// n8n-core moves it, we only lose the unref.
try {
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');
	// `cleanupTimer` is private in the .d.ts
	/** @type {any} */ (Container.get(SSHClientsManager)).cleanupTimer?.unref();
} catch {
	engineLogger.warn('engine: could not unref SSHClientsManager cleanup timer');
}

module.exports = { engineLogger, captureLogs, isLogging, DEBUG };

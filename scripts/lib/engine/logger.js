// @ts-check
/**
 * The logger n8n's CLI would put in the DI container.
 *
 * n8n-core resolves `Logger` from the DI container (NodeExecutionContext.logger,
 * InstanceSettings, ErrorReporter) and logs through LoggerProxy. The real Logger builds a
 * winston console transport from GlobalConfig, which is noisy in test output ("No
 * encryption key found - Auto-generating…", ErrorReporter dumping every node error).
 * Registering our own instance before anything asks the container for one keeps the run
 * silent unless ENGINE_DEBUG=1.
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
 */

const DEBUG = process.env.ENGINE_DEBUG === '1' || process.env.ENGINE_DEBUG === 'true';

/** @param {unknown} value */
function safeStringify(value) {
	try {
		return JSON.stringify(value, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v));
	} catch {
		return String(value);
	}
}

/**
 * @param {LogLevel} level
 * @returns {(message: string, metadata?: object) => void}
 */
function makeLogFn(level) {
	if (!DEBUG) return () => {};
	return (message, metadata) => {
		const meta = metadata && Object.keys(metadata).length ? ` ${safeStringify(metadata)}` : '';
		process.stderr.write(`[n8n ${level}] ${message}${meta}\n`);
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

module.exports = { engineLogger, DEBUG };

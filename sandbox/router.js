// @ts-check
'use strict';

/**
 * Matches request paths against the route table and pairs every route with its spec operation.
 */

/**
 * @typedef {object} CompiledRoute
 * @property {import('./routes/index').Route} route
 * @property {import('./spec').Operation | undefined} operation undefined only for offSpec routes
 * @property {RegExp} pattern
 * @property {string[]} paramNames
 * @property {number} literalSegments used to prefer `/calendars/events` over `/calendars/{calendarId}`
 */

/**
 * @typedef {object} RouteMatch
 * @property {CompiledRoute} compiled
 * @property {Record<string, string>} params
 */

/**
 * Trailing slashes do not matter to the API (`/calendars` and `/calendars/` are the same operation).
 * @param {string} path
 */
function normalizePath(path) {
	const trimmed = path.replace(/\/+$/, '');
	return trimmed === '' ? '/' : trimmed;
}

/** @param {string} text */
function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @param {import('./routes/index').Route[]} routes
 * @param {import('./spec').Spec} spec
 */
function createRouter(routes, spec) {
	/** @type {CompiledRoute[]} */
	const compiled = routes.map((route) => {
		const operation = route.offSpec ? undefined : spec.find(route.method, route.path);
		if (!route.offSpec && !operation) {
			// A typo in a route path would silently skip all validation; refuse to start instead.
			throw new Error(
				`Sandbox route ${route.method} ${route.path} is not an operation of the HighLevel spec`,
			);
		}
		const segments = normalizePath(route.path).split('/').slice(1);
		/** @type {string[]} */
		const paramNames = [];
		const source = segments
			.map((segment) => {
				const param = /^\{(\w+)\}$/.exec(segment);
				if (!param) return escapeRegExp(segment);
				paramNames.push(param[1]);
				return '([^/]+)';
			})
			.join('/');
		return {
			route,
			operation,
			pattern: new RegExp(`^/${source}$`),
			paramNames,
			literalSegments: segments.length - paramNames.length,
		};
	});
	compiled.sort((a, b) => b.literalSegments - a.literalSegments);

	return {
		routes: compiled,
		/**
		 * @param {string} method
		 * @param {string} path
		 * @returns {RouteMatch | undefined}
		 */
		match(method, path) {
			const normalized = normalizePath(path);
			for (const candidate of compiled) {
				if (candidate.route.method !== method.toUpperCase()) continue;
				const found = candidate.pattern.exec(normalized);
				if (!found) continue;
				/** @type {Record<string, string>} */
				const params = {};
				candidate.paramNames.forEach((name, index) => {
					params[name] = safeDecode(found[index + 1]);
				});
				return { compiled: candidate, params };
			}
			return undefined;
		},
	};
}

/** @param {string} value */
function safeDecode(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

module.exports = { createRouter, normalizePath };

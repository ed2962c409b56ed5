// @ts-check
'use strict';

/** Small HTTP helpers shared by the server and the routes. */

/** An error that is an API answer: the server sends `status` with `body` as JSON. */
class HttpError extends Error {
	/**
	 * @param {number} status
	 * @param {unknown} body
	 * @param {Record<string, string>} [headers]
	 */
	constructor(status, body, headers = {}) {
		super(
			typeof body === 'object' && body && 'message' in body
				? String(body.message)
				: `HTTP ${status}`,
		);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

/**
 * 400 in the shape HighLevel uses for business-rule failures.
 * @param {string} message
 */
function badRequest(message) {
	return new HttpError(400, { statusCode: 400, message });
}

/**
 * 404 for a resource that does not exist.
 * @param {string} message
 */
function notFound(message) {
	return new HttpError(404, { statusCode: 404, message });
}

/**
 * 422 in the class-validator shape.
 * @param {string[]} messages
 */
function unprocessable(messages) {
	return new HttpError(422, { statusCode: 422, message: messages, error: 'Unprocessable Entity' });
}

/**
 * A query value the spec declares as a string holding epoch milliseconds; anything else is a 422.
 * @param {unknown} value
 * @param {string} field
 * @returns {number}
 */
function epochMillis(value, field) {
	const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
	if (Number.isNaN(ms)) {
		throw unprocessable([`${field} must be a number string (epoch milliseconds)`]);
	}
	return ms;
}

/**
 * The query the events and blocked-slots lists share: a calendar, user or group (422 without one) and
 * a window of epoch milliseconds.
 * @param {Record<string, any>} query
 * @returns {{ from: number, to: number }}
 */
function eventWindow(query) {
	if (!query.calendarId && !query.userId && !query.groupId) {
		throw unprocessable(['Either of calendarId, userId or groupId is required']);
	}
	return {
		from: epochMillis(query.startTime, 'startTime'),
		to: epochMillis(query.endTime, 'endTime'),
	};
}

/**
 * @param {import('http').IncomingMessage} req
 * @returns {Promise<string>}
 */
function readRawBody(req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/**
 * @param {string | undefined} header
 * @returns {string} the bare media type, lower case (`application/json`)
 */
function mediaType(header) {
	return (header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Parses a request body by its Content-Type. JSON and form bodies become objects; anything else stays
 * unparsed (undefined), like an Express app that only mounts those two parsers.
 * @param {string} raw
 * @param {string | undefined} contentType
 * @returns {{ body: unknown, error?: string }}
 */
function parseBody(raw, contentType) {
	if (raw.length === 0) return { body: undefined };
	const type = mediaType(contentType);
	if (type === 'application/json' || type.endsWith('+json')) {
		try {
			return { body: JSON.parse(raw) };
		} catch (error) {
			return { body: undefined, error: /** @type {Error} */ (error).message };
		}
	}
	if (type === 'application/x-www-form-urlencoded') {
		return { body: Object.fromEntries(new URLSearchParams(raw)) };
	}
	return { body: undefined };
}

/**
 * Query string to an object; a repeated parameter becomes an array, as Express does.
 * @param {URLSearchParams} params
 * @returns {Record<string, string | string[]>}
 */
function queryObject(params) {
	/** @type {Record<string, string | string[]>} */
	const out = {};
	for (const [key, value] of params) {
		const existing = out[key];
		if (existing === undefined) out[key] = value;
		else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return out;
}

/**
 * @param {import('http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
	const payload = body === undefined ? '' : JSON.stringify(body);
	res.writeHead(status, {
		...headers,
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(payload),
	});
	res.end(payload);
}

module.exports = {
	HttpError,
	badRequest,
	eventWindow,
	notFound,
	unprocessable,
	readRawBody,
	parseBody,
	queryObject,
	sendJson,
	mediaType,
};

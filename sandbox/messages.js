// @ts-check
'use strict';

/**
 * Turns ajv errors into the messages HighLevel's NestJS class-validator pipe produces, e.g.
 * `property foo should not exist`, `slotDuration must be a number conforming to the specified constraints`,
 * `appointmentStatus must be one of the following values: new, confirmed`.
 * Clients (and the people reading their error output) see the same wording as with the real API.
 */

/** @type {Record<string, string>} */
const TYPE_PHRASES = {
	string: 'must be a string',
	number: 'must be a number conforming to the specified constraints',
	integer: 'must be an integer number',
	boolean: 'must be a boolean value',
	array: 'must be an array',
	object: 'must be an object',
	null: 'must be null',
};

/**
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {string[]} unique messages, in ajv's order
 */
function formatAjvErrors(errors) {
	const messages = errors.flatMap(formatError);
	return [...new Set(messages)];
}

/**
 * @param {import('ajv').ErrorObject} error
 * @returns {string[]}
 */
function formatError(error) {
	const segments = pointerSegments(error.instancePath);
	const subject = describe(segments);
	/** @type {Record<string, any>} */
	const params = error.params;
	switch (error.keyword) {
		case 'additionalProperties':
			return [`property ${joinPath([...segments, params.additionalProperty])} should not exist`];
		case 'required': {
			const name = joinPath([...segments, params.missingProperty]);
			const declared = error.parentSchema?.properties?.[params.missingProperty];
			const typeMessage = typePhrase(declared?.type);
			// class-validator reports both the emptiness and the type constraint of a missing field.
			return typeMessage
				? [`${name} should not be empty`, `${name} ${typeMessage}`]
				: [`${name} should not be empty`];
		}
		case 'type':
			return [`${subject} ${typePhrase(params.type) ?? `must be of type ${params.type}`}`];
		case 'enum':
			return [`${subject} must be one of the following values: ${params.allowedValues.join(', ')}`];
		case 'minimum':
		case 'exclusiveMinimum':
			return [`${subject} must not be less than ${params.limit}`];
		case 'maximum':
		case 'exclusiveMaximum':
			return [`${subject} must not be greater than ${params.limit}`];
		case 'minLength':
			return [`${subject} must be longer than or equal to ${params.limit} characters`];
		case 'maxLength':
			return [`${subject} must be shorter than or equal to ${params.limit} characters`];
		case 'minItems':
			return [`${subject} must contain at least ${params.limit} elements`];
		case 'maxItems':
			return [`${subject} must contain no more than ${params.limit} elements`];
		case 'pattern':
			return [`${subject} must match ${params.pattern} regular expression`];
		case 'format':
			return [
				`${subject} must be a valid ${params.format === 'date-time' ? 'ISO 8601 date string' : params.format}`,
			];
		case 'allOf':
			return []; // the failing member schema reports its own, more precise, errors
		default:
			return [`${subject} ${error.message ?? 'is invalid'}`];
	}
}

/**
 * Primitive array items are reported the class-validator way: `each value in daysOfTheWeek ...`;
 * nested object fields as a dotted path: `teamMembers.0.userId ...`.
 * @param {string[]} segments
 */
function describe(segments) {
	if (segments.length === 0) return 'body';
	const last = segments[segments.length - 1];
	if (/^\d+$/.test(last) && segments.length > 1)
		return `each value in ${joinPath(segments.slice(0, -1))}`;
	return joinPath(segments);
}

/** @param {string[]} segments */
function joinPath(segments) {
	return segments.join('.');
}

/** @param {unknown} type */
function typePhrase(type) {
	if (Array.isArray(type)) type = type.find((t) => t !== 'null');
	return typeof type === 'string' ? TYPE_PHRASES[type] : undefined;
}

/** @param {string} pointer a JSON pointer such as `/teamMembers/0/userId` */
function pointerSegments(pointer) {
	if (!pointer) return [];
	return pointer
		.slice(1)
		.split('/')
		.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

module.exports = { formatAjvErrors };

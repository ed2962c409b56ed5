import { NodeApiError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import {
	highLevelMessage,
	readHttpFailure,
	scopeFor,
	toApiError,
} from '../../../nodes/HighLevelCalendars/shared/transport/errors';

const node: INode = {
	id: '1',
	name: 'HighLevel Calendars',
	type: 'n8n-nodes-highlevel-calendars.highLevelCalendars',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

describe('highLevelMessage', () => {
	it('reads a string, an array, or a JSON text; ignores what is not HighLevel-shaped', () => {
		expect(highLevelMessage({ statusCode: 400, message: 'Slot taken' })).toBe('Slot taken');
		expect(
			highLevelMessage({ message: ['a must be a string', 'property b should not exist'] }),
		).toBe('a must be a string; property b should not exist');
		expect(highLevelMessage('{"message":"x"}')).toBe('x');
		expect(highLevelMessage('<html>502</html>')).toBeUndefined();
		expect(highLevelMessage(undefined)).toBeUndefined();
	});
});

describe('scopeFor', () => {
	it('names the scope the spec declares for the request', () => {
		expect(scopeFor('POST', '/calendars/')).toBe('calendars.write');
		expect(scopeFor('GET', '/calendars/abc')).toBe('calendars.readonly');
		expect(scopeFor('PUT', '/calendars/events/appointments/x')).toBe('calendars/events.write');
		expect(scopeFor('GET', '/users/')).toBe('users.readonly');
	});
});

describe('toApiError', () => {
	const axiosLike = (status: number, data: unknown) => ({
		message: 'Request failed',
		config: { headers: { Authorization: 'Bearer secret-token-123' } },
		response: { status, data, headers: { 'X-RateLimit-Remaining': '3' } },
	});

	it('carries HighLevel message, HTTP code and a hint, and nothing from the request', () => {
		const failure = readHttpFailure({
			cause: axiosLike(401, { statusCode: 401, message: 'Invalid token' }),
		});
		expect(failure.headers['x-ratelimit-remaining']).toBe('3');
		const error = toApiError(node, failure, {
			method: 'POST',
			path: '/calendars/events/appointments',
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Invalid token');
		expect(error.httpCode).toBe('401');
		expect(error.description).toContain('calendars/events.write');
		expect(JSON.stringify(error)).not.toContain('secret-token-123');
	});

	it('names the missing scope on a 403 and says how to add it', () => {
		const error = toApiError(
			node,
			readHttpFailure(axiosLike(403, { statusCode: 403, message: 'Forbidden' })),
			{ method: 'POST', path: '/calendars/groups' },
		);
		expect(error.message).toBe('Forbidden');
		expect(error.description).toContain('"calendars/groups.write"');
		expect(error.description).toContain('then reconnect the credential');
		expect(error.description).toContain('Private Integrations');
	});

	it('joins an array message of a 422 and says when there was no body', () => {
		const unprocessable = toApiError(
			node,
			readHttpFailure(
				axiosLike(422, {
					statusCode: 422,
					message: ['x must be a number'],
					error: 'Unprocessable Entity',
				}),
			),
			{ method: 'POST', path: '/calendars/' },
		);
		expect(unprocessable.message).toBe('x must be a number');
		expect(unprocessable.httpCode).toBe('422');
		const empty = toApiError(node, readHttpFailure(axiosLike(502, '')), {
			method: 'GET',
			path: '/calendars/',
		});
		expect(empty.message).toBe('HighLevel answered with HTTP 502 and no body');
	});

	it('names the network code when no response came', () => {
		const error = toApiError(node, readHttpFailure({ code: 'ECONNRESET' }), {
			method: 'GET',
			path: '/calendars/',
		});
		// NodeApiError rewrites well-known network codes into its own plain-language sentence.
		expect(error.message).toMatch(/connection to the server was closed/);
	});
});

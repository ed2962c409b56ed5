import { NodeApiError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import {
	COMMON_ERROR_CODES,
	createFailureMessage,
	failureSummary,
	isOutcomeUnknown,
	markOutcomeUnknown,
	noteBeforeOutcome,
	outcomeInWords,
	safeText,
	unknownAfter,
	unknownOutcomeHint,
} from '../../../nodes/HighLevelCalendars/shared/transport/outcome';

const node: INode = {
	id: '1',
	name: 'HighLevel Calendars',
	type: 'n8n-nodes-highlevel-calendars.highLevelCalendars',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const RESEND_ADVICE = /retry|try again|again later|immediately|re-?run|re-?send/i;

describe('failureSummary', () => {
	it('names the HTTP code, or the network failure in words', () => {
		expect(failureSummary({ status: 503, headers: {} })).toBe('HTTP 503');
		expect(failureSummary({ code: 'ECONNRESET', headers: {} })).toBe('the connection was reset');
		expect(failureSummary({ code: 'ETIMEDOUT', headers: {} })).toBe('no answer within the timeout');
		expect(failureSummary({ code: 'EWHATEVER', headers: {} })).toBe('no answer (network error)');
		expect(failureSummary({ headers: {} })).toBe('no answer');
	});
});

describe('createFailureMessage', () => {
	it('says what became of the object, in words n8n keeps', () => {
		expect(
			createFailureMessage(
				'Service Unavailable',
				{ status: 503, headers: {} },
				'appointment',
				'unknown',
			),
		).toBe(
			'Service Unavailable [HTTP 503 after the request was sent: the appointment may have been created]',
		);
		expect(
			createFailureMessage('Slot taken', { status: 400, headers: {} }, 'appointment', 'refused'),
		).toBe('Slot taken [HTTP 400: the appointment was not created]');
		expect(
			createFailureMessage(
				'No answer',
				{ code: 'ECONNREFUSED', headers: {} },
				'notifications',
				'notSent',
			),
		).toBe('No answer [the connection was refused, not sent: the notifications were not created]');
	});

	it('keeps every network code out of the message, so NodeApiError leaves it as it is', () => {
		for (const code of COMMON_ERROR_CODES) {
			const message = createFailureMessage(
				`No answer from HighLevel (${code.toLowerCase()})`,
				{ code, headers: {} },
				'block slot',
				'unknown',
			);
			for (const other of COMMON_ERROR_CODES) expect(message.toUpperCase()).not.toContain(other);
			expect(new NodeApiError(node, { message: 'x' }, { message }).message).toBe(message);
			expect(message).not.toMatch(RESEND_ADVICE);
		}
		// Without safeText, n8n would have replaced it with its advice to retry.
		expect(
			new NodeApiError(node, { message: 'x' }, { message: 'No answer (ECONNRESET)' }).message,
		).toMatch(RESEND_ADVICE);
		expect(safeText('No answer from HighLevel (ETIMEDOUT)')).toBe(
			'No answer from HighLevel (no answer within the timeout)',
		);
	});

	it('the hint for an unknown outcome advises to look, not to resend', () => {
		expect(unknownOutcomeHint('calendar')).toMatch(/^HighLevel may have created the calendar/);
		expect(unknownOutcomeHint('calendar')).not.toMatch(RESEND_ADVICE);
	});
});

describe('markOutcomeUnknown', () => {
	it('marks an error with what happened', () => {
		const error = new Error('x');
		expect(isOutcomeUnknown(error)).toBe(false);
		markOutcomeUnknown(error, 'HTTP 502');
		expect(isOutcomeUnknown(error)).toBe(true);
		expect(unknownAfter(error)).toBe('HTTP 502');
		expect(isOutcomeUnknown(undefined)).toBe(false);
	});
});

describe('one bracket, last', () => {
	const unknown = createFailureMessage(
		'Service Unavailable',
		{ status: 503, headers: {} },
		'contact',
		'unknown',
	);

	it('adds a note before the outcome bracket, which stays last', () => {
		expect(noteBeforeOutcome(unknown, 'the look-up failed too, HTTP 500')).toBe(
			'Service Unavailable; the look-up failed too, HTTP 500 [HTTP 503 after the request was sent: the contact may have been created]',
		);
		expect(noteBeforeOutcome('No bracket', 'a note')).toBe('No bracket; a note');
	});

	it('puts another create’s outcome in words, so that the item’s own is the one bracket', () => {
		expect(createFailureMessage(unknown, undefined, 'appointment', 'notSent')).toBe(
			'Service Unavailable (HTTP 503 after the request was sent: the contact may exist) [not sent: the appointment was not created]',
		);
		expect(outcomeInWords('Bad [request]')).toBe('Bad [request]');
	});

	it('keeps a message that already ends with the same outcome as it is', () => {
		const once = createFailureMessage('Start Time: bad', undefined, 'appointment', 'notSent');
		expect(createFailureMessage(once, undefined, 'appointment', 'notSent')).toBe(once);
		expect(once).toBe('Start Time: bad [not sent: the appointment was not created]');
	});
});

import { NodeApiError } from 'n8n-workflow';

import { markOutcomeUnknown } from '../../../nodes/HighLevelCalendars/shared/transport/outcome';
import {
	CLOCK_SKEW_MS,
	Undecidable,
	createdSince,
	newest,
	sendOrRecover,
} from '../../../nodes/HighLevelCalendars/shared/transport/recover';

const sentAt = Date.parse('2027-02-01T15:00:00Z');

describe('createdSince', () => {
	it('counts an object dated at or after the send (within the clock margin) as ours', () => {
		expect(createdSince({ dateAdded: '2027-02-01T15:00:01Z' }, sentAt)).toBe(true);
		expect(createdSince({ dateAdded: '2027-02-01T20:30:01+05:30' }, sentAt)).toBe(true);
		const inMargin = new Date(sentAt - CLOCK_SKEW_MS + 1000).toISOString();
		expect(createdSince({ dateAdded: inMargin }, sentAt)).toBe(true);
	});

	it('counts an older one as someone else’s, and one without a date as unknown', () => {
		expect(createdSince({ dateAdded: '2027-02-01T14:50:00Z' }, sentAt)).toBe(false);
		expect(createdSince({}, sentAt)).toBeUndefined();
		expect(createdSince({ dateAdded: { seconds: 1 } }, sentAt)).toBeUndefined();
	});
});

describe('newest', () => {
	it('picks the match made since the send, passing over older ones', () => {
		const older = { id: 'a', dateAdded: '2027-02-01T14:00:00Z' };
		const ours = { id: 'b', dateAdded: '2027-02-01T15:00:02Z' };
		expect(newest([older, ours], sentAt)).toBe(ours);
		expect(newest([older], sentAt)).toBeUndefined();
		expect(newest([], sentAt)).toBeUndefined();
	});

	it('will not decide on a match without a date: it may be older than the request', () => {
		expect(() => newest([{ id: 'c' }], sentAt)).toThrow(Undecidable);
		expect(() => newest([{ id: 'c' }], sentAt)).toThrow(
			'one with ID c exists, but HighLevel does not say when it was created',
		);
	});
});

describe('sendOrRecover', () => {
	const node = {
		id: '1',
		name: 'HighLevel',
		type: 'x',
		typeVersion: 1,
		position: [0, 0] as [number, number],
		parameters: {},
	};
	const unclear = () =>
		markOutcomeUnknown(
			Object.assign(new NodeApiError(node, { message: 'x' }, { message: 'x', httpCode: '503' }), {
				message:
					'Service Unavailable [HTTP 503 after the request was sent: the room may have been created]',
			}),
			'HTTP 503',
		);
	const recovered = (found: string, after: string) => `${found} (recovered after ${after})`;

	it('returns what the look-up finds after an unclear failure, without sending again', async () => {
		const attempt = jest.fn().mockRejectedValueOnce(unclear());
		const lookUp = jest.fn().mockResolvedValue('room-1');
		await expect(sendOrRecover(attempt, lookUp, recovered, () => 42)).resolves.toBe(
			'room-1 (recovered after HTTP 503)',
		);
		expect(attempt).toHaveBeenCalledTimes(1);
		expect(lookUp).toHaveBeenCalledWith(42);
	});

	it('sends once more when nothing is found, and no more than that', async () => {
		const again = jest.fn().mockRejectedValueOnce(unclear()).mockResolvedValueOnce('made');
		await expect(sendOrRecover(again, async () => undefined, recovered)).resolves.toBe('made');
		expect(again).toHaveBeenCalledTimes(2);

		const never = jest.fn().mockImplementation(async () => await Promise.reject(unclear()));
		await expect(sendOrRecover(never, async () => undefined, recovered)).rejects.toThrow(
			'Service Unavailable; it was sent twice and not found in HighLevel after either [HTTP 503 after the request was sent: the room may have been created]',
		);
		expect(never).toHaveBeenCalledTimes(2);
	});

	it('fails with the safe message, its bracket last, when the look-up fails or cannot decide', async () => {
		const failing = async () =>
			await Promise.reject(new NodeApiError(node, {}, { httpCode: '500' }));
		await expect(
			sendOrRecover(async () => await Promise.reject(unclear()), failing, recovered),
		).rejects.toThrow(
			'Service Unavailable; the node could not check whether it was created: the look-up failed too, HTTP 500 [HTTP 503 after the request was sent: the room may have been created]',
		);
		const undecided = async () => await Promise.reject(new Undecidable('one with ID r exists'));
		await expect(
			sendOrRecover(async () => await Promise.reject(unclear()), undecided, recovered),
		).rejects.toThrow(/could not check whether it was created: one with ID r exists \[HTTP 503/);
	});

	it('passes any other failure on untouched, without a look-up', async () => {
		const refused = new NodeApiError(node, {}, { message: 'Bad Request', httpCode: '400' });
		const lookUp = jest.fn();
		await expect(
			sendOrRecover(async () => await Promise.reject(refused), lookUp, recovered),
		).rejects.toBe(refused);
		expect(lookUp).not.toHaveBeenCalled();
	});
});

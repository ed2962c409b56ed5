import {
	CLOCK_SKEW_MS,
	Undecidable,
	createdSince,
	newest,
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

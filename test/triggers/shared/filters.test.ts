import { dropReason, listOf } from '../../../nodes/shared/appointmentEvents/filters';

const any = { events: [], calendarIds: [], statuses: [] };
const facts = {
	event: 'appointmentBooked' as const,
	calendarId: 'c1',
	locationId: 'l1',
	status: 'confirmed',
};

describe('filters', () => {
	it('passes everything when nothing is chosen', () => {
		expect(dropReason(any, facts)).toBeUndefined();
	});

	it('drops by event, sub-account, calendar and status, saying why', () => {
		expect(dropReason({ ...any, events: ['appointmentCancelled'] }, facts)).toBe(
			'event appointmentBooked not chosen',
		);
		expect(dropReason({ ...any, locationId: 'l2' }, facts)).toBe('another sub-account');
		expect(dropReason({ ...any, calendarIds: ['c2', 'c3'] }, facts)).toBe('another calendar');
		expect(dropReason({ ...any, statuses: ['showed'] }, facts)).toBe('another status');
		expect(
			dropReason(
				{
					events: ['appointmentBooked'],
					calendarIds: ['c2', 'c1'],
					statuses: ['new', 'confirmed'],
					locationId: 'l1',
				},
				facts,
			),
		).toBeUndefined();
	});

	it('reads lists given as arrays or comma-separated text', () => {
		expect(listOf(['a', ' b ', ''])).toEqual(['a', 'b']);
		expect(listOf('a, b,,c')).toEqual(['a', 'b', 'c']);
		expect(listOf(undefined)).toEqual([]);
	});
});

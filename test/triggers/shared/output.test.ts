import { inZone, shapeEvent } from '../../../nodes/shared/appointmentEvents/output';

const appointment = {
	id: 'a1',
	calendarId: 'c1',
	locationId: 'l1',
	appointmentStatus: 'confirmed',
	startTime: '2026-03-08T10:00:00+05:30',
	endTime: '2026-03-08T10:30:00+05:30',
};

describe('inZone', () => {
	it('gives the instant in the chosen zone with the offset in force there, across DST', () => {
		// New York springs forward on 8 March 2026 at 02:00
		expect(inZone('2026-03-08T06:30:00Z', 'America/New_York')).toBe('2026-03-08T01:30:00-05:00');
		expect(inZone('2026-03-08T07:30:00Z', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
		expect(inZone('2026-03-08T10:00:00+05:30', 'Europe/Berlin')).toBe('2026-03-08T05:30:00+01:00');
	});

	it('reads a time without offset in the zone, and leaves out what it cannot read', () => {
		expect(inZone('2026-07-01T09:00:00', 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
		expect(inZone('not a time', 'UTC')).toBeUndefined();
		expect(inZone(undefined, 'UTC')).toBeUndefined();
	});
});

describe('shapeEvent', () => {
	it('gives one flat item: event, ids, status, times in the zone, the appointment as sent', () => {
		expect(
			shapeEvent(
				{ event: 'appointmentBooked', appointment, payload: { x: 1 } },
				'America/New_York',
				false,
			),
		).toEqual({
			event: 'appointmentBooked',
			appointmentId: 'a1',
			locationId: 'l1',
			calendarId: 'c1',
			appointmentStatus: 'confirmed',
			startTime: '2026-03-07T23:30:00-05:00',
			endTime: '2026-03-08T00:00:00-05:00',
			timeZone: 'America/New_York',
			appointment,
		});
	});

	it('adds the previous start, end and status when known, and the raw payload on request', () => {
		const item = shapeEvent(
			{
				event: 'appointmentUpdated',
				appointment,
				locationId: 'l9',
				previous: {
					startTime: '2026-03-08T09:00:00+05:30',
					endTime: undefined,
					appointmentStatus: 'new',
				},
				payload: { type: 'AppointmentUpdate' },
			},
			'UTC',
			true,
		);
		expect(item.locationId).toBe('l9');
		expect(item.previous).toEqual({ startTime: '2026-03-08T03:30:00Z', appointmentStatus: 'new' });
		expect(item.payload).toEqual({ type: 'AppointmentUpdate' });
	});
});

import { changeKind, remember, webhookEvent } from '../../../nodes/shared/appointmentEvents/events';

const seen = (status: string, dateUpdated = '2026-11-29T10:00:00Z') => ({
	s: status,
	u: dateUpdated,
	t: 0,
});

describe('webhookEvent', () => {
	it('maps the three documented types', () => {
		expect(webhookEvent('AppointmentCreate', {}, undefined)).toBe('appointmentBooked');
		expect(webhookEvent('AppointmentUpdate', { appointmentStatus: 'confirmed' }, undefined)).toBe(
			'appointmentUpdated',
		);
		expect(webhookEvent('AppointmentDelete', {}, seen('confirmed'))).toBe('appointmentDeleted');
	});

	it('ignores other types (acknowledged and dropped by the trigger)', () => {
		expect(webhookEvent('ContactCreate', {}, undefined)).toBeUndefined();
		expect(webhookEvent(undefined, {}, undefined)).toBeUndefined();
	});

	it('reports an update that makes the status cancelled as Cancelled only', () => {
		expect(
			webhookEvent('AppointmentUpdate', { appointmentStatus: 'cancelled' }, seen('confirmed')),
		).toBe('appointmentCancelled');
		expect(webhookEvent('AppointmentUpdate', { appointmentStatus: 'cancelled' }, undefined)).toBe(
			'appointmentCancelled',
		);
		// already cancelled: a further change is an update
		expect(
			webhookEvent('AppointmentUpdate', { appointmentStatus: 'cancelled' }, seen('cancelled')),
		).toBe('appointmentUpdated');
	});

	it('reads an AppointmentCreate for a known appointment in another version as a change (the documented examples mislabel updates)', () => {
		const later = { appointmentStatus: 'confirmed', dateUpdated: '2026-11-29T11:00:00Z' };
		expect(webhookEvent('AppointmentCreate', later, seen('confirmed'))).toBe('appointmentUpdated');
		expect(
			webhookEvent(
				'AppointmentCreate',
				{ ...later, appointmentStatus: 'cancelled' },
				seen('confirmed'),
			),
		).toBe('appointmentCancelled');
		expect(
			webhookEvent('AppointmentCreate', { dateUpdated: '2026-11-29T10:00:00Z' }, seen('confirmed')),
		).toBe('appointmentBooked');
	});
});

describe('changeKind and remember', () => {
	it('keeps what the next change is compared with', () => {
		expect(
			remember(
				{
					id: 'a',
					dateUpdated: 'u',
					appointmentStatus: 's',
					startTime: 'b',
					endTime: 'e',
					title: 'x',
				},
				5,
			),
		).toEqual({
			u: 'u',
			s: 's',
			st: 'b',
			en: 'e',
			t: 5,
		});
		expect(changeKind('showed', seen('confirmed'))).toBe('appointmentUpdated');
	});
});

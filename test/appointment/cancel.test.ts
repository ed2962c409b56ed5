import { appointmentsIn } from '../helpers/appointments';
import { only, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

describe('Appointment: Cancel', () => {
	it('sends the cancelled status and nothing else', async () => {
		const id = await booked();
		const { json } = await appointment('cancel', { eventId: id });
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'PUT', path: `/calendars/events/appointments/${id}` });
		expect(request.body).toEqual({ appointmentStatus: 'cancelled' });
		expect(json[0]).toMatchObject({
			id,
			appointmentStatus: 'cancelled',
			startTime: '2027-02-01T10:00:00-05:00',
			title: 'Booked',
		});
	});
});

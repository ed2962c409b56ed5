import { appointmentsIn } from '../helpers/appointments';
import { only, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

describe('Appointment: Delete', () => {
	it('deletes the appointment', async () => {
		const id = await booked();
		const { json } = await appointment('delete', { eventId: id });
		expect(only(ctx.sandbox)).toMatchObject({ method: 'DELETE', path: `/calendars/events/${id}` });
		expect(json[0]).toEqual({ succeeded: true });
		expect(ctx.sandbox.store.appointments.has(id)).toBe(false);
	});
});

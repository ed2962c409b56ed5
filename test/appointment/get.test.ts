import { appointmentsIn } from '../helpers/appointments';
import { DEFAULTS, only, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

describe('Appointment: Get', () => {
	it('returns the event itself, not the { event } wrapper', async () => {
		const id = await booked();
		const { json } = await appointment('get', { eventId: id });
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'GET',
			path: `/calendars/events/appointments/${id}`,
		});
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			id,
			startTime: '2027-02-01T10:00:00-05:00',
			calendarId: DEFAULTS.calendarId,
		});
	});
});

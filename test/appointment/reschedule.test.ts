import { appointmentsIn } from '../helpers/appointments';
import { apiCalls, fromList, only, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const { appointment, booked } = appointmentsIn(ctx);

describe('Appointment: Reschedule', () => {
	it('moves the start and keeps the length when no end is given', async () => {
		const id = await booked();
		const { json, error } = await appointment('reschedule', {
			eventId: id,
			startTime: '2027-02-03T14:00:00',
		});
		expect(error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
			`GET /calendars/events/appointments/${id}`,
			`PUT /calendars/events/appointments/${id}`,
		]);
		expect(calls[1].body).toEqual({
			startTime: '2027-02-03T14:00:00-05:00',
			endTime: '2027-02-03T14:45:00-05:00',
		});
		expect(json[0]).toMatchObject({ id, appointmentStatus: 'confirmed', title: 'Booked' });
	});

	it('keeps the length in real time across a daylight-saving change', async () => {
		const id = await booked('2027-03-12T23:30:00', '2027-03-13T01:00:00');
		await appointment('reschedule', { eventId: id, startTime: '2027-03-14T00:30:00' });
		// 90 minutes after 00:30 on the night the clocks jump from 2:00 to 3:00 is 03:00 EDT.
		expect(apiCalls(ctx.sandbox)[1].body).toEqual({
			startTime: '2027-03-14T00:30:00-05:00',
			endTime: '2027-03-14T03:00:00-04:00',
		});
	});

	it('uses the given end and time zone, and can turn notifications off', async () => {
		const id = await booked();
		await appointment('reschedule', {
			eventId: id,
			startTime: '2027-02-03T16:00:00',
			appointmentRescheduleOptions: {
				endTime: '2027-02-03T17:00:00',
				timeZone: fromList('Europe/London'),
				toNotify: false,
			},
		});
		expect(only(ctx.sandbox).body).toEqual({
			startTime: '2027-02-03T16:00:00+00:00',
			endTime: '2027-02-03T17:00:00+00:00',
			toNotify: false,
		});
	});
});

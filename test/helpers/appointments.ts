import { DEFAULTS, byId, run } from './node';
import type { Sandbox } from './node';

/** Runs appointment operations against a test file's sandbox, and books appointments to work on. */
export function appointmentsIn(ctx: { sandbox: Sandbox }) {
	const appointment = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
		run(ctx.sandbox, { resource: 'appointment', operation, ...parameters }, options);

	/** Books an appointment (confirmed, titled "Booked") and forgets the request, returning its ID. */
	async function booked(
		startTime = '2027-02-01T10:00:00',
		endTime = '2027-02-01T10:45:00',
		calendarId: string = DEFAULTS.calendarId,
	): Promise<string> {
		const { json, error } = await appointment('create', {
			calendarId: byId(calendarId),
			contactId: byId(DEFAULTS.contactId),
			startTime,
			appointmentCreateFields: { endTime, appointmentStatus: 'confirmed', title: 'Booked' },
		});
		expect(error).toBeUndefined();
		ctx.sandbox.requests.length = 0;
		return json[0].id as string;
	}

	return { appointment, booked };
}

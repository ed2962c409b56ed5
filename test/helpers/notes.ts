import { appointmentsIn } from './appointments';
import { DEFAULTS, run } from './node';
import type { Sandbox } from './node';

/** Runs appointment note operations against a test file's sandbox, on appointments booked for them. */
export function notesIn(ctx: { sandbox: Sandbox }) {
	const { booked } = appointmentsIn(ctx);
	const note = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
		run(ctx.sandbox, { resource: 'appointmentNote', operation, ...parameters }, options);

	/**
	 * Adds notes "Note 1" … "Note <count>" to the appointment, oldest first, straight through the
	 * sandbox's API (not the node: many items at once only slow the tests), and forgets the requests;
	 * returns their IDs in creation order.
	 */
	async function noted(appointmentId: string, count = 1): Promise<string[]> {
		const ids: string[] = [];
		for (let i = 1; i <= count; i++) {
			const response = await fetch(
				`${ctx.sandbox.url}/calendars/appointments/${appointmentId}/notes`,
				{
					method: 'POST',
					headers: {
						Authorization: `Bearer ${DEFAULTS.pitToken}`,
						Version: '2021-04-15',
						'Content-Type': 'application/json',
					},
					body: JSON.stringify({ body: `Note ${i}` }),
				},
			);
			expect(response.status).toBe(201);
			ids.push(((await response.json()) as { note: { id: string } }).note.id);
		}
		ctx.sandbox.requests.length = 0;
		return ids;
	}

	return { note, booked, noted };
}

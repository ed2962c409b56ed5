import { appointmentsIn } from './appointments';
import { run } from './node';
import type { Sandbox } from './node';

/** Runs appointment note operations against a test file's sandbox, on appointments booked for them. */
export function notesIn(ctx: { sandbox: Sandbox }) {
	const { booked } = appointmentsIn(ctx);
	const note = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
		run(ctx.sandbox, { resource: 'appointmentNote', operation, ...parameters }, options);

	/**
	 * Adds notes "Note 1" … "Note <count>" to the appointment, oldest first, in one run of `count`
	 * items, and forgets the requests; returns their IDs in creation order.
	 */
	async function noted(appointmentId: string, count = 1): Promise<string[]> {
		const items = Array.from({ length: count }, (_, i) => ({ json: { text: `Note ${i + 1}` } }));
		const { json, error } = await note(
			'create',
			{ appointmentId, body: '={{ $json.text }}' },
			{ items },
		);
		expect(error).toBeUndefined();
		expect(json).toHaveLength(count);
		ctx.sandbox.requests.length = 0;
		return json.map((item) => item.id as string);
	}

	return { note, booked, noted };
}

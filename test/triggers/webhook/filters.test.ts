import { api, book, listen, useTriggerSandbox, DEFAULTS } from '../helpers';

const ctx = useTriggerSandbox();
const MONDAY_10 = '2027-03-01T10:00:00-05:00';
const ACK = { status: 200, body: { received: true } };

async function bookAndWait(extra: Record<string, unknown> = {}) {
	const created = await book(ctx.sandbox, MONDAY_10, extra);
	await ctx.sandbox.webhooks.idle();
	return ctx.sandbox.store.appointments.get(created.id)!;
}

describe('HighLevel Calendars Trigger: filters (acknowledged with 200, no execution)', () => {
	it('drops events not chosen', async () => {
		const trigger = await listen(ctx.sandbox, { events: ['appointmentCancelled'] });
		const appointment = await bookAndWait();
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${appointment.id}`, {
			appointmentStatus: 'cancelled',
		});
		await ctx.sandbox.webhooks.idle();
		expect(trigger.answers[0]).toEqual(ACK);
		expect(trigger.executions.map((run) => run[0].json.event)).toEqual(['appointmentCancelled']);
	});

	it('drops other sub-accounts when a Sub-Account ID is set, and accepts any without one', async () => {
		const strict = await listen(ctx.sandbox, { locationId: DEFAULTS.locationId });
		const any = await listen(ctx.sandbox);
		const appointment = await bookAndWait();
		await ctx.sandbox.webhooks.send('foreignLocation', { appointment });
		expect(strict.answers).toEqual([
			{ status: 200, body: { message: 'Workflow was started' } },
			ACK,
		]);
		expect(strict.executions).toHaveLength(1);
		expect(any.executions).toHaveLength(2);
		expect(any.executions[1][0].json.locationId).toBe(DEFAULTS.otherLocationId);
	});

	it('drops other calendars and statuses', async () => {
		const byCalendar = await listen(ctx.sandbox, { calendarIds: [DEFAULTS.roundRobinCalendarId] });
		const byStatus = await listen(ctx.sandbox, { statuses: ['showed'] });
		const appointment = await bookAndWait();
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${appointment.id}`, {
			appointmentStatus: 'showed',
		});
		await ctx.sandbox.webhooks.idle();
		expect(byCalendar.answers).toEqual([ACK, ACK]);
		expect(byStatus.answers[0]).toEqual(ACK);
		expect(byStatus.executions.map((run) => run[0].json.appointmentStatus)).toEqual(['showed']);
	});

	it('acknowledges and drops event types it does not handle', async () => {
		const trigger = await listen(ctx.sandbox, {}, { subscribe: false });
		const body = JSON.stringify({
			type: 'ContactCreate',
			locationId: DEFAULTS.locationId,
			timestamp: new Date().toISOString(),
			webhookId: 'w-contact',
		});
		ctx.sandbox.webhooks.post(trigger.url, {
			kind: 'other',
			type: 'ContactCreate',
			webhookId: 'w-contact',
			body,
			headers: ctx.sandbox.webhooks.sign(body, 'ed25519'),
		});
		await ctx.sandbox.webhooks.idle();
		expect(trigger.answers).toEqual([ACK]);
		expect(trigger.executions).toEqual([]);
	});
});

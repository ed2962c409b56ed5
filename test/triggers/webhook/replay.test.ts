import { book, listen, useTriggerSandbox } from '../helpers';

const ctx = useTriggerSandbox();
const MONDAY_10 = '2027-03-01T10:00:00-05:00';

async function bookAndWait() {
	const created = await book(ctx.sandbox, MONDAY_10);
	await ctx.sandbox.webhooks.idle();
	return ctx.sandbox.store.appointments.get(created.id)!;
}

describe('HighLevel Calendars Trigger: replays', () => {
	it('refuses a delivery whose timestamp is older than 5 minutes', async () => {
		const trigger = await listen(ctx.sandbox);
		const appointment = await bookAndWait();
		await ctx.sandbox.webhooks.send('stale', { appointment, ageMs: 5 * 60_000 + 2_000 });
		expect(trigger.answers[1]).toEqual({
			status: 401,
			body: { message: expect.stringMatching(/^Refused: timestamp is 30\d s old$/) },
		});
		expect(trigger.executions).toHaveLength(1);
	});

	it('takes the window from Max Age; 0 turns the time check off', async () => {
		const lenient = await listen(ctx.sandbox, { options: { maxAgeMinutes: 15 } });
		const appointment = await bookAndWait();
		await ctx.sandbox.webhooks.send('stale', {
			appointment,
			type: 'AppointmentUpdate',
			ageMs: 10 * 60_000,
		});
		expect(lenient.answers.map((answer) => answer.status)).toEqual([200, 200]);

		const off = await listen(ctx.sandbox, { options: { maxAgeMinutes: 0 } }, { subscribe: false });
		await ctx.sandbox.webhooks.send('stale', { appointment, url: off.url, ageMs: 24 * 3_600_000 });
		expect(off.answers[0].status).toBe(200);
		expect(off.executions).toHaveLength(1);
	});

	it('refuses a replayed webhookId, also after a restart (static data as n8n stored it)', async () => {
		const trigger = await listen(ctx.sandbox);
		const appointment = await bookAndWait();
		await ctx.sandbox.webhooks.send('replay', { appointment });
		expect(trigger.answers[1]).toEqual({
			status: 401,
			body: { message: expect.stringMatching(/^Refused: webhookId .+ was already received$/) },
		});
		expect(trigger.executions).toHaveLength(1);

		const restarted = await listen(
			ctx.sandbox,
			{},
			{ staticData: trigger.staticData, subscribe: false },
		);
		const original = ctx.sandbox.webhooks.deliveries[0];
		ctx.sandbox.webhooks.post(restarted.url, original);
		await ctx.sandbox.webhooks.idle();
		expect(restarted.answers[0].status).toBe(401);
		expect(restarted.executions).toEqual([]);
	});

	it("keeps the seen IDs in the node's static data, bounded by the window", async () => {
		const trigger = await listen(ctx.sandbox);
		await bookAndWait();
		const stored = trigger.staticData['node:HighLevel Calendars Trigger'] as {
			deliveries: Record<string, number>;
		};
		expect(Object.keys(stored.deliveries)).toEqual([ctx.sandbox.webhooks.deliveries[0].webhookId]);
	});
});

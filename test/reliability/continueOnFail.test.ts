import { DEFAULTS, apiCalls, byId, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();

describe('Continue On Fail', () => {
	it('pairs each failed item with its input and processes the others', async () => {
		const input = [
			{ json: { start: '2027-02-01T10:00:00' } },
			{ json: { start: 'not a time' } },
			{ json: { start: '2027-02-01T11:00:00' } },
			{ json: { start: '2027-02-01T10:00:00' } }, // the slot item 0 took
			{ json: { start: '2027-02-01T12:00:00' } },
		];
		const { items, error } = await run(
			ctx.sandbox,
			{
				resource: 'appointment',
				operation: 'create',
				calendarId: byId(DEFAULTS.calendarId),
				contactId: byId(DEFAULTS.contactId),
				startTime: '={{ $json.start }}',
			},
			{ items: input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		const out = items![0];
		expect(out).toHaveLength(5);
		expect(out.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
		expect(out[1].json.error).toMatch(/^Start Time: "not a time" is not a date and time/);
		expect(out[1].error).toBeDefined();
		expect(out[3].json.error).toMatch(/^The slot you have selected is no longer available\./);
		expect(out[3].json.httpCode).toBe('400');
		for (const index of [0, 2, 4]) expect(out[index].json.id).toEqual(expect.any(String));
		// The bad item never reached HighLevel; the others did, once each.
		expect(apiCalls(ctx.sandbox).filter((call) => call.method === 'POST')).toHaveLength(4);
		expect(ctx.sandbox.store.appointments.size).toBe(3);
	});

	it('pairs every item of a multi-item answer with its input', async () => {
		const { items } = await run(
			ctx.sandbox,
			{ resource: 'calendar', operation: 'getAll', returnAll: true },
			{ items: [{ json: {} }, { json: {} }], continueOnFail: true },
		);
		const out = items![0];
		expect(out.length).toBeGreaterThan(2);
		expect(new Set(out.map((item) => (item.pairedItem as { item: number }).item))).toEqual(
			new Set([0, 1]),
		);
	});
});

import { DEFAULTS, apiCalls, byId, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const schedule = (operation: string, parameters: Record<string, unknown> = {}) =>
	run(ctx.sandbox, { resource: 'availabilitySchedule', operation, ...parameters });

describe('Availability Schedule: Delete', () => {
	it('deletes the schedule and returns the answer', async () => {
		const { json, error } = await schedule('delete', { scheduleId: byId(DEFAULTS.scheduleId) });
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({
			method: 'DELETE',
			path: `/calendars/schedules/${DEFAULTS.scheduleId}`,
			query: {},
			headers: { version: '2021-04-15' },
			status: 200,
		});
		expect(request.body).toBeUndefined();
		expect(json).toEqual([{ success: true }]);
		expect(ctx.sandbox.store.schedules.has(DEFAULTS.scheduleId)).toBe(false);
	});

	it('reports an unknown schedule as not found', async () => {
		const { error } = await schedule('delete', { scheduleId: byId('nope123') });
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});

	it("leaves another sub-account's schedule alone", async () => {
		const { error } = await schedule('delete', {
			scheduleId: byId(DEFAULTS.otherLocationScheduleId),
		});
		expect((error as { httpCode?: string }).httpCode).toBe('403');
		expect(ctx.sandbox.store.schedules.has(DEFAULTS.otherLocationScheduleId)).toBe(true);
	});

	it('refuses an empty Schedule before sending anything', async () => {
		const { error } = await schedule('delete', { scheduleId: byId('') });
		expect(error?.message).toBe('Schedule: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

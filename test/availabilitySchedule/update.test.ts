import { DEFAULTS, apiCalls, byId, byName, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const update = (fields: Record<string, unknown>, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'availabilitySchedule',
			operation: 'update',
			scheduleId: fromList(DEFAULTS.scheduleId),
			availabilityScheduleUpdateFields: fields,
		},
		options,
	);

describe('Availability Schedule: Update', () => {
	it('sends only the fields set, shaped like UpdateScheduleDTO, and returns the schedule', async () => {
		const { json, error } = await update({
			name: 'Winter Hours',
			timezone: fromList('Europe/Berlin'),
			rules: {
				weekly: [{ day: 'saturday', from: '10:00', to: '14:00' }],
				// 2026-12-24 23:30 in New York is already the 25th in Berlin, the schedule's zone
				override: [{ date: '2026-12-24T23:30:00-05:00', unavailable: true }],
			},
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect([
			request.method,
			request.path,
			request.query,
			request.headers.version,
			request.status,
		]).toEqual(['PUT', `/calendars/schedules/${DEFAULTS.scheduleId}`, {}, '2021-04-15', 200]);
		expect(request.body).toEqual({
			name: 'Winter Hours',
			timezone: 'Europe/Berlin',
			rules: [
				{ type: 'wday', day: 'saturday', intervals: [{ from: '10:00', to: '14:00' }] },
				{ type: 'date', date: '2026-12-25', intervals: [] },
			],
		});
		expect(json[0]).toMatchObject({
			id: DEFAULTS.scheduleId,
			name: 'Winter Hours',
			timezone: 'Europe/Berlin',
			calendarIds: [DEFAULTS.calendarId],
		});
	});

	it('reads override dates in the workflow time zone when the update sets no time zone', async () => {
		const { error } = await update(
			{ rules: { override: [{ date: '2026-12-24T23:30:00-05:00', from: '09:00', to: '10:00' }] } },
			{ timezone: 'America/Los_Angeles' },
		);
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({
			rules: [{ type: 'date', date: '2026-12-24', intervals: [{ from: '09:00', to: '10:00' }] }],
		});
	});

	it('refuses an empty update', async () => {
		const { error } = await update({});
		expect(error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses an update whose only field was left blank', async () => {
		const { error } = await update({ name: '  ', timezone: byName('') });
		expect(error?.message).toBe('Update Fields: is empty; add at least one field to change');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('refuses a name that is not text before sending anything', async () => {
		const { error } = await update({ name: { text: 'x' } });
		expect(error?.message).toBe('Name: is an object; expected text');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('reports an unknown schedule as not found', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'availabilitySchedule',
			operation: 'update',
			scheduleId: byId('nope123'),
			availabilityScheduleUpdateFields: { name: 'x' },
		});
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});
});

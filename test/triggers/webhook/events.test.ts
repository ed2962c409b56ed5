import { api, book, listen, useTriggerSandbox, DEFAULTS } from '../helpers';

const ctx = useTriggerSandbox();
const MONDAY_10 = '2027-03-01T10:00:00-05:00';

const items = (trigger: Awaited<ReturnType<typeof listen>>) =>
	trigger.executions.map((run) => run[0].json);

describe('HighLevel Calendars Trigger: events and output', () => {
	it('reports booked, rescheduled (with the previous times), cancelled (only as that) and deleted, one execution each', async () => {
		const trigger = await listen(ctx.sandbox, {
			timeZone: { __rl: true, mode: 'name', value: 'Europe/Berlin' },
		});
		const created = await book(ctx.sandbox, MONDAY_10);
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${created.id}`, {
			startTime: '2027-03-01T11:00:00-05:00',
		});
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${created.id}`, {
			appointmentStatus: 'cancelled',
		});
		await api(ctx.sandbox, 'DELETE', `/calendars/events/${created.id}`);
		await ctx.sandbox.webhooks.idle();

		expect(trigger.answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
		const [booked, moved, cancelled, deleted] = items(trigger);
		expect(items(trigger).map((item) => item.event)).toEqual([
			'appointmentBooked',
			'appointmentUpdated',
			'appointmentCancelled',
			'appointmentDeleted',
		]);
		expect(booked).toMatchObject({
			appointmentId: created.id,
			locationId: DEFAULTS.locationId,
			calendarId: DEFAULTS.calendarId,
			appointmentStatus: 'confirmed',
			startTime: '2027-03-01T16:00:00+01:00',
			endTime: '2027-03-01T16:30:00+01:00',
			timeZone: 'Europe/Berlin',
			appointment: { id: created.id, startTime: MONDAY_10, contactId: DEFAULTS.contactId },
		});
		expect(booked.previous).toBeUndefined();
		expect(booked.payload).toBeUndefined();
		expect(moved.startTime).toBe('2027-03-01T17:00:00+01:00');
		expect(moved.previous).toEqual({
			startTime: '2027-03-01T16:00:00+01:00',
			endTime: '2027-03-01T16:30:00+01:00',
			appointmentStatus: 'confirmed',
		});
		expect(cancelled.previous).toMatchObject({
			appointmentStatus: 'confirmed',
			startTime: '2027-03-01T17:00:00+01:00',
		});
		expect(deleted.appointmentId).toBe(created.id);
	});

	it('gives times in the workflow time zone by default, and the raw payload on request', async () => {
		const trigger = await listen(ctx.sandbox, { options: { includePayload: true } });
		await book(ctx.sandbox, '2027-03-01T15:00:00Z');
		await ctx.sandbox.webhooks.idle();
		const [item] = items(trigger);
		expect(item.startTime).toBe('2027-03-01T10:00:00-05:00');
		expect(item.timeZone).toBe('America/New_York');
		expect(item.payload).toEqual(JSON.parse(ctx.sandbox.webhooks.deliveries[0].body));
	});

	it('leaves previous out for an update of an appointment it has not seen, never inventing it', async () => {
		const created = await book(ctx.sandbox, MONDAY_10);
		await ctx.sandbox.webhooks.idle();
		const trigger = await listen(ctx.sandbox);
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${created.id}`, {
			title: 'Renamed',
		});
		await ctx.sandbox.webhooks.idle();
		expect(items(trigger)).toHaveLength(1);
		expect(items(trigger)[0].event).toBe('appointmentUpdated');
		expect(items(trigger)[0]).not.toHaveProperty('previous');
	});
});

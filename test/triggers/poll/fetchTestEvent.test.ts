import { DEFAULTS, api, book, poll, useTriggerSandbox, weekdayAt } from '../helpers';

const ctx = useTriggerSandbox();

describe('HighLevel Calendars Poll Trigger: Fetch Test Event (manual mode)', () => {
	it('returns the most recently changed real appointment, and leaves the cursor alone', async () => {
		const older = await book(ctx.sandbox, weekdayAt(3));
		await new Promise((resolve) => setTimeout(resolve, 5));
		const newer = await book(ctx.sandbox, weekdayAt(4));
		const result = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId], options: { includePayload: true } },
			{ mode: 'manual' },
		);
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({
			event: 'appointmentBooked',
			appointmentId: newer.id,
			timeZone: 'America/New_York',
		});
		expect((result.json[0].payload as { id: string }).id).toBe(newer.id);
		expect(result.staticData).toEqual({});

		await new Promise((resolve) => setTimeout(resolve, 1_100));
		await api(ctx.sandbox, 'PUT', `/calendars/events/appointments/${older.id}`, {
			title: 'Changed',
		});
		const changed = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId] },
			{ mode: 'manual' },
		);
		expect(changed.json[0]).toMatchObject({ event: 'appointmentUpdated', appointmentId: older.id });
	});

	it('says what to do when there is nothing to show', async () => {
		const result = await poll(
			ctx.sandbox,
			{ calendarIds: [DEFAULTS.calendarId] },
			{ mode: 'manual' },
		);
		expect(result.error?.message).toBe('No appointment to show as a test event');
		expect(result.error?.description).toContain('Book one, or widen Look Ahead');
	});
});

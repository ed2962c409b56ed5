import { DEFAULTS, byId, fromList, only, run, useSandbox } from '../helpers/node';

const ctx = useSandbox();
const calendar = (operation: string, parameters: Record<string, unknown> = {}, options = {}) =>
	run(ctx.sandbox, { resource: 'calendar', operation, ...parameters }, options);

describe('Calendar: Get', () => {
	it('gets one calendar by the picker value and returns the calendar itself', async () => {
		const { json } = await calendar('get', { calendarId: fromList(DEFAULTS.calendarId) });
		const request = only(ctx.sandbox);
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			`/calendars/${DEFAULTS.calendarId}`,
			'2021-04-15',
		]);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({ id: DEFAULTS.calendarId, locationId: DEFAULTS.locationId });
	});

	it('takes the calendar from a booking URL', async () => {
		await calendar('get', {
			calendarId: {
				__rl: true,
				mode: 'url',
				value: `https://api.leadconnectorhq.com/widget/booking/${DEFAULTS.calendarId}`,
			},
		});
		expect(only(ctx.sandbox).path).toBe(`/calendars/${DEFAULTS.calendarId}`);
	});

	it('says what to check when the calendar is unknown', async () => {
		const { error } = await calendar('get', { calendarId: byId('nope123') });
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect((error as { description?: string }).description).toMatch(/Check the ID/);
	});
});

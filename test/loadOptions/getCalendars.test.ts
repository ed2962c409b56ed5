import { loadOptions } from '../helpers/lookups';
import { DEFAULTS, only, useSandbox } from '../helpers/node';

const ctx = useSandbox();

describe('loadOptions getCalendars (the calendars of a room or equipment)', () => {
	it("lists the sub-account's calendars by name, drafts included", async () => {
		const { options, error } = await loadOptions(ctx.sandbox, 'getCalendars');
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/calendars/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId, showDrafted: 'true' });
		expect(options).toEqual([
			{ name: 'Sandbox Consultation', value: DEFAULTS.calendarId, description: 'event' },
			{
				name: 'Sandbox Draft Calendar',
				value: DEFAULTS.draftCalendarId,
				description: 'event · draft',
			},
			{
				name: 'Sandbox Team Demo',
				value: DEFAULTS.roundRobinCalendarId,
				description: 'round_robin',
			},
		]);
	});
});

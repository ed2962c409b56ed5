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
			{ name: 'Sandbox Consultation (Event)', value: DEFAULTS.calendarId },
			{ name: 'Sandbox Draft Calendar (Event) (draft)', value: DEFAULTS.draftCalendarId },
			{ name: 'Sandbox Team Demo (Round Robin)', value: DEFAULTS.roundRobinCalendarId },
		]);
	});
});

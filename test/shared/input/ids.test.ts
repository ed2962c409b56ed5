import { calendarLocator } from '../../../nodes/HighLevelCalendars/shared/descriptions';
import { extractLocatorId } from '../../../nodes/HighLevelCalendars/shared/input/ids';

describe('extractLocatorId', () => {
	const picker = calendarLocator({ displayName: 'Calendar', name: 'calendarId' });
	const rl = (mode: string, value: unknown) => ({ __rl: true, mode, value });

	it.each([
		['a booking URL', rl('url', 'https://x.example/widget/booking/abc123?x=1'), 'abc123'],
		['By ID', rl('id', 'abc123'), 'abc123'],
		['From List', rl('list', 'abc123'), 'abc123'],
		['an empty URL', rl('url', ''), ''],
		['a plain value', 'abc123', 'abc123'],
		['an unknown mode', rl('other', 'abc123'), 'abc123'],
	])('reads %s as the picker would', (_, value, id) => {
		expect(extractLocatorId('Calendar', picker, value)).toBe(id);
	});

	it("refuses a URL the mode cannot read, with the mode's message", () => {
		expect(() =>
			extractLocatorId('Filters → Calendar', picker, rl('url', 'https://x.example/calendars')),
		).toThrow(
			'Filters → Calendar: "https://x.example/calendars": Not a HighLevel booking URL (…/widget/booking/<calendar ID>)',
		);
	});
});

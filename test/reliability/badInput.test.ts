import type { IDataObject } from 'n8n-workflow';

import { DEFAULTS, apiCalls, byId, byName, fromList, run, useSandbox } from '../helpers/node';
import { calendarSettings } from '../calendar/settings';

/**
 * Bad input is refused before any request, with an error that names the field and says what was
 * expected. Each case: the exact message, no request reached the sandbox, nothing was stored.
 */
const ctx = useSandbox();

const book = {
	resource: 'appointment',
	operation: 'create',
	calendarId: byId(DEFAULTS.calendarId),
	contactId: byId(DEFAULTS.contactId),
	startTime: '2027-02-01T10:00:00',
};
const bookWith = (
	appointmentCreateFields: Record<string, unknown>,
	overrides: Record<string, unknown> = {},
) => ({ ...book, appointmentCreateFields, ...overrides });
const calendarWith = (
	settings: Record<string, unknown>,
	overrides: Record<string, unknown> = {},
) => ({
	resource: 'calendar',
	operation: 'create',
	name: 'Bad input',
	...calendarSettings('create', settings as IDataObject),
	...overrides,
});
const hours = (entry: Record<string, unknown>) => ({
	openHours: { hours: [{ daysOfTheWeek: [1], openTime: '09:00', closeTime: '17:00', ...entry }] },
});
const slots = (overrides: Record<string, unknown>) => ({
	resource: 'calendar',
	operation: 'getFreeSlots',
	calendarId: byId(DEFAULTS.calendarId),
	startDate: '2027-02-01',
	endDate: '2027-02-02',
	...overrides,
});

const cases: Array<[string, Record<string, unknown>, string]> = [
	['empty calendar ID', { ...book, calendarId: byId('') }, 'Calendar: is empty; expected an ID'],
	[
		'calendar ID with a space',
		{ ...book, calendarId: byId('cal 1') },
		'Calendar: "cal 1" is not an ID: IDs have no spaces, slashes, ? or #',
	],
	[
		'calendar ID that is an object',
		{ ...book, calendarId: byId('={{ { id: 1 } }}') },
		'Calendar: is an object; expected an ID (text)',
	],
	['empty contact ID', { ...book, contactId: fromList('') }, 'Contact: is empty; expected an ID'],
	[
		'contact ID with a slash',
		{ ...book, contactId: byId('a/b') },
		'Contact: "a/b" is not an ID: IDs have no spaces, slashes, ? or #',
	],
	[
		'empty start time',
		{ ...book, startTime: '' },
		'Start Time: is empty; expected a date and time',
	],
	[
		'unparseable start time',
		{ ...book, startTime: 'next tuesday' },
		'Start Time: "next tuesday" is not a date and time. Expected ISO 8601 such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00, or epoch milliseconds',
	],
	[
		'impossible date',
		{ ...book, startTime: '2027-02-30T10:00:00' },
		'Start Time: "2027-02-30T10:00:00" is not a date and time. Expected ISO 8601 such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00, or epoch milliseconds',
	],
	[
		'start time that is an object',
		{ ...book, startTime: '={{ { at: 1 } }}' },
		'Start Time: is an object; expected a date and time such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00',
	],
	[
		'epoch seconds where milliseconds belong',
		{ ...book, startTime: '={{ 1801216800 }}' },
		'Start Time: 1801216800 looks like epoch seconds; expected epoch milliseconds (multiply by 1000) or an ISO 8601 date and time',
	],
	[
		'time in the spring-forward gap',
		{ ...book, startTime: '2027-03-14T02:30:00' },
		'Start Time: "2027-03-14T02:30:00" does not exist in America/New_York: the clocks skip that hour for daylight saving time',
	],
	[
		'end before start',
		bookWith({ endTime: '2027-02-01T09:00:00' }),
		'End Time: (2027-02-01T09:00:00-05:00) is not after Start Time (2027-02-01T10:00:00-05:00); the end must come after the start',
	],
	[
		'end equal to start',
		bookWith({ endTime: '2027-02-01T10:00:00' }),
		'End Time: (2027-02-01T10:00:00-05:00) is not after Start Time (2027-02-01T10:00:00-05:00); the end must come after the start',
	],
	[
		'unknown time zone',
		{ ...book, appointmentCreateOptions: { timeZone: byName('Europe/Atlantis') } },
		'Time Zone: "Europe/Atlantis" is not a time zone. Use an IANA name such as America/New_York or Europe/Berlin.',
	],
	[
		'malformed RRULE',
		bookWith({ rrule: 'FREQ=SOMETIMES' }),
		'Recurrence Rule (RRULE): FREQ=SOMETIMES is not valid; expected one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY',
	],
	[
		'RRULE with DTSTART',
		bookWith({ rrule: 'DTSTART:20270201T100000Z\nRRULE:FREQ=DAILY' }),
		'Recurrence Rule (RRULE): must not contain DTSTART: the series starts at the Start Time',
	],
	[
		'RRULE with COUNT and UNTIL',
		bookWith({ rrule: 'RRULE:FREQ=DAILY;COUNT=2;UNTIL=20270301' }),
		'Recurrence Rule (RRULE): has both COUNT and UNTIL; RFC 5545 allows only one',
	],
	[
		'builder and raw rule together',
		bookWith({
			rrule: 'RRULE:FREQ=DAILY;COUNT=2',
			recurrence: { rule: { frequency: 'DAILY', ends: 'count', count: 2 } },
		}),
		'Recurrence: and Recurrence Rule (RRULE) are both set; use one of them',
	],
	[
		'recurrence with validation on',
		bookWith({ rrule: 'RRULE:FREQ=DAILY;COUNT=2', ignoreFreeSlotValidation: false }),
		'Ignore Free Slot Validation: is off, but HighLevel applies a recurrence only when it is on. Turn it on or remove the recurrence.',
	],
	[
		'status outside the enum',
		bookWith({ appointmentStatus: '={{ "done" }}' }),
		'Status: is "done"; expected one of new, confirmed, cancelled, showed, noshow, invalid',
	],
	[
		'boolean given as text',
		bookWith({ toNotify: '={{ "yes" }}' }),
		'Notify: is "yes"; expected true or false',
	],
	[
		'title that is an object',
		bookWith({ title: '={{ { text: "x" } }}' }),
		'Title: is an object; expected text',
	],
	[
		'assigned user with a space',
		bookWith({ assignedUserId: byId('user 1') }),
		'Assigned User: "user 1" is not an ID: IDs have no spaces, slashes, ? or #',
	],
	[
		'open hour out of range',
		calendarWith(hours({ openTime: '24:00' })),
		'Open Hours → entry 1 → Open Time: "24:00" is out of range; hours go from 00 to 23 and minutes from 00 to 59',
	],
	[
		'open minute out of range',
		calendarWith(hours({ closeTime: '17:60' })),
		'Open Hours → entry 1 → Close Time: "17:60" is out of range; hours go from 00 to 23 and minutes from 00 to 59',
	],
	[
		'open time not a time',
		calendarWith(hours({ openTime: '9am' })),
		'Open Hours → entry 1 → Open Time: "9am" is not a time of day; expected HH:mm such as 09:00 or 17:30',
	],
	[
		'open hours without days',
		calendarWith(hours({ daysOfTheWeek: [] })),
		'Open Hours → entry 1 → Days: has no days; choose at least one day of the week',
	],
	[
		'closing before opening',
		calendarWith(hours({ openTime: '18:00' })),
		'Open Hours → entry 1: closes at 17:00, which is not after it opens (18:00)',
	],
	[
		'priority outside 0 / 0.5 / 1',
		calendarWith({ teamMembers: { member: [{ userId: 'sandbox-user-1', priority: 0.75 }] } }),
		'Team Members → entry 1 → Priority: is 0.75; expected one of 0, 0.5, 1',
	],
	[
		'team member without user',
		calendarWith({ teamMembers: { member: [{ userId: '' }] } }),
		'Team Members → entry 1 → User Name or ID: is empty; expected an ID',
	],
	[
		'recurring count above 24',
		calendarWith({ recurring: { settings: { freq: 'WEEKLY', count: 25 } } }),
		'Recurring Settings → Count: is 25; expected a number from 1 to 24',
	],
	[
		'look busy above 100 %',
		calendarWith({ lookBusyConfig: { settings: { enabled: true, LookBusyPercentage: 150 } } }),
		'Look Busy → Percentage of Slots to Hide: is 150; expected a number from 0 to 100',
	],
	[
		'slot duration as text',
		calendarWith({ slotDuration: '={{ "half an hour" }}' }),
		'Slot Duration: is "half an hour"; expected a number',
	],
	[
		'negative buffer',
		calendarWith({ preBuffer: -5 }),
		'Buffer Before: is -5; expected a number of at least 0',
	],
	[
		'calendar type outside the enum',
		calendarWith({}, { calendarType: '={{ "webinar" }}' }),
		'Calendar Type: is "webinar"; expected one of class_booking, collective, event, personal, round_robin, service_booking',
	],
	[
		'custom availability on an impossible date',
		calendarWith({
			availabilities: { date: [{ date: '2027-02-29', openTime: '09:00', closeTime: '10:00' }] },
		}),
		'Custom Availability → entry 1 → Date: "2027-02-29" is not a date on the calendar',
	],
	[
		'free-slot window ending before it starts',
		slots({ startDate: '2027-02-05', endDate: '2027-02-01T00:00:00' }),
		'End Date: (2027-02-01T00:00:00-05:00) is not after Start Date (2027-02-05T00:00:00-05:00); the window must end after it starts',
	],
	[
		'free-slot window with a bad date',
		slots({ startDate: 'soon' }),
		'Start Date: "soon" is not a date and time. Expected ISO 8601 such as 2026-03-09T14:30:00 or 2026-03-09T14:30:00-04:00, or epoch milliseconds',
	],
	[
		'empty update',
		{
			resource: 'appointment',
			operation: 'update',
			eventId: 'abc123',
			appointmentUpdateFields: {},
		},
		'Update Fields: is empty; add at least one field to change',
	],
	[
		'appointment ID with a question mark',
		{ resource: 'appointment', operation: 'cancel', eventId: 'abc?x=1' },
		'Appointment ID: "abc?x=1" is not an ID: IDs have no spaces, slashes, ? or #',
	],
];

describe('bad input is refused before any request', () => {
	it('covers at least 30 distinct inputs', () => {
		expect(new Set(cases.map(([name]) => name)).size).toBeGreaterThanOrEqual(30);
	});

	it.each(cases)('%s', async (_name, parameters, message) => {
		const { error, items } = await run(ctx.sandbox, parameters);
		expect(items).toBeNull();
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
		expect(ctx.sandbox.store.appointments.size).toBe(0);
	});
});

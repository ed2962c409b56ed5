import type { INodeProperties } from 'n8n-workflow';

import { checkAgainstFields, listOf } from '../../../nodes/HighLevelCalendars/shared/input/fields';

const fields: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '' },
	{ displayName: 'Assigned User ID', name: 'assignedUserId', type: 'string', default: '' },
	{
		displayName: 'Slot Duration',
		name: 'slotDuration',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 30,
	},
	{ displayName: 'Notify', name: 'toNotify', type: 'boolean', default: true },
	{
		displayName: 'Status',
		name: 'appointmentStatus',
		type: 'options',
		options: [
			{ name: 'New', value: 'new' },
			{ name: 'Confirmed', value: 'confirmed' },
		],
		default: 'new',
	},
];

describe('listOf', () => {
	it('reads a list from an array or from comma-separated text, an empty string as none', () => {
		expect(listOf(['a', ' b '])).toEqual(['a', 'b']);
		expect(listOf('a, b,,c ')).toEqual(['a', 'b', 'c']);
		expect(listOf('')).toEqual([]);
		expect(listOf(undefined)).toEqual([]);
		expect(listOf(7)).toEqual(['7']);
	});
});

describe('checkAgainstFields', () => {
	it('keeps good values, coerces numeric text and drops blank text', () => {
		expect(
			checkAgainstFields(
				{
					title: '',
					slotDuration: '45',
					toNotify: false,
					appointmentStatus: 'confirmed',
					other: 1,
				},
				fields,
			),
		).toEqual({ slotDuration: 45, toNotify: false, appointmentStatus: 'confirmed', other: 1 });
	});

	it.each([
		[{ title: { text: 'x' } }, 'Title: is an object; expected text'],
		[{ slotDuration: 'abc' }, 'Slot Duration: is "abc"; expected a number'],
		[{ slotDuration: -5 }, 'Slot Duration: is -5; expected a number of at least 0'],
		[{ toNotify: 'yes' }, 'Notify: is "yes"; expected true or false'],
		[{ appointmentStatus: 'done' }, 'Status: is "done"; expected one of new, confirmed'],
		[{ assignedUserId: 'two words' }, 'Assigned User ID: "two words" is not an ID'],
	])('refuses %p', (body, message) => {
		expect(() => checkAgainstFields(body, fields)).toThrow(message);
	});
});

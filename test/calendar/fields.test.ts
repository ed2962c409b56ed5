import type { INodeProperties } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import {
	CALENDAR_SETTING_GROUPS,
	calendarSettings,
} from '../../nodes/HighLevelCalendars/resources/calendar/fields';
import { shownFor } from '../helpers/contract';

describe.each(['create', 'update'] as const)('Calendar: %s settings', (operation) => {
	const collections = shownFor('calendar', operation).filter(({ type }) => type === 'collection');
	const settings = collections.flatMap((group) => group.options as INodeProperties[]);

	it("come in HighLevel's groups, in this order", () => {
		expect(collections.map(({ displayName }) => displayName)).toEqual([
			'Availability',
			'Booking Rules',
			'Team and Round Robin',
			'Meeting Locations',
			'Notifications and Forms',
			'Appearance',
		]);
	});

	it('hold every setting once, each defined once', () => {
		const names = settings.map(({ name }) => name);
		expect(new Set(names).size).toBe(names.length);
		const expected = calendarSettings({ forUpdate: operation === 'update' })
			.map(({ name }) => name)
			.filter((name) => !(operation === 'update' && name === 'slotBufferUnit'));
		expect(names.filter((name) => name !== 'name').sort()).toEqual(expected.sort());
		for (const name of names) {
			expect(
				CALENDAR_SETTING_GROUPS.filter((group) =>
					(group.settings as readonly string[]).includes(name),
				),
			).toHaveLength(1);
		}
	});

	it('list each value with its unit right after it', () => {
		for (const group of collections) {
			// n8n lists a collection's options by displayName
			const listed = [...(group.options as INodeProperties[])].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			);
			listed.forEach((setting, index) => {
				if (!setting.name.endsWith('Unit')) return;
				expect([setting.name, listed[index - 1]?.name]).toEqual([
					setting.name,
					setting.name.slice(0, -'Unit'.length),
				]);
			});
		}
	});
});

it('the node shows no calendar setting outside its groups', () => {
	const { properties } = new HighLevelCalendars().description;
	expect(properties.some(({ name }) => name === 'calendarCreateFields')).toBe(false);
	expect(properties.some(({ name }) => name === 'calendarUpdateFields')).toBe(false);
});

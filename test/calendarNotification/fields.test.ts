import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notificationFields } from '../../nodes/HighLevelCalendars/resources/calendarNotification/fields';
import { shapeNotification } from '../../nodes/HighLevelCalendars/resources/calendarNotification/hooks';
import { specDocument } from '../helpers/spec';

const schemas = specDocument().components.schemas as Record<string, any>;
const values = (field: INodeProperties) =>
	(field.options as INodePropertyOptions[]).map((option) => option.value);

describe('Calendar Notification: fields', () => {
	it.each([
		['CreateCalendarNotificationDTO', false],
		['UpdateCalendarNotificationsDTO', true],
	])('offers exactly the enums of %s', (schema, forUpdate) => {
		const fields = notificationFields({ forUpdate });
		for (const name of ['receiverType', 'channel', 'notificationType']) {
			const field = fields.find((f) => f.name === name)!;
			expect([...values(field)].sort()).toEqual([...schemas[schema].properties[name].enum].sort());
		}
		expect(fields.map((f) => f.name).sort()).toEqual(
			Object.keys(schemas[schema].properties).sort(),
		);
	});

	it('Send Before / Send After entries have the properties of SchedulesDTO', () => {
		const beforeTime = notificationFields({ forUpdate: false }).find(
			(f) => f.name === 'beforeTime',
		)!;
		const time = (beforeTime.options as Array<{ values: INodeProperties[] }>)[0].values;
		expect(time.map((f) => f.name).sort()).toEqual(
			Object.keys(schemas.SchedulesDTO.properties).sort(),
		);
	});

	it('offers only the units the spec shows for SchedulesDTO.unit, which has no enum', () => {
		// Every SchedulesDTO the spec shows ({ timeOffset, unit }), wherever it is.
		const shown = new Set<string>();
		const collect = (value: unknown): void => {
			if (!value || typeof value !== 'object') return;
			const entry = value as Record<string, unknown>;
			if ('timeOffset' in entry && 'unit' in entry && typeof entry.unit === 'string') {
				shown.add(entry.unit);
			}
			Object.values(entry).forEach(collect);
		};
		collect(schemas);
		expect(schemas.SchedulesDTO.properties.unit.enum).toBeUndefined();
		expect([...shown]).toEqual(['hours']);
		const beforeTime = notificationFields({ forUpdate: false }).find(
			(f) => f.name === 'beforeTime',
		)!;
		const unit = (beforeTime.options as Array<{ values: INodeProperties[] }>)[0].values.find(
			(f) => f.name === 'unit',
		)!;
		expect(values(unit)).toEqual([...shown]);
	});

	it('shapeNotification: lists split, schedules flattened, empty settings left out', () => {
		const fields = notificationFields({ forUpdate: true });
		expect(
			shapeNotification(
				{
					additionalEmailIds: ['a@x.io', ' b@x.io '],
					additionalPhoneNumbers: '',
					selectedUsers: 'u1, sub_account_admin',
					beforeTime: { time: [{ timeOffset: '2', unit: 'hours' }] },
					afterTime: {},
					isActive: 'false',
				},
				fields,
			),
		).toEqual({
			additionalEmailIds: ['a@x.io', 'b@x.io'],
			selectedUsers: ['u1', 'sub_account_admin'],
			beforeTime: [{ timeOffset: 2, unit: 'hours' }],
			isActive: false,
		});
		// An expression may give the API's own list instead of the builder's entries.
		expect(shapeNotification({ afterTime: [{ timeOffset: 3, unit: 'hours' }] }, fields)).toEqual({
			afterTime: [{ timeOffset: 3, unit: 'hours' }],
		});
		expect(() => shapeNotification({ afterTime: '1 hour' }, fields)).toThrow(
			'Send After: is "1 hour"; expected a list of times',
		);
		expect(() => shapeNotification({ afterTime: [3] }, fields)).toThrow(
			'Send After: expected a list of times, each a Time Offset and a Unit',
		);
		expect(() =>
			shapeNotification({ beforeTime: { time: [{ timeOffset: 1, unit: 'days' }] } }, fields),
		).toThrow('Send Before 1 → Unit: is "days"; expected one of hours');
	});
});

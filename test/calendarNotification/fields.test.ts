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

	it('shapeNotification: lists split, schedules flattened, empty settings left out', () => {
		const fields = notificationFields({ forUpdate: true });
		expect(
			shapeNotification(
				{
					additionalEmailIds: ['a@x.io', ' b@x.io '],
					additionalPhoneNumbers: '',
					selectedUsers: 'u1, sub_account_admin',
					beforeTime: { time: [{ timeOffset: '2', unit: 'days' }] },
					afterTime: {},
					isActive: 'false',
				},
				fields,
			),
		).toEqual({
			additionalEmailIds: ['a@x.io', 'b@x.io'],
			selectedUsers: ['u1', 'sub_account_admin'],
			beforeTime: [{ timeOffset: 2, unit: 'days' }],
			isActive: false,
		});
		expect(() =>
			shapeNotification({ beforeTime: { time: [{ timeOffset: 1, unit: 'weeks' }] } }, fields),
		).toThrow('Send Before → Unit: is "weeks"; expected one of days, hours, minutes');
	});
});

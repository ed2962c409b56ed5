import {
	shapeBlockTimes,
	shapeOwner,
} from '../../nodes/HighLevelCalendars/resources/blockSlot/hooks';

describe('block slot hooks', () => {
	it('shapeOwner keeps the one owner given, as an ID, and drops the blank one', () => {
		expect(
			shapeOwner(
				{ calendarId: '', assignedUserId: { __rl: true, mode: 'list', value: 'u1' } },
				true,
			),
		).toEqual({ assignedUserId: 'u1' });
		expect(shapeOwner({ title: 'x' }, false)).toEqual({ title: 'x' });
	});

	it('shapeOwner refuses both, and neither when one is required', () => {
		expect(() => shapeOwner({ calendarId: 'c1', assignedUserId: 'u1' }, false)).toThrow(
			/^Calendar and User: are both set/,
		);
		expect(() => shapeOwner({}, true)).toThrow(/^Calendar and User: are both empty/);
		expect(() => shapeOwner({ calendarId: 'a b' }, true)).toThrow(/^Calendar: /);
	});

	it('shapeBlockTimes sends each end with the offset in force on its date (autumn change in Berlin)', () => {
		expect(
			shapeBlockTimes(
				{ startTime: '2026-10-24T12:00:00', endTime: '2026-10-26T12:00:00' },
				'Europe/Berlin',
				true,
			),
		).toEqual({ startTime: '2026-10-24T12:00:00+02:00', endTime: '2026-10-26T12:00:00+01:00' });
	});

	it('shapeBlockTimes drops blank optional times and requires both when asked', () => {
		expect(shapeBlockTimes({ startTime: '', endTime: '' }, 'UTC', false)).toEqual({});
		expect(() => shapeBlockTimes({ startTime: '2026-01-01T10:00:00' }, 'UTC', true)).toThrow(
			'End Time: is empty; a block slot needs an end',
		);
	});
});

import { CLOCK_SKEW_MS, diffPoll } from '../../../nodes/shared/appointmentEvents/cursor';

const T0 = Date.parse('2026-11-29T12:00:00Z');
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

function appointment(id: string, fields: Record<string, unknown> = {}) {
	return {
		id,
		appointmentStatus: 'confirmed',
		startTime: '2026-12-01T10:00:00-05:00',
		endTime: '2026-12-01T10:30:00-05:00',
		dateAdded: iso(T0 - 3 * 24 * 60 * MINUTE),
		dateUpdated: iso(T0 - 3 * 24 * 60 * MINUTE),
		...fields,
	};
}

describe('diffPoll', () => {
	it('first poll: remembers the window, emits nothing', () => {
		const { changes, state } = diffPoll(undefined, [appointment('a'), appointment('b')], T0);
		expect(changes).toEqual([]);
		expect(state.since).toBe(T0);
		expect(Object.keys(state.appointments)).toEqual(['a', 'b']);
	});

	it('emits a booking made after the start once, and nothing for the same version again', () => {
		const first = diffPoll(undefined, [appointment('a')], T0);
		const booked = appointment('n', { dateAdded: iso(T0 + MINUTE), dateUpdated: iso(T0 + MINUTE) });
		const second = diffPoll(first.state, [appointment('a'), booked], T0 + 2 * MINUTE);
		expect(second.changes).toEqual([{ event: 'appointmentBooked', appointment: booked }]);
		const third = diffPoll(second.state, [appointment('a'), booked], T0 + 3 * MINUTE);
		expect(third.changes).toEqual([]);
	});

	it('emits a change with what was remembered before, and a cancellation as Cancelled only', () => {
		const first = diffPoll(undefined, [appointment('a')], T0);
		const moved = appointment('a', {
			startTime: '2026-12-01T11:00:00-05:00',
			endTime: '2026-12-01T11:30:00-05:00',
			dateUpdated: iso(T0 + MINUTE),
		});
		const second = diffPoll(first.state, [moved], T0 + 2 * MINUTE);
		expect(second.changes).toEqual([
			{
				event: 'appointmentUpdated',
				appointment: moved,
				previous: {
					startTime: '2026-12-01T10:00:00-05:00',
					endTime: '2026-12-01T10:30:00-05:00',
					appointmentStatus: 'confirmed',
				},
			},
		]);
		const cancelled = {
			...moved,
			appointmentStatus: 'cancelled',
			dateUpdated: iso(T0 + 3 * MINUTE),
		};
		const third = diffPoll(second.state, [cancelled], T0 + 4 * MINUTE);
		expect(third.changes.map((change) => change.event)).toEqual(['appointmentCancelled']);
		expect(third.changes[0].previous?.appointmentStatus).toBe('confirmed');
	});

	it('survives a restart: the stored state is plain JSON, and nothing is emitted twice', () => {
		const booked = appointment('n', { dateAdded: iso(T0 + MINUTE), dateUpdated: iso(T0 + MINUTE) });
		const first = diffPoll(undefined, [], T0);
		const second = diffPoll(first.state, [booked], T0 + 2 * MINUTE);
		const restored = JSON.parse(JSON.stringify(second.state));
		expect(diffPoll(restored, [booked], T0 + 3 * MINUTE).changes).toEqual([]);
	});

	it('overlapping answers (the same appointment twice in one poll) count once', () => {
		const first = diffPoll(undefined, [], T0);
		const booked = appointment('n', { dateAdded: iso(T0 + MINUTE), dateUpdated: iso(T0 + MINUTE) });
		expect(diffPoll(first.state, [booked, booked], T0 + 2 * MINUTE).changes).toHaveLength(1);
	});

	it('an old appointment moving into the window is not news; one changed since the last poll is', () => {
		const first = diffPoll(undefined, [], T0);
		const old = appointment('old');
		const changed = appointment('changed', { dateUpdated: iso(T0 + MINUTE) });
		const { changes } = diffPoll(first.state, [old, changed], T0 + 2 * MINUTE);
		expect(changes).toEqual([{ event: 'appointmentUpdated', appointment: changed }]);
	});

	it('at the start boundary: a booking just before the first poll (within clock skew) is still reported once', () => {
		const first = diffPoll(undefined, [], T0);
		const edge = appointment('edge', {
			dateAdded: iso(T0 - CLOCK_SKEW_MS),
			dateUpdated: iso(T0 - CLOCK_SKEW_MS),
		});
		const before = appointment('before', {
			dateAdded: iso(T0 - CLOCK_SKEW_MS - 1),
			dateUpdated: iso(T0 - CLOCK_SKEW_MS - 1),
		});
		const second = diffPoll(first.state, [edge, before], T0 + MINUTE);
		expect(second.changes.map((change) => change.appointment.id)).toEqual(['edge']);
		expect(diffPoll(second.state, [edge, before], T0 + 2 * MINUTE).changes).toEqual([]);
	});

	it('keeps appointments that left the window for a while, so one coming back is compared, not re-booked', () => {
		const booked = appointment('n', { dateAdded: iso(T0 + MINUTE), dateUpdated: iso(T0 + MINUTE) });
		const first = diffPoll(undefined, [], T0);
		const second = diffPoll(first.state, [booked], T0 + 2 * MINUTE);
		const gone = diffPoll(second.state, [], T0 + 3 * MINUTE);
		expect(gone.state.appointments.n).toBeDefined();
		expect(diffPoll(gone.state, [booked], T0 + 4 * MINUTE).changes).toEqual([]);
	});

	it('stays bounded', () => {
		const many = Array.from({ length: 5100 }, (_, i) => appointment(`a${i}`));
		const { state } = diffPoll(undefined, many, T0);
		expect(Object.keys(state.appointments)).toHaveLength(5000);
	});
});

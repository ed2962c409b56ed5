import {
	firstDelivery,
	memoryIn,
	pruneAppointments,
} from '../../../nodes/shared/appointmentEvents/memory';

describe('trigger memory in static data', () => {
	it('is created inside the static data object on first use and kept there', () => {
		const staticData = {};
		const memory = memoryIn(staticData);
		memory.appointments.a = { t: 1 };
		expect(staticData).toEqual({ appointments: { a: { t: 1 } }, deliveries: {} });
		expect(memoryIn(staticData).appointments.a).toEqual({ t: 1 });
	});

	it('refuses a webhookId seen before, and forgets IDs older than the window', () => {
		const memory = memoryIn({});
		expect(firstDelivery(memory, 'w1', 1_000, 60_000)).toBe(true);
		expect(firstDelivery(memory, 'w1', 2_000, 60_000)).toBe(false);
		expect(firstDelivery(memory, 'w2', 70_000, 60_000)).toBe(true);
		expect(Object.keys(memory.deliveries)).toEqual(['w2']);
		expect(firstDelivery(memory, 'w1', 70_001, 60_000)).toBe(true);
	});

	it('stays bounded: the oldest deliveries and least recently seen appointments go first', () => {
		const memory = memoryIn({});
		for (let i = 0; i < 10; i++) firstDelivery(memory, `w${i}`, i, 0, 4);
		expect(Object.keys(memory.deliveries).sort()).toEqual(['w6', 'w7', 'w8', 'w9']);
		for (let i = 0; i < 10; i++) memory.appointments[`a${i}`] = { t: 100 - i };
		pruneAppointments(memory, 3);
		expect(Object.keys(memory.appointments).sort()).toEqual(['a0', 'a1', 'a2']);
	});
});

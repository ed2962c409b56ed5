import { apiCalls, only, useSandbox } from '../helpers/node';
import { notesIn } from '../helpers/notes';

const ctx = useSandbox();
const { note, booked, noted } = notesIn(ctx);

describe('Appointment Note: Get Many', () => {
	it('pages through every note with Return All, 20 at a time, newest first', async () => {
		const appointmentId = await booked();
		const ids = await noted(appointmentId, 25);
		const { json, error } = await note('getAll', { appointmentId, returnAll: true });
		expect(error).toBeUndefined();
		const calls = apiCalls(ctx.sandbox);
		expect(calls.map((call) => [call.method, call.path, call.query])).toEqual([
			['GET', `/calendars/appointments/${appointmentId}/notes`, { limit: '20', offset: '0' }],
			['GET', `/calendars/appointments/${appointmentId}/notes`, { limit: '20', offset: '20' }],
		]);
		for (const call of calls) expect(call.headers.version).toBe('2021-04-15');
		expect(json.map((item) => item.id)).toEqual([...ids].reverse());
		expect(json[0]).toMatchObject({ body: 'Note 25' });
	});

	it('stops at Limit, asking only for what is still missing', async () => {
		const appointmentId = await booked();
		await noted(appointmentId, 25);
		const { json } = await note('getAll', { appointmentId, returnAll: false, limit: 3 });
		expect(only(ctx.sandbox).query).toEqual({ limit: '3', offset: '0' });
		expect(json.map((item) => item.body)).toEqual(['Note 25', 'Note 24', 'Note 23']);
	});

	it('asks for a second page only for the rest of a Limit above 20', async () => {
		const appointmentId = await booked();
		await noted(appointmentId, 25);
		const { json } = await note('getAll', { appointmentId, returnAll: false, limit: 22 });
		expect(apiCalls(ctx.sandbox).map((call) => call.query)).toEqual([
			{ limit: '20', offset: '0' },
			{ limit: '2', offset: '20' },
		]);
		expect(json).toHaveLength(22);
	});

	it('keeps each note once when one is added while paging (the list shifts by one)', async () => {
		const appointmentId = await booked();
		const ids = await noted(appointmentId, 25);
		const oldest = ctx.sandbox.store.notes.get(ids[0])!;
		ctx.sandbox.addHook((hook) => {
			if (hook.method === 'GET' && hook.record.query.offset === '20') {
				// Newest first: a note added now pushes the 20th of the first page onto the second.
				ctx.sandbox.store.notes.set('addedMeanwhile', {
					...oldest,
					id: 'addedMeanwhile',
					body: 'Added meanwhile',
					addedMs: Date.now() + 60_000,
				});
			}
			return false;
		});
		const { json } = await note('getAll', { appointmentId, returnAll: true });
		expect(apiCalls(ctx.sandbox).map((call) => call.query.offset)).toEqual(['0', '20']);
		expect(json.map((item) => item.id)).toEqual([...ids].reverse());
	});

	it('stops when a page brings nothing new, should HighLevel ignore offset', async () => {
		const appointmentId = await booked();
		await noted(appointmentId, 20);
		const firstPage = [...ctx.sandbox.store.notes.values()].map(({ id, body }) => ({ id, body }));
		ctx.sandbox.addHook((hook) => {
			if (!hook.path.endsWith('/notes')) return false;
			hook.send(200, { notes: firstPage, hasMore: true });
			return true;
		});
		const { json, error } = await note('getAll', { appointmentId, returnAll: true });
		expect(error).toBeUndefined();
		expect(json).toHaveLength(20);
		expect(ctx.sandbox.requests).toHaveLength(2);
	});

	it.each([
		[0, 'Limit: is 0; expected a number of at least 1'],
		[2.5, 'Limit: is 2.5; expected a whole number'],
	])('refuses Limit %p before sending', async (limit, message) => {
		const appointmentId = await booked();
		const { error } = await note('getAll', { appointmentId, returnAll: false, limit });
		expect(error?.message).toBe(message);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('under Continue On Fail, pairs every note and every failure with its input item', async () => {
		const first = await booked();
		const second = await booked('2027-02-02T10:00:00', '2027-02-02T10:30:00');
		await noted(first, 2);
		await noted(second, 1);
		const items = [
			{ json: { id: first } },
			{ json: { id: 'noSuchAppointment' } },
			{ json: { id: second } },
		];
		const { items: out, error } = await note(
			'getAll',
			{ appointmentId: '={{ $json.id }}', returnAll: true },
			{ items, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(
			out![0].map((item) => [
				(item.pairedItem as { item: number }).item,
				item.json.body ?? item.json.error,
			]),
		).toEqual([
			[0, 'Note 2'],
			[0, 'Note 1'],
			[1, expect.stringMatching(/Appointment not found/)],
			[2, 'Note 1'],
		]);
		expect(apiCalls(ctx.sandbox)).toHaveLength(3);
	});

	it('returns no items for an appointment without notes', async () => {
		const appointmentId = await booked();
		const { json, error } = await note('getAll', { appointmentId, returnAll: true });
		expect(error).toBeUndefined();
		expect(json).toEqual([]);
		expect(apiCalls(ctx.sandbox)).toHaveLength(1);
	});

	it('refuses an empty appointment ID before sending', async () => {
		const { error } = await note('getAll', { appointmentId: ' ', returnAll: true });
		expect(error?.message).toBe('Appointment ID: is empty; expected an ID');
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

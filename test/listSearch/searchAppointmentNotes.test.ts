import { apiCalls, useSandbox } from '../helpers/node';
import { listSearch } from '../helpers/lookups';
import { notesIn } from '../helpers/notes';

const ctx = useSandbox();
const { booked, noted, note } = notesIn(ctx);

const search = (appointmentId: string, options: Parameters<typeof listSearch>[2] = {}) =>
	listSearch(ctx.sandbox, 'searchAppointmentNotes', {
		...options,
		parameters: { resource: 'appointmentNote', operation: 'update', appointmentId },
	});

describe('listSearch: searchAppointmentNotes', () => {
	it("lists the chosen appointment's notes, newest first, named by their text", async () => {
		const appointmentId = await booked();
		const [first, second] = await noted(appointmentId, 2);
		const { result, error } = await search(appointmentId);
		expect(error).toBeUndefined();
		const [call] = apiCalls(ctx.sandbox);
		expect(call).toMatchObject({
			method: 'GET',
			path: `/calendars/appointments/${appointmentId}/notes`,
			query: { limit: '20', offset: '0' },
			status: 200,
		});
		expect(call.headers.version).toBe('2021-04-15');
		expect(result?.results.map(({ name, value }) => ({ name, value }))).toEqual([
			{ name: 'Note 2', value: second },
			{ name: 'Note 1', value: first },
		]);
		// described by when it was added (a Private Integration Token writes as no user)
		expect(result?.results[0].description).toBe(ctx.sandbox.store.notes.get(second)!.dateAdded);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('reads every page of notes, then filters by the search text', async () => {
		const appointmentId = await booked();
		await noted(appointmentId, 23);
		const { result } = await search(appointmentId, { filter: 'note 2' });
		expect(apiCalls(ctx.sandbox).map((call) => call.query)).toEqual([
			{ limit: '20', offset: '0' },
			{ limit: '20', offset: '20' },
		]);
		// "Note 2" and "Note 20" … "Note 23"
		expect(result?.results.map((item) => item.name)).toEqual([
			'Note 23',
			'Note 22',
			'Note 21',
			'Note 20',
			'Note 2',
		]);
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
		const { result } = await search(appointmentId);
		expect(result?.results).toHaveLength(20);
		expect(ctx.sandbox.requests).toHaveLength(2);
	});

	it('shortens long notes to their start, and names their user', async () => {
		const appointmentId = await booked();
		await note('create', {
			appointmentId,
			body: `${'word '.repeat(30)}end`,
			appointmentNoteCreateFields: { userId: 'sandbox-user-2' },
		});
		const { result } = await search(appointmentId);
		expect(result?.results[0].name).toBe(`${'word '.repeat(12).slice(0, 59)}…`);
		expect(result?.results[0].description).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z · Riley Reyes$/);
	});

	it('asks nothing while no appointment is chosen, or the ID is an expression', async () => {
		for (const appointmentId of ['', '={{ $json.id }}']) {
			const { result, error } = await search(appointmentId);
			expect(error).toBeUndefined();
			expect(result).toEqual({ results: [] });
		}
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

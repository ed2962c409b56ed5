import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import { eachOfList, pageBySkip } from '../../nodes/HighLevelCalendars/shared/pages';
import type { RequestData } from '../../nodes/HighLevelCalendars/shared/transport/send';

describe('eachOfList', () => {
	it('makes one item per entry of a list answer and leaves other answers alone', async () => {
		const list = [{ json: [{ a: 1 }, { a: 2 }] as unknown as INodeExecutionData['json'] }];
		expect(await eachOfList(list)).toEqual([{ json: { a: 1 } }, { json: { a: 2 } }]);
		expect(await eachOfList([{ json: { message: 'ok' } }])).toEqual([{ json: { message: 'ok' } }]);
		expect(await eachOfList([{ json: [] as unknown as INodeExecutionData['json'] }])).toEqual([]);
	});
});

describe('pageBySkip', () => {
	const context = (parameters: IDataObject) =>
		({
			getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		}) as unknown as IExecutePaginationFunctions;
	const request = { options: { qs: { limit: 100, skip: 0 } } } as unknown as RequestData;
	const entries = (from: number, count: number) =>
		Array.from({ length: count }, (_, i) => ({ json: { _id: `n${from + i}` } }));

	it('asks page after page by skip until a short page', async () => {
		const asked: IDataObject[] = [];
		const items = await pageBySkip.call(context({ returnAll: true }), request, async (data) => {
			const { skip, limit } = data.options.qs as { skip: number; limit: number };
			asked.push({ skip, limit });
			return entries(skip, Math.min(limit, 230 - skip));
		});
		expect(asked).toEqual([
			{ skip: 0, limit: 100 },
			{ skip: 100, limit: 100 },
			{ skip: 200, limit: 100 },
		]);
		expect(items).toHaveLength(230);
	});

	it('stops when a page brings nothing new, so an API that ignores skip cannot make Return All loop', async () => {
		let calls = 0;
		const items = await pageBySkip.call(context({ returnAll: true }), request, async () => {
			calls++;
			if (calls > 5) throw new Error('asked again and again');
			return entries(0, 100);
		});
		expect(calls).toBe(2);
		expect(items.map((item) => item.json._id)).toEqual(entries(0, 100).map((e) => e.json._id));
	});

	it('Limit asks for what is still wanted, and keeps each entry once', async () => {
		const asked: IDataObject[] = [];
		const items = await pageBySkip.call(
			context({ returnAll: false, limit: 150 }),
			request,
			async (data) => {
				const { skip, limit } = data.options.qs as { skip: number; limit: number };
				asked.push({ skip, limit });
				// The second page overlaps the first by 10 (an entry added meanwhile shifts the list).
				return entries(skip === 0 ? 0 : skip - 10, limit);
			},
		);
		expect(asked).toEqual([
			{ skip: 0, limit: 100 },
			{ skip: 100, limit: 50 },
			{ skip: 150, limit: 10 },
		]);
		expect(items).toHaveLength(150);
		expect(new Set(items.map((item) => item.json._id)).size).toBe(150);
	});
});

import type { INodeExecutionData } from 'n8n-workflow';

import { eachOfList } from '../../nodes/HighLevelCalendars/shared/pages';

describe('eachOfList', () => {
	it('makes one item per entry of a list answer and leaves other answers alone', async () => {
		const list = [{ json: [{ a: 1 }, { a: 2 }] as unknown as INodeExecutionData['json'] }];
		expect(await eachOfList(list)).toEqual([{ json: { a: 1 } }, { json: { a: 2 } }]);
		expect(await eachOfList([{ json: { message: 'ok' } }])).toEqual([{ json: { message: 'ok' } }]);
		expect(await eachOfList([{ json: [] as unknown as INodeExecutionData['json'] }])).toEqual([]);
	});
});

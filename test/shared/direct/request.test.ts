import type { INodeTypeDescription } from 'n8n-workflow';

import { HighLevelCalendars } from '../../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { routingIsStatic } from '../../../nodes/HighLevelCalendars/shared/direct/request';

describe('routingIsStatic', () => {
	it('finds nothing in this node that the custom operation could not build as RoutingNode does', () => {
		expect(routingIsStatic(new HighLevelCalendars().description)).toEqual([]);
	});

	it('names what it could not: expressions in routing, declarative hooks, routing in a fixedCollection', () => {
		const description = {
			requestDefaults: { baseURL: '={{ $credentials.url }}' },
			properties: [
				{
					displayName: 'A',
					name: 'a',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'a', value: '={{ $value.trim() }}' } },
				},
				{
					displayName: 'B',
					name: 'b',
					type: 'string',
					default: '',
					routing: { request: { url: '=/things/{{ $value }}' } },
				},
				{
					displayName: 'C',
					name: 'c',
					type: 'string',
					default: '',
					routing: {
						output: { postReceive: [{ type: 'rootProperty', properties: { property: 'data' } }] },
					},
				},
				{
					displayName: 'D',
					name: 'd',
					type: 'fixedCollection',
					default: {},
					options: [
						{
							displayName: 'E',
							name: 'e',
							values: [
								{
									displayName: 'F',
									name: 'f',
									type: 'string',
									default: '',
									routing: { send: { type: 'query', property: 'f' } },
								},
							],
						},
					],
				},
			],
		} as unknown as INodeTypeDescription;
		expect(routingIsStatic(description)).toEqual([
			'requestDefaults',
			'a: routing.send',
			'b: routing.request',
			'c: a declarative postReceive',
			'd.e.f: routing inside a fixedCollection',
		]);
	});
});

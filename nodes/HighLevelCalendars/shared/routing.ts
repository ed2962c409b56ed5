import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import type { Endpoint } from '../endpoints';
import { fillPath } from './hooks';
import { type RouteHooks, route as transportRoute } from './transport/route';

/**
 * The routing of one operation: its endpoint, the parameters whose IDs fill the endpoint's `{names}`
 * (each checked and path-encoded), then its own hooks and Runner. See route() in transport/route.ts
 * for what every operation gets on top.
 */
export function route(
	endpoint: Endpoint,
	{
		path = [],
		preSend = [],
		...rest
	}: RouteHooks & { path?: INodeProperties[] | Record<string, INodeProperties> } = {},
): INodePropertyRouting {
	return transportRoute(endpoint, {
		...rest,
		preSend: Object.keys(path).length ? [fillPath(endpoint, path), ...preSend] : preSend,
	});
}

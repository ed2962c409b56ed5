import type { IHttpRequestMethods, INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { applyTimeout, checkAnswer, useAccount } from './hooks';

/**
 * Gives each field that has no routing of its own `send: body.<name>`: the fields' names are the API's
 * property names, so the body mirrors what the user filled in. Fields listed in `notSent` only steer
 * the node (such as Time Zone) and are read by hooks instead.
 */
export function sentAsBodyProperties(
	fields: INodeProperties[],
	notSent: string[] = [],
): INodeProperties[] {
	return fields.map((field) =>
		field.routing || notSent.includes(field.name)
			? field
			: { ...field, routing: { send: { type: 'body', property: field.name } } },
	);
}

export function showFor(resource: string, operations: string[]): { show: { resource: string[]; operation: string[] } } {
	return { show: { resource: [resource], operation: operations } };
}

type Hook = NonNullable<NonNullable<INodePropertyRouting['send']>['preSend']>[number];
type PostReceive = NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']>[number];

/**
 * Routing of one operation. Every request first points at the credential's host (`useAccount`) and is
 * marked `paginate` so that it goes through `sendRequest` (see transport.ts: rate gate, retries, error
 * mapping); every answer is checked and its rate-limit headers read (`checkAnswer`).
 */
export function route(
	method: IHttpRequestMethods,
	url: string,
	{ preSend = [], postReceive = [] }: { preSend?: Hook[]; postReceive?: PostReceive[] } = {},
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { paginate: true, preSend: [useAccount, applyTimeout, ...preSend] },
		output: { postReceive: [checkAnswer, ...postReceive] },
	};
}

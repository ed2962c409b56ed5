import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DirectoryLoader } from 'n8n-core';
import type { INodeParameters } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { runNode } from '../../scripts/lib/engine';
import {
	AUTHENTICATION,
	DEFAULTS,
	apiCalls,
	byId,
	credentialTypes,
	credentialsFor,
	useSandbox,
} from '../helpers/node';
import { bearer, forgetSubAccountTokens } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

// n8n adds the Request Options collection (batching, proxy, SSL, timeout) to every declarative node
// when it loads a package; the harness loads the node class directly, so it is added the same way here.
function nodeWithRequestOptions() {
	const nodeType = new HighLevelCalendars();
	DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
	return nodeType;
}

const getCalendar = {
	authentication: AUTHENTICATION.agency,
	subAccount: byId(DEFAULTS.otherLocationId),
	resource: 'calendar',
	operation: 'get',
	calendarId: byId(DEFAULTS.otherLocationCalendarId),
};

const runWith = async (parameters: Record<string, unknown>) =>
	await runNode({
		nodeType: nodeWithRequestOptions(),
		credentialTypes: credentialTypes(),
		parameters: parameters as INodeParameters,
		credentials: credentialsFor(ctx.sandbox, 'agency'),
	});

/** A forward proxy that records each request's absolute URL and passes it on. */
let proxy: http.Server;
let proxied: Array<{ url: string; authorization?: string }> = [];
beforeAll(async () => {
	proxy = http.createServer((req, res) => {
		proxied.push({ url: String(req.url), authorization: req.headers.authorization });
		const upstream = http.request(
			String(req.url),
			{ method: req.method, headers: req.headers },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
	proxy.closeAllConnections();
	await new Promise((resolve) => proxy.close(resolve));
});
beforeEach(() => {
	proxied = [];
});

describe('Agency connection: the send path with the sub-account token keeps n8n’s Request Options', () => {
	it('sends through the Request Options proxy, with the sub-account token', async () => {
		const { port } = proxy.address() as AddressInfo;
		const result = await runWith({
			...getCalendar,
			requestOptions: { proxy: `http://127.0.0.1:${port}` },
		});
		expect(result.error).toBeUndefined();
		expect(result.items?.[0][0].json.id).toBe(DEFAULTS.otherLocationCalendarId);
		// The token request goes the same way as the request it serves (an agency behind a mandatory
		// proxy gets its tokens through it), with the agency token; the calendar call with the new one.
		expect(proxied.map(({ url }) => url)).toEqual([
			`${ctx.sandbox.url}/oauth/locationToken`,
			`${ctx.sandbox.url}/calendars/${DEFAULTS.otherLocationCalendarId}`,
		]);
		const [call] = apiCalls(ctx.sandbox);
		expect(proxied[0].authorization).not.toBe(`Bearer ${bearer(call)}`);
		expect(proxied[1].authorization).toBe(`Bearer ${bearer(call)}`);
		expect(ctx.sandbox.tokens.get(bearer(call))?.locationId).toBe(DEFAULTS.otherLocationId);
	});

	it('gives up on a slow answer after the timeout and retries the GET', async () => {
		ctx.sandbox.injectFault({
			method: 'GET',
			path: `/calendars/${DEFAULTS.otherLocationCalendarId}`,
			kind: 'slow',
			delayMs: 2500,
			times: 1,
		});
		const result = await runWith({ ...getCalendar, requestOptions: { timeout: 1000 } });
		// Two calls: the slow answer (which would have come, after 2.5 s) was given up at the timeout.
		expect(result.error).toBeUndefined();
		expect(apiCalls(ctx.sandbox)).toHaveLength(2);
	});

	it('gives up on a slow sub-account token after the timeout too, naming the sub-account', async () => {
		ctx.sandbox.injectFault({
			method: 'POST',
			path: '/oauth/locationToken',
			kind: 'slow',
			delayMs: 2500,
			times: 1,
		});
		const result = await runWith({ ...getCalendar, requestOptions: { timeout: 1000 } });
		expect(result.error?.message).toBe(
			`Could not get a token for sub-account ${DEFAULTS.otherLocationId}: no answer within the timeout`,
		);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('sends without a proxy when none is set', async () => {
		const result = await runWith(getCalendar);
		expect(result.error).toBeUndefined();
		expect(proxied).toEqual([]);
	});
});

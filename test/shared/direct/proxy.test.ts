import { parse } from 'node:url';

import { parseProxy } from '../../../nodes/HighLevelCalendars/shared/direct/operation';

// RoutingNode reads Request Options → Proxy with node:url's legacy parse; so must the custom operation.
describe('parseProxy reads a proxy URL as node:url.parse does', () => {
	it.each([
		'http://127.0.0.1:8080',
		'https://proxy.example.com:443',
		'HTTP://Proxy.Example.com:3128',
		'http://127.0.0.1',
		'127.0.0.1:8080',
		'localhost:3128',
		'not a url',
		'http://user:p%40ss@proxy:1',
		'http://user@proxy:1',
		'http://[::1]:3128',
		'socks5://h:1080',
		'http://h:1080/path?x=1',
		'',
	])('%j', (proxy) => {
		const legacy = parse(proxy);
		const ours = parseProxy(proxy);
		expect({
			host: ours.host !== null,
			port: ours.port,
			...(ours.host !== null && ours.port !== null
				? { hostname: ours.hostname, protocol: ours.protocol, auth: ours.auth }
				: {}),
		}).toEqual({
			host: legacy.host !== null,
			port: legacy.port,
			...(legacy.host !== null && legacy.port !== null
				? { hostname: legacy.hostname, protocol: legacy.protocol, auth: legacy.auth }
				: {}),
		});
	});
});

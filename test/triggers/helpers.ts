import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULTS, startSandbox } from '../../sandbox/server';

export { DEFAULTS };
export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** A sandbox for the file, reset before each test; no rate limit. */
export function useTriggerSandbox() {
	const handle = { sandbox: undefined as unknown as Sandbox };
	beforeAll(async () => {
		handle.sandbox = await startSandbox({ faults: { rateLimit: false } });
	});
	beforeEach(() => handle.sandbox.reset());
	afterAll(async () => await handle.sandbox.close());
	return handle;
}

/** Calls the sandbox as a HighLevel client would (Private Integration Token). */
export async function api(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<any> {
	const response = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${DEFAULTS.pitToken}`,
			Version: '2021-04-15',
			Accept: 'application/json',
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

/** Books `contact` on the default calendar at `startTime` (a weekday between 9 and 17 New York time). */
export async function book(sandbox: Sandbox, startTime: string, extra: Record<string, unknown> = {}) {
	return await api(sandbox, 'POST', '/calendars/events/appointments', {
		calendarId: DEFAULTS.calendarId,
		locationId: DEFAULTS.locationId,
		contactId: DEFAULTS.contactId,
		startTime,
		...extra,
	});
}

export interface Received {
	headers: IncomingMessage['headers'];
	body: string;
}

/** A bare HTTP receiver that records what is posted to it and answers 200. */
export async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
	const received: Received[] = [];
	const server: Server = createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/hook`,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

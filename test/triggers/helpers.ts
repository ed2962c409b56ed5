import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DateTime } from 'luxon';

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { HighLevelCalendarsTokenApi } from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { HighLevelCalendarsPollTrigger } from '../../nodes/HighLevelCalendarsPollTrigger/HighLevelCalendarsPollTrigger.node';
import { HighLevelCalendarsTrigger } from '../../nodes/HighLevelCalendarsTrigger/HighLevelCalendarsTrigger.node';
import { callAsClient } from '../../sandbox/client';
import { DEFAULTS, sandboxCredentialData, startSandbox } from '../../sandbox/server';
import { runPoll, startWebhookTrigger } from '../../scripts/lib/triggers';

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
export async function api(
	sandbox: Sandbox,
	method: string,
	path: string,
	body?: unknown,
): Promise<any> {
	return await callAsClient(sandbox.url, method, path, body);
}

/**
 * `hour`:00 New York time on the `weekdays`-th weekday after today, with its offset. Counting weekdays
 * (not days) keeps two different counts on two different days whatever today is (3 and 4 days from a
 * Wednesday both land on Monday).
 */
export function weekdayAt(weekdays: number, hour = 10): string {
	let day = DateTime.now()
		.setZone('America/New_York')
		.set({ hour, minute: 0, second: 0, millisecond: 0 });
	for (let left = weekdays; left > 0;) {
		day = day.plus({ days: 1 });
		if (day.weekday <= 5) left--;
	}
	return day.toISO({ suppressMilliseconds: true })!;
}

/** Books `contact` on the default calendar at `startTime` (a weekday between 9 and 17 New York time). */
export async function book(
	sandbox: Sandbox,
	startTime: string,
	extra: Record<string, unknown> = {},
) {
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
export async function startReceiver(): Promise<{
	url: string;
	received: Received[];
	close: () => Promise<void>;
}> {
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

export const credentialTypes = () => [
	new HighLevelCalendarsOAuth2Api(),
	new HighLevelCalendarsTokenApi(),
];

/** The Private Integration Token credential, pointed at the sandbox. */
export function tokenCredential(sandbox: Sandbox) {
	return {
		highLevelCalendarsTokenApi: structuredClone(
			sandboxCredentialData(sandbox.url).highLevelCalendarsTokenApi,
		),
	};
}

/**
 * The webhook trigger listening through n8n-core's WebhookContext, with the sandbox's Ed25519 key, and
 * subscribed to the sandbox's appointment changes. Closed after the test.
 */
export async function listen(
	sandbox: Sandbox,
	parameters: Record<string, unknown> = {},
	{
		scheme = 'ed25519',
		staticData,
		subscribe = true,
	}: {
		scheme?: 'ed25519' | 'rsa' | 'both';
		staticData?: Record<string, unknown>;
		subscribe?: boolean;
	} = {},
) {
	const trigger = await startWebhookTrigger({
		nodeType: new HighLevelCalendarsTrigger(),
		credentialTypes: credentialTypes(),
		parameters: {
			events: [
				'appointmentBooked',
				'appointmentUpdated',
				'appointmentCancelled',
				'appointmentDeleted',
			],
			ed25519PublicKey: sandbox.webhooks.publicKeys.ed25519,
			...parameters,
		} as any,
		staticData: staticData as any,
	});
	if (subscribe) sandbox.webhooks.subscribe(trigger.url, { scheme });
	listening.push(trigger);
	return trigger;
}
const listening: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
	for (const trigger of listening.splice(0)) await trigger.close();
});

/** One poll of the poll trigger through n8n-core's PollContext, with the sandbox token credential. */
export async function poll(
	sandbox: Sandbox,
	parameters: Record<string, unknown> = {},
	{ staticData, mode }: { staticData?: Record<string, unknown>; mode?: 'trigger' | 'manual' } = {},
) {
	const result = await runPoll({
		nodeType: new HighLevelCalendarsPollTrigger(),
		credentialTypes: credentialTypes(),
		credentials: tokenCredential(sandbox),
		parameters: {
			authentication: 'privateIntegrationToken',
			events: ['appointmentBooked', 'appointmentUpdated', 'appointmentCancelled'],
			...parameters,
		} as any,
		staticData: staticData as any,
		mode,
	});
	return { ...result, json: (result.items ?? []).map((item) => item.json) };
}

// @ts-check
/**
 * The triggers in real n8n: both trigger workflows of scripts/e2e/workflows/ (each reports every item
 * it gets to a local receiver) are activated before `n8n start`; then appointments are booked,
 * changed, cancelled and deleted through the sandbox, which posts signed webhooks to the activated
 * workflow's production URL, while the poll trigger reads the calendars every minute.
 *
 * Checked: one execution per event and nothing twice, for each trigger; unsigned and tampered
 * deliveries answered 401 with no execution. n8n's shortest poll interval is a minute, so the poll
 * checks wait for up to two poll times each.
 */
'use strict';

const http = require('node:http');
const path = require('node:path');

const { ROOT } = require('./lines');

const { callAsClient } = require(path.join(ROOT, 'sandbox', 'client.js'));

const WEBHOOK_WORKFLOW = 'hlE2eTriggerWebhook';
const POLL_WORKFLOW = 'hlE2eTriggerPoll';
const TRIGGER_WORKFLOWS = [WEBHOOK_WORKFLOW, POLL_WORKFLOW];
// The webhook trigger's webhookId and path in scripts/e2e/workflows/e2e-trigger-webhook.json.
const WEBHOOK_PATH = '/webhook/e2e0b7c4-1d2a-4e3f-9a8b-6c5d4e3f2a10/webhook';
const POLL_WAIT_MS = 150_000;

/**
 * The CLI arguments that activate a workflow on its next start: n8n 2.x publishes a workflow
 * (`update:workflow --active` is gone there); 1.x sets it active.
 * @param {import('./lines').Line} line
 * @param {string} id
 */
function activateArgs(line, id) {
	return line.id === '2.x'
		? ['publish:workflow', `--id=${id}`]
		: ['update:workflow', `--id=${id}`, '--active=true'];
}

/**
 * Records what the trigger workflows report: `{ from: 'webhook' | 'poll', event, appointmentId }`.
 * @returns {Promise<{ url: string, reports: Array<Record<string, any>>, close: () => Promise<void> }>}
 */
function startReceiver() {
	/** @type {Array<Record<string, any>>} */
	const reports = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			try {
				reports.push({ from: (req.url ?? '').replace(/^\//, ''), ...JSON.parse(body) });
			} catch {
				reports.push({ from: req.url, unreadable: body });
			}
			res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
		});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				url: `http://127.0.0.1:${port}`,
				reports,
				close: () => new Promise((done) => server.close(() => done(undefined))),
			});
		});
	});
}

/**
 * The trigger workflow files with the sandbox's Ed25519 key and the receiver's URL put in.
 * @param {string} text the workflow file
 * @param {{ ed25519PublicKey: string, receiverUrl: string }} values
 */
function fillTriggerWorkflow(text, { ed25519PublicKey, receiverUrl }) {
	return text
		.replace('"E2E_ED25519_PUBLIC_KEY"', JSON.stringify(ed25519PublicKey))
		.replaceAll('E2E_RECEIVER_URL', receiverUrl);
}

/** 11:00 New York time two weekdays from now, well inside the poll trigger's look-ahead. */
function soonWeekday() {
	const day = new Date();
	for (let left = 2; left > 0;) {
		day.setUTCDate(day.getUTCDate() + 1);
		if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left--;
	}
	// 16:00 UTC is 11:00 in New York in winter and 12:00 in summer: either is inside the calendar's hours.
	return `${day.toISOString().slice(0, 10)}T16:00:00Z`;
}

/**
 * @param {{
 *   serverUrl: string,
 *   sandbox: any,
 *   D: any,
 *   receiver: Awaited<ReturnType<typeof startReceiver>>,
 *   check: (name: string, ok: boolean, detail?: string) => boolean,
 * }} o
 */
async function checkTriggers({ serverUrl, sandbox, D, receiver, check }) {
	const api = (
		/** @type {string} */ method,
		/** @type {string} */ p,
		/** @type {unknown} */ body = undefined,
	) => callAsClient(sandbox.url, method, p, body);
	const waitFor = async (/** @type {() => boolean} */ done, /** @type {number} */ ms) => {
		const deadline = Date.now() + ms;
		while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
		return done();
	};
	const reported = (/** @type {string} */ from, /** @type {string} */ id) =>
		receiver.reports
			.filter((r) => r.from === from && r.appointmentId === id)
			.map((r) => /** @type {string} */ (r.event));
	const hasPoll = (/** @type {string} */ id, /** @type {string} */ event) =>
		reported('poll', id).includes(event);

	const unsubscribe = sandbox.webhooks.subscribe(`${serverUrl}${WEBHOOK_PATH}`);
	try {
		const booked = await api('POST', '/calendars/events/appointments', {
			calendarId: D.calendarId,
			locationId: D.locationId,
			contactId: D.contactId,
			startTime: soonWeekday(),
			title: 'e2e trigger check',
		});
		await api('PUT', `/calendars/events/appointments/${booked.id}`, { title: 'e2e, changed' });
		const pollBooked = await waitFor(() => hasPoll(booked.id, 'appointmentBooked'), POLL_WAIT_MS);
		await api('PUT', `/calendars/events/appointments/${booked.id}`, {
			appointmentStatus: 'cancelled',
		});
		const pollCancelled = await waitFor(
			() => hasPoll(booked.id, 'appointmentCancelled'),
			POLL_WAIT_MS,
		);
		await api('DELETE', `/calendars/events/${booked.id}`);
		const expected = [
			'appointmentBooked',
			'appointmentUpdated',
			'appointmentCancelled',
			'appointmentDeleted',
		];
		await waitFor(() => reported('webhook', booked.id).length >= expected.length, 30_000);
		const deliveries = sandbox.webhooks.deliveries.filter(
			(/** @type {any} */ d) => d.kind === 'event',
		);
		// Executions run side by side, so their reports may come in another order than the changes.
		const webhookEvents = reported('webhook', booked.id);
		check(
			'webhook trigger: each event runs once',
			JSON.stringify([...webhookEvents].sort()) === JSON.stringify([...expected].sort()) &&
				deliveries.every((/** @type {any} */ d) => d.status === 200),
			`${deliveries.map((/** @type {any} */ d) => `${d.type} → ${d.status}`).join(', ')}; runs: ${webhookEvents.join(', ') || 'none'}`,
		);

		const before = receiver.reports.length;
		const refused = [];
		for (const kind of /** @type {const} */ (['unsigned', 'tampered', 'wrongKey'])) {
			await sandbox.webhooks.send(kind, { appointment: booked });
			const last = sandbox.webhooks.deliveries[sandbox.webhooks.deliveries.length - 1];
			refused.push(`${kind} → ${last?.status}`);
		}
		await new Promise((r) => setTimeout(r, 3_000));
		check(
			'webhook trigger: bad signatures refused',
			refused.every((r) => r.endsWith('→ 401')) && receiver.reports.length === before,
			`${refused.join(', ')}; runs started: ${receiver.reports.length - before}`,
		);

		const pollEvents = reported('poll', booked.id);
		check(
			'poll trigger: each change reported once',
			pollBooked &&
				pollCancelled &&
				JSON.stringify(pollEvents) ===
					JSON.stringify(['appointmentBooked', 'appointmentCancelled']),
			`runs: ${pollEvents.join(', ') || 'none'}`,
		);
	} finally {
		unsubscribe();
	}
}

module.exports = {
	TRIGGER_WORKFLOWS,
	activateArgs,
	startReceiver,
	fillTriggerWorkflow,
	checkTriggers,
};

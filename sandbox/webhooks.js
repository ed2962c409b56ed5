// @ts-check
'use strict';

/**
 * The sandbox's webhook sender: when its appointments change it posts AppointmentCreate,
 * AppointmentUpdate and AppointmentDelete to the subscribed URLs, as HighLevel posts them to a
 * marketplace app's webhook URL (docs/webhook-events/Appointment*.md, plus the `timestamp` and
 * `webhookId` of the Webhook Authentication Guide). Signed with key pairs of its own: Ed25519 in
 * `X-GHL-Signature` (HighLevel's scheme since 2026-07-01) and, on request, RSA-SHA256 in the legacy
 * `x-wh-signature`. A trigger is pointed at `publicKeys` through its key settings.
 *
 * `send(kind)` posts the deliveries a receiver must refuse or drop: a replay, a stale one, an
 * unsigned one, a tampered one, one signed with another key and one of another sub-account.
 */

const crypto = require('crypto');
const http = require('http');
const https = require('https');
const { OTHER_LOCATION_ID } = require('./defaults');

/** @typedef {'ed25519' | 'rsa' | 'both'} Scheme */
/** @typedef {'AppointmentCreate' | 'AppointmentUpdate' | 'AppointmentDelete'} EventType */

/**
 * @typedef {object} Delivery One POST the sender made.
 * @property {string} url
 * @property {string} kind 'event' for a real change, else the send() kind
 * @property {string} type
 * @property {string} webhookId
 * @property {string} body the exact bytes sent
 * @property {Record<string, string>} headers
 * @property {number} status 0 when the request failed
 * @property {string} response
 */

// Generating an RSA key pair takes a moment: once per process, on first use.
/** @type {{ ed25519: crypto.KeyPairKeyObjectResult, rsa: crypto.KeyPairKeyObjectResult, other: crypto.KeyPairKeyObjectResult } | undefined} */
let keyPairs;
function keys() {
	keyPairs ??= {
		ed25519: crypto.generateKeyPairSync('ed25519'),
		rsa: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }),
		other: crypto.generateKeyPairSync('ed25519'),
	};
	return keyPairs;
}

/** @param {crypto.KeyObject} key */
const pem = (key) => /** @type {string} */ (key.export({ type: 'spki', format: 'pem' }));

/** Fields of the documented webhook `appointment` object. */
const APPOINTMENT_FIELDS = [
	'id',
	'address',
	'title',
	'calendarId',
	'contactId',
	'groupId',
	'appointmentStatus',
	'assignedUserId',
	'users',
	'notes',
	'source',
	'startTime',
	'endTime',
	'dateAdded',
	'dateUpdated',
];

/**
 * @param {import('./store').Appointment} appointment
 * @returns {Record<string, unknown>}
 */
function webhookAppointment(appointment) {
	/** @type {Record<string, unknown>} */
	const source = { ...appointment, source: appointment.createdBy?.source ?? 'third_party' };
	return Object.fromEntries(
		APPOINTMENT_FIELDS.filter((field) => source[field] !== undefined).map((field) => [
			field,
			source[field],
		]),
	);
}

class WebhookSender {
	constructor() {
		/** @type {Array<{ url: string, scheme: Scheme }>} */
		this.targets = [];
		/** @type {Delivery[]} */
		this.deliveries = [];
		/** @type {Set<Promise<void>>} */
		this.inflight = new Set();
	}

	/** PEM public keys a receiver checks the signatures with. */
	get publicKeys() {
		return { ed25519: pem(keys().ed25519.publicKey), rsa: pem(keys().rsa.publicKey) };
	}

	/** Forgets subscriptions and deliveries (the keys stay). */
	reset() {
		this.targets.length = 0;
		this.deliveries.length = 0;
	}

	/**
	 * Posts every later appointment change to `url`.
	 * @param {string} url
	 * @param {{ scheme?: Scheme }} [options] default: Ed25519 only, as HighLevel signs since 2026-07-01
	 * @returns {() => void} unsubscribes
	 */
	subscribe(url, { scheme = 'ed25519' } = {}) {
		const target = { url, scheme };
		this.targets.push(target);
		return () => {
			const index = this.targets.indexOf(target);
			if (index !== -1) this.targets.splice(index, 1);
		};
	}

	/** Resolves once every delivery started so far has been answered (or failed). */
	async idle() {
		while (this.inflight.size > 0) await Promise.all([...this.inflight]);
	}

	/**
	 * The body HighLevel would post for a change.
	 * @param {EventType} type
	 * @param {import('./store').Appointment} appointment
	 * @param {{ timestamp?: string, webhookId?: string, locationId?: string }} [overrides]
	 */
	payload(type, appointment, overrides = {}) {
		return {
			type,
			locationId: overrides.locationId ?? appointment.locationId,
			appointment: webhookAppointment(appointment),
			timestamp: overrides.timestamp ?? new Date().toISOString(),
			webhookId: overrides.webhookId ?? crypto.randomUUID(),
		};
	}

	/**
	 * Signature headers for `body`.
	 * @param {string} body
	 * @param {Scheme} scheme
	 * @param {crypto.KeyObject} [ed25519Key] another private key, for the wrong-key case
	 */
	sign(body, scheme, ed25519Key = keys().ed25519.privateKey) {
		/** @type {Record<string, string>} */
		const headers = {};
		if (scheme !== 'rsa')
			headers['x-ghl-signature'] = crypto
				.sign(null, Buffer.from(body), ed25519Key)
				.toString('base64');
		if (scheme !== 'ed25519') {
			headers['x-wh-signature'] = crypto
				.sign('sha256', Buffer.from(body), keys().rsa.privateKey)
				.toString('base64');
		}
		return headers;
	}

	/**
	 * Called by the appointment routes after a change: one signed delivery per subscriber.
	 * @param {EventType} type
	 * @param {import('./store').Appointment} appointment
	 */
	appointmentChanged(type, appointment) {
		for (const target of this.targets) {
			const payload = this.payload(type, appointment);
			const body = JSON.stringify(payload);
			this.post(target.url, {
				kind: 'event',
				type,
				webhookId: payload.webhookId,
				body,
				headers: this.sign(body, target.scheme),
			});
		}
	}

	/**
	 * Posts one delivery a receiver must not run a workflow for, to every subscriber (or `url`):
	 * - `replay`: the last delivery again, byte for byte, signature included
	 * - `stale`: correctly signed, timestamp `ageMs` (default 10 minutes) in the past
	 * - `unsigned`: no signature header
	 * - `tampered`: signed, then the body changed
	 * - `wrongKey`: signed with an Ed25519 key that is not the sandbox's
	 * - `foreignLocation`: correctly signed, for another sub-account (to be acknowledged and dropped)
	 * - `rsaOnly`: correctly signed with the legacy RSA header only
	 * @param {'replay' | 'stale' | 'unsigned' | 'tampered' | 'wrongKey' | 'foreignLocation' | 'rsaOnly'} kind
	 * @param {{ appointment: import('./store').Appointment, type?: EventType, url?: string, ageMs?: number }} options
	 */
	async send(kind, { appointment, type = 'AppointmentCreate', url, ageMs = 10 * 60_000 }) {
		const urls = url ? [url] : this.targets.map((target) => target.url);
		for (const to of urls) {
			if (kind === 'replay') {
				const last = [...this.deliveries].reverse().find((delivery) => delivery.url === to);
				if (!last) throw new Error(`No earlier delivery to ${to} to replay`);
				this.post(to, { ...last, kind });
				continue;
			}
			const payload = this.payload(type, appointment, {
				timestamp: kind === 'stale' ? new Date(Date.now() - ageMs).toISOString() : undefined,
				locationId: kind === 'foreignLocation' ? OTHER_LOCATION_ID : undefined,
			});
			const body = JSON.stringify(payload);
			let headers = this.sign(
				body,
				kind === 'rsaOnly' ? 'rsa' : 'ed25519',
				kind === 'wrongKey' ? keys().other.privateKey : undefined,
			);
			let sent = body;
			if (kind === 'unsigned') headers = {};
			if (kind === 'tampered')
				sent = body.replace(/"appointmentStatus":"[^"]*"/, '"appointmentStatus":"showed"');
			this.post(to, { kind, type, webhookId: payload.webhookId, body: sent, headers });
		}
		await this.idle();
	}

	/**
	 * @param {string} url
	 * @param {{ kind: string, type: string, webhookId: string, body: string, headers: Record<string, string> }} delivery
	 */
	post(url, delivery) {
		/** @type {Delivery} */
		const record = { url, ...delivery, status: 0, response: '' };
		this.deliveries.push(record);
		const target = new URL(url);
		const client = target.protocol === 'https:' ? https : http;
		const done = new Promise((resolve) => {
			const request = client.request(
				target,
				{
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(delivery.body),
						...delivery.headers,
					},
				},
				(response) => {
					let text = '';
					response.setEncoding('utf8');
					response.on('data', (chunk) => (text += chunk));
					response.on('end', () => {
						record.status = response.statusCode ?? 0;
						record.response = text;
						resolve(undefined);
					});
				},
			);
			request.on('error', (error) => {
				record.response = error.message;
				resolve(undefined);
			});
			request.end(delivery.body);
		}).then(() => {
			this.inflight.delete(done);
		});
		this.inflight.add(done);
	}
}

module.exports = { WebhookSender, webhookAppointment };

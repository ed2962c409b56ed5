import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	APPOINTMENT_EVENTS,
	WEBHOOK_TYPES,
	remember,
	previousOf,
	webhookEvent,
} from '../shared/appointmentEvents/events';
import { dropReason, listOf } from '../shared/appointmentEvents/filters';
import { checkFreshness } from '../shared/appointmentEvents/freshness';
import { readPublicKey } from '../shared/appointmentEvents/keys';
import { firstDelivery, memoryIn, pruneAppointments } from '../shared/appointmentEvents/memory';
import { shapeEvent } from '../shared/appointmentEvents/output';
import { type SignatureKeys, checkSignature } from '../shared/appointmentEvents/signature';
import { outputZone } from '../shared/appointmentEvents/zone';

/**
 * One delivery from HighLevel: refused with 401 unless signed and fresh, acknowledged with 200 and
 * dropped when it is not wanted, else one item for the workflow (n8n answers HighLevel at once).
 */

const MINUTE = 60_000;

function keysOf(context: IWebhookFunctions): SignatureKeys {
	const key = (parameter: string, displayName: string, type: 'ed25519' | 'rsa') => {
		const read = readPublicKey(context.getNodeParameter(parameter, '') as string, type);
		if ('problem' in read)
			throw new NodeOperationError(context.getNode(), `${displayName} ${read.problem}`);
		return read.key;
	};
	const ed25519Text = (context.getNodeParameter('ed25519PublicKey', '') as string).trim();
	const acceptLegacy = context.getNodeParameter('acceptLegacySignature', false) as boolean;
	return {
		ed25519: ed25519Text ? key('ed25519PublicKey', 'Ed25519 Public Key', 'ed25519') : undefined,
		rsa: acceptLegacy ? key('rsaPublicKey', 'RSA Public Key', 'rsa') : undefined,
	};
}

function refuse(context: IWebhookFunctions, reason: string): IWebhookResponseData {
	context.logger.warn(`HighLevel Calendars Trigger refused a delivery: ${reason}`);
	context
		.getResponseObject()
		.status(401)
		.json({ message: `Refused: ${reason}` });
	return { noWebhookResponse: true };
}

async function rawBodyOf(context: IWebhookFunctions): Promise<Buffer | undefined> {
	const request = context.getRequestObject();
	// n8n reads the body lazily in some versions; the signature covers the bytes, not the parsed JSON.
	if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	const raw: unknown = request.rawBody;
	if (Buffer.isBuffer(raw)) return raw;
	return typeof raw === 'string' ? Buffer.from(raw) : undefined;
}

export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const keys = keysOf(this);
	const raw = await rawBodyOf(this);
	if (!raw) return refuse(this, 'no body to verify');
	const signature = checkSignature(raw, this.getHeaderData() as Record<string, unknown>, keys);
	if (!signature.ok) return refuse(this, signature.reason);

	let payload: IDataObject;
	try {
		payload = JSON.parse(raw.toString('utf8')) as IDataObject;
	} catch {
		return refuse(this, 'the body is not JSON');
	}
	if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
		return refuse(this, 'the body is not a JSON object');

	const now = Date.now();
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const maxAgeMs = (typeof options.maxAgeMinutes === 'number' ? options.maxAgeMinutes : 5) * MINUTE;
	const fresh = checkFreshness(payload.timestamp, now, maxAgeMs);
	if (!fresh.ok) return refuse(this, fresh.reason);

	const memory = memoryIn(this.getWorkflowStaticData('node'));
	if (typeof payload.webhookId === 'string' && payload.webhookId !== '') {
		// Best effort: concurrent deliveries and several webhook processes do not share this memory.
		if (!firstDelivery(memory, payload.webhookId, now, maxAgeMs > 0 ? maxAgeMs + MINUTE : 0)) {
			return refuse(this, `webhookId ${payload.webhookId} was already received`);
		}
	}

	const appointment = (
		typeof payload.appointment === 'object' && payload.appointment !== null
			? payload.appointment
			: {}
	) as IDataObject;
	const id = typeof appointment.id === 'string' ? appointment.id : undefined;
	const remembered = id ? memory.appointments[id] : undefined;
	const event = id ? webhookEvent(payload.type, appointment, remembered) : undefined;
	if (id) {
		if (payload.type === WEBHOOK_TYPES.delete) delete memory.appointments[id];
		else if (event) memory.appointments[id] = remember(appointment, now);
		pruneAppointments(memory);
	}
	if (!event) return { webhookResponse: { received: true } };

	const locationId =
		typeof payload.locationId === 'string'
			? payload.locationId
			: (appointment.locationId as string | undefined);
	const why = dropReason(
		{
			events: listOf(this.getNodeParameter('events', [])),
			calendarIds: listOf(this.getNodeParameter('calendarIds', [])),
			statuses: listOf(this.getNodeParameter('statuses', [])),
			locationId: (this.getNodeParameter('locationId', '') as string).trim() || undefined,
		},
		{
			event,
			calendarId: appointment.calendarId,
			locationId,
			status: appointment.appointmentStatus,
		},
	);
	if (why) {
		this.logger.debug(`HighLevel Calendars Trigger dropped a delivery: ${why}`);
		return { webhookResponse: { received: true } };
	}

	const item = shapeEvent(
		{
			event,
			appointment,
			locationId,
			previous:
				event === APPOINTMENT_EVENTS.updated || event === APPOINTMENT_EVENTS.cancelled
					? previousOf(remembered)
					: undefined,
			payload,
		},
		outputZone(this),
		options.includePayload === true,
	);
	return { workflowData: [[{ json: item }]] };
}

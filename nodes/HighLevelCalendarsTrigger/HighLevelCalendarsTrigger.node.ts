import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchTimeZones } from '../HighLevelCalendars/listSearch/searchTimeZones';
import { authenticationParameter, credentialsFor } from '../HighLevelCalendars/shared/credentials';
import { getCalendars } from '../shared/appointmentEvents/calendars';
import { HIGHLEVEL_RSA_PUBLIC_KEY } from '../shared/appointmentEvents/keys';
import {
	calendarIdsProperty,
	eventsProperty,
	includePayloadOption,
	statusesProperty,
	timeZoneProperty,
} from '../shared/appointmentEvents/properties';
import { receiveDelivery } from './webhook';

export class HighLevelCalendarsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HighLevel Calendars Trigger',
		name: 'highLevelCalendarsTrigger',
		icon: { light: 'file:highLevelCalendars.svg', dark: 'file:highLevelCalendars.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).join(", ") }}',
		description:
			'Starts the workflow when HighLevel (LeadConnector) posts an appointment event to your marketplace app',
		defaults: { name: 'HighLevel Calendars Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Only the calendar and time zone pickers use a credential; deliveries are checked by signature.
		credentials: credentialsFor(false),
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// HighLevel gets its 200 before the workflow runs.
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'HighLevel has no API to register webhooks: paste this node\'s URL (above) into your marketplace app (Advanced Settings › Webhooks › Webhook URL) and subscribe it to AppointmentCreate, AppointmentUpdate and AppointmentDelete. While building, use the Test URL and click "Listen for test event"; before activating the workflow, change the app\'s URL to the Production URL. One app has one URL: let one workflow receive, then route with a Switch node.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			authenticationParameter,
			eventsProperty(true),
			calendarIdsProperty,
			{
				displayName: 'Sub-Account ID',
				name: 'locationId',
				type: 'string',
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT',
				description:
					'Only events of this sub-account (location). Leave empty for every sub-account the app is installed in.',
			},
			statusesProperty,
			{
				displayName: 'Ed25519 Public Key',
				name: 'ed25519PublicKey',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: '-----BEGIN PUBLIC KEY-----',
				description:
					"HighLevel's public key for the X-GHL-Signature header, from its Webhook Integration Guide (marketplace.gohighlevel.com/docs). Deliveries signed with it are checked against it; without it they are refused.",
			},
			{
				displayName: 'Accept Legacy RSA Signature',
				name: 'acceptLegacySignature',
				type: 'boolean',
				default: false,
				description:
					'Whether to accept deliveries that carry only the deprecated x-wh-signature (RSA-SHA256) header, for apps that still receive them',
			},
			{
				displayName: 'RSA Public Key',
				name: 'rsaPublicKey',
				type: 'string',
				typeOptions: { rows: 3 },
				default: HIGHLEVEL_RSA_PUBLIC_KEY,
				description:
					'Public key for x-wh-signature; by default the one HighLevel publishes in its Webhook Authentication Guide',
				displayOptions: { show: { acceptLegacySignature: [true] } },
			},
			timeZoneProperty,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					includePayloadOption,
					{
						displayName: 'Max Age (Minutes)',
						name: 'maxAgeMinutes',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 5,
						description:
							'Deliveries whose timestamp is older than this are refused as possible replays. 0 turns the check off.',
					},
				],
			},
		],
	};

	methods = {
		listSearch: { searchTimeZones },
		loadOptions: { getCalendars },
	};

	// Registration is manual (see the notice): as n8n's Slack Trigger does, nothing to create or delete.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}

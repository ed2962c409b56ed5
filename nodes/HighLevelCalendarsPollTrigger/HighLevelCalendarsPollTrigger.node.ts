import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchTimeZones } from '../HighLevelCalendars/listSearch/searchTimeZones';
import { authenticationParameter, credentialsFor } from '../HighLevelCalendars/shared/credentials';
import { getCalendars } from '../shared/appointmentEvents/calendars';
import {
	calendarIdsProperty,
	eventsProperty,
	includePayloadOption,
	statusesProperty,
	timeZoneProperty,
} from '../shared/appointmentEvents/properties';
import { pollAppointments } from './poll';

export class HighLevelCalendarsPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HighLevel Calendars Poll Trigger',
		name: 'highLevelCalendarsPollTrigger',
		icon: { light: 'file:highLevelCalendars.svg', dark: 'file:highLevelCalendars.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).join(", ") }}',
		description:
			'Starts the workflow when appointments are booked, changed or cancelled in HighLevel (LeadConnector), by polling; works with a Private Integration Token',
		defaults: { name: 'HighLevel Calendars Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsFor(true),
		properties: [
			{
				displayName:
					"Polling sees bookings, changes and cancellations of appointments in the window below, each once. Deleted appointments vanish from HighLevel's list without a trace: only the HighLevel Calendars Trigger (webhooks) reports deletions. The first poll only takes note of what exists; changes are reported from then on.",
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			authenticationParameter,
			eventsProperty(false),
			calendarIdsProperty,
			statusesProperty,
			{
				displayName: 'Look Ahead (Days)',
				name: 'lookAheadDays',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 365 },
				default: 30,
				description:
					'How far ahead to watch appointments. Cost per poll: one request per calendar (plus one to list the calendars when none are chosen), whatever the window; HighLevel allows 100 requests per 10 seconds and 200,000 a day per sub-account. Appointments further ahead are reported when they come into range.',
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
						displayName: 'Look Back (Hours)',
						name: 'lookBackHours',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 24,
						description:
							'How long after its start an appointment is still watched, for changes made afterwards such as Showed or No Show',
					},
				],
			},
		],
	};

	methods = {
		listSearch: { searchTimeZones },
		loadOptions: { getCalendars },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollAppointments.call(this);
	}
}

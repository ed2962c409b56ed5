import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { HIGHLEVEL_API_BASE_URL } from '../../credentials/shared';
import { appointmentResource } from './resources/appointment';
import { appointmentNoteResource } from './resources/appointmentNote';
import { availabilityScheduleResource } from './resources/availabilitySchedule';
import { blockSlotResource } from './resources/blockSlot';
import { calendarResource } from './resources/calendar';
import { calendarGroupResource } from './resources/calendarGroup';
import { calendarNotificationResource } from './resources/calendarNotification';
import { calendarResourceResource } from './resources/calendarResource';
import { contactResource } from './resources/contact';
import { type Resource, customApiCallResource, resourceProperties } from './shared/operations';
import {
	credentialsFor,
	nodeAuthenticationParameter,
	subAccountParameter,
} from './shared/credentials';
import { runAsRouted } from './shared/direct/operation';
import { sendThrough } from './shared/transport/send';
import { limitsAndRetriesParameter } from './shared/transport/settings';
import { searchAppointmentNotes } from './listSearch/searchAppointmentNotes';
import { searchBlockSlots } from './listSearch/searchBlockSlots';
import { searchCalendarGroups } from './listSearch/searchCalendarGroups';
import { searchCalendarNotifications } from './listSearch/searchCalendarNotifications';
import { searchCalendarResources } from './listSearch/searchCalendarResources';
import { searchCalendars } from './listSearch/searchCalendars';
import { searchContacts } from './listSearch/searchContacts';
import { searchSchedules } from './listSearch/searchSchedules';
import { searchSubAccounts } from './listSearch/searchSubAccounts';
import { searchTimeZones } from './listSearch/searchTimeZones';
import { searchUsers } from './listSearch/searchUsers';
import { getCalendars } from './loadOptions/getCalendars';
import { getNotificationUsers } from './loadOptions/getNotificationUsers';
import { getMeetingLocations } from './loadOptions/getMeetingLocations';
import { getUsers } from './loadOptions/getUsers';

const resources: Resource[] = [
	appointmentResource,
	appointmentNoteResource,
	availabilityScheduleResource,
	blockSlotResource,
	calendarResource,
	calendarGroupResource,
	calendarNotificationResource,
	calendarResourceResource,
	contactResource,
];

export class HighLevelCalendars implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HighLevel Calendars',
		name: 'highLevelCalendars',
		icon: { light: 'file:highLevelCalendars.svg', dark: 'file:highLevelCalendars.dark.svg' },
		group: ['transform'],
		version: 1,
		// "Appointment: Create": values in Title Case, the operations whose names differ spelled out
		// (test/shared/operations.test.ts checks it against every resource's and operation's name).
		subtitle:
			'={{ ((words) => [$parameter["resource"], $parameter["operation"]].includes("__CUSTOM_API_CALL__") ? "Custom API Call" : words($parameter["resource"]) + ": " + ({ getAll: "Get Many", getAllForContact: "Get Many for Contact", setStatus: "Enable or Disable" }[$parameter["operation"]] ?? words($parameter["operation"])))((value) => value.charAt(0).toUpperCase() + value.slice(1).replace(/([A-Z])/g, " $1")) }}',
		description:
			'Manage calendars, appointments, notes, block slots, groups, rooms, notifications and availability schedules in HighLevel (LeadConnector)',
		defaults: { name: 'HighLevel Calendars' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsFor(true, { agency: true }),
		// Static on purpose: expressions here would be evaluated for every item (see N8N-NOTES.md);
		// route() (shared/transport/route.ts) points each request at the credential's host and sets the
		// `Version` header of its endpoint.
		requestDefaults: {
			baseURL: HIGHLEVEL_API_BASE_URL,
			// Failures come back as answers, so that checkAnswer can read their rate-limit headers.
			ignoreHttpStatusErrors: true,
			// Lists in the query (Get Free Slots' userIds) as userIds=a&userIds=b, as HighLevel's API reads them.
			arrayFormat: 'repeat',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		// Every operation's request passes through the send pipeline (see docs/ARCHITECTURE.md).
		requestOperations: { pagination: sendThrough() },
		properties: [
			nodeAuthenticationParameter,
			subAccountParameter,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Custom API Call last, where n8n looks for it (else it adds one of its own, without action).
				options: [...resources, customApiCallResource].map(({ name, value }) => ({ name, value })),
				default: 'appointment',
			},
			...resourceProperties([...resources, customApiCallResource]),
			limitsAndRetriesParameter,
		],
	};

	methods = {
		listSearch: {
			searchAppointmentNotes,
			searchBlockSlots,
			searchCalendarGroups,
			searchCalendarNotifications,
			searchCalendarResources,
			searchCalendars,
			searchContacts,
			searchSchedules,
			searchSubAccounts,
			searchTimeZones,
			searchUsers,
		},
		loadOptions: { getCalendars, getMeetingLocations, getNotificationUsers, getUsers },
	};

	// Appointment: Create runs from the same definitions as its routing, with each parameter evaluated
	// once per item and each request sent as soon as its item is built (README: How Appointment: Create
	// runs). n8n picks a custom operation over its routing engine; its older in-process AI-tool path
	// runs the routing, which stays complete.
	customOperations = {
		appointment: { create: runAsRouted(this.description) },
	};
}

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import {
	TIME_FORMAT_HINT,
	calendarLocator,
	collection,
	groupLocator,
	limitParameter,
	returnAllParameter,
	timeZoneOption,
	userLocator,
} from '../../shared/descriptions';
import {
	AGENT_TIME,
	AGENT_TIME_ZONE,
	agentId,
	fieldForTool,
	fromAi,
	withToolVariant,
} from '../../shared/agent';
import { addLocationIdToQuery, addOwnerFilters, windowInQuery } from '../../shared/hooks';
import type { Operation } from '../../shared/operations';
import { DAY_MS, splitWindow } from '../../shared/input/windows';
import { route } from '../../shared/routing';
import { type Runner, withQuery } from '../../shared/transport/send';

/**
 * Appointment: Get Many (GET /calendars/events). The API wants a calendar, user or group and a window
 * in epoch milliseconds; long windows are fetched in 31-day requests by the runner below.
 */
const from: INodeProperties = withToolVariant(
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Start of the window: appointments starting from then. ${TIME_FORMAT_HINT}.`,
	},
	fieldForTool('From', `Start of the window, appointments starting from then: ${AGENT_TIME}`),
);

const to: INodeProperties = withToolVariant(
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		required: true,
		default: '',
		description: `End of the window. A date alone (2026-03-31) means through the end of that day. ${TIME_FORMAT_HINT}.`,
	},
	fieldForTool(
		'To',
		`End of the window: ${AGENT_TIME}; a date alone such as 2026-03-31 means through that day`,
	),
);

const filters = withToolVariant(
	collection(
		'appointment',
		'getAll',
		'Filters',
		[
			calendarLocator({
				displayName: 'Calendar',
				name: 'calendarId',
				description: 'Appointments of this calendar',
			}),
			groupLocator({
				displayName: 'Calendar Group',
				name: 'groupId',
				description: 'Appointments of the calendars in this calendar group',
			}),
			userLocator({
				displayName: 'User',
				name: 'userId',
				description: 'Appointments assigned to this user',
			}),
		],
		'HighLevel lists the appointments of a calendar, a user or a calendar group: set one',
	),
	{
		default: {
			calendarId: {
				__rl: true,
				mode: 'id',
				value: fromAi(
					'Calendar ID',
					`${agentId('calendar', 'whose appointments to list')}. Empty string for none: then give User_ID`,
				),
			},
			userId: {
				__rl: true,
				mode: 'id',
				value: fromAi(
					'User ID',
					`${agentId('user', 'of the team member whose appointments to list')}. Empty string for none: then give Calendar_ID`,
				),
			},
		},
	},
);

const options = withToolVariant(
	collection('appointment', 'getAll', 'Options', [timeZoneOption()]),
	{
		default: {
			timeZone: { __rl: true, mode: 'name', value: fromAi('Time Zone', AGENT_TIME_ZONE) },
		},
	},
);

// Spans overlap by a day: an appointment crossing a seam lies whole in one of them whatever the API's
// boundary rule; appointments are kept once by ID.
const SEAM_OVERLAP_MS = DAY_MS;

/** Appointments over any window: 31-day requests, each appointment once, in start order. */
const getManyAppointments: Runner = async function (requestData, send) {
	const qs = requestData.options.qs as IDataObject;
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const seen = new Map<string, IDataObject>();
	const spans = splitWindow(Number(qs.startTime), Number(qs.endTime), {
		overlapMs: SEAM_OVERLAP_MS,
	});
	for (const [startTime, endTime] of spans) {
		const [answer] = await send(withQuery(requestData, { startTime, endTime }));
		const { events = [] } = (answer?.json ?? {}) as { events?: IDataObject[] };
		for (const event of events) seen.set(String(event.id), event);
		if (seen.size >= limit) break;
	}
	return [...seen.values()]
		.sort((a, b) => Date.parse(String(a.startTime)) - Date.parse(String(b.startTime)))
		.slice(0, limit)
		.map((json) => ({ json }));
};

export const appointmentGetAll: Operation = {
	resource: 'appointment',
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many appointments',
		description: 'List the appointments of a calendar, user or group between two times',
		routing: route(ENDPOINTS.getEvents, {
			preSend: [
				addLocationIdToQuery,
				addOwnerFilters(filters, 'appointments'),
				windowInQuery({
					from,
					to,
					zonePath: `${options.name}.timeZone`,
					startKey: 'startTime',
					endKey: 'endTime',
				}),
			],
			runner: getManyAppointments,
		}),
	},
	parameters: [from, to, returnAllParameter, limitParameter, filters, options],
};

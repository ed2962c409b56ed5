import type { IDataObject, IExecutePaginationFunctions, INodeProperties } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { ENDPOINTS } from '../../endpoints';
import {
	TIME_FORMAT_HINT,
	collection,
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
import { queryLists, windowInQuery } from '../../shared/hooks';
import { readId } from '../../shared/input/ids';
import { DAY_MS, mergeSlotMaps, splitWindow } from '../../shared/input/windows';
import type { Operation } from '../../shared/operations';
import { route } from '../../shared/routing';
import { type Runner, withQuery } from '../../shared/transport/send';
import { apiRequest } from '../../shared/transport/transport';
import { calendarIdParameter } from './fields';

/**
 * Calendar: Get Free Slots (GET /calendars/{calendarId}/free-slots). The API takes epoch milliseconds
 * and at most 31 days; the node takes dates in a time zone and splits longer ranges (runner below).
 */
const startDate: INodeProperties = withToolVariant(
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Look for free slots from this moment. ${TIME_FORMAT_HINT}.`,
	},
	fieldForTool('Start Date', `Look for free slots from this moment: ${AGENT_TIME}`),
);

const endDate: INodeProperties = withToolVariant(
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Look until this moment; a date alone (2026-03-31) means through that day. Ranges over 31 days are fetched in parts. ${TIME_FORMAT_HINT}.`,
	},
	fieldForTool(
		'End Date',
		`Look for free slots until this moment: ${AGENT_TIME}; a date alone such as 2026-03-31 means through that day`,
	),
);

const output: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	options: [
		{
			name: 'One Item per Slot',
			value: 'slots',
			description: 'Items with start, end, date and time zone',
		},
		{ name: 'Raw', value: 'raw', description: "HighLevel's object keyed by date" },
	],
	default: 'slots',
};

const options = withToolVariant(
	collection('calendar', 'getFreeSlots', 'Options', [
		timeZoneOption('Slots are returned in this zone too.'),
		{
			...userLocator({
				displayName: 'User',
				name: 'userId',
				description: 'Only slots in which this team member is free',
			}),
			routing: { send: { type: 'query', property: 'userId' } },
		},
		{
			displayName: 'User Names or IDs',
			name: 'userIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getUsers' },
			default: [],
			description:
				'Only slots in which these team members are free. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: { send: { type: 'query', property: 'userIds' } },
		},
	]),
	{
		default: {
			timeZone: {
				__rl: true,
				mode: 'name',
				value: fromAi('Time Zone', `${AGENT_TIME_ZONE}. The slots are given in this zone too`),
			},
			userId: {
				__rl: true,
				mode: 'id',
				value: fromAi(
					'User ID',
					`${agentId('user', 'of a team member: only slots in which they are free')}. Empty string for any team member`,
				),
			},
		},
	},
);

// Spans overlap by a day: a slot crossing a seam lies whole in one of them whatever the API's
// boundary rule; the merge keeps each slot once.
const SEAM_OVERLAP_MS = DAY_MS;

async function slotMinutes(context: IExecutePaginationFunctions): Promise<number> {
	const { calendar } = await apiRequest<{ calendar?: IDataObject }>(
		context,
		ENDPOINTS.getCalendar,
		{
			path: { calendarId: readId(context, calendarIdParameter) },
		},
	);
	const duration = Number(calendar?.slotDuration ?? 30) || 30;
	return calendar?.slotDurationUnit === 'hours' ? duration * 60 : duration;
}

/** Free slots over any range: 31-day requests, merged by date, then one item per slot or the raw map. */
const getFreeSlots: Runner = async function (requestData, send) {
	const qs = requestData.options.qs as IDataObject;
	const answers: Array<Record<string, unknown>> = [];
	for (const [from, to] of splitWindow(Number(qs.startDate), Number(qs.endDate), {
		overlapMs: SEAM_OVERLAP_MS,
	})) {
		const [answer] = await send(withQuery(requestData, { startDate: from, endDate: to }));
		answers.push((answer?.json ?? {}) as Record<string, unknown>);
	}
	const merged = mergeSlotMaps(answers);
	if (this.getNodeParameter(output.name, 'slots') === 'raw') return [{ json: merged }];
	const zone = String(qs.timezone);
	const minutes = await slotMinutes(this);
	return Object.entries(merged).flatMap(([date, { slots }]) =>
		slots.map((slot) => {
			const start = DateTime.fromISO(slot, { setZone: true });
			return {
				json: {
					start: slot,
					end: start.plus({ minutes }).toISO({ suppressMilliseconds: true }),
					date,
					timeZone: zone,
				},
			};
		}),
	);
};

export const calendarGetFreeSlots: Operation = {
	resource: 'calendar',
	option: {
		name: 'Get Free Slots',
		value: 'getFreeSlots',
		action: 'Get free slots of a calendar',
		description: 'List the bookable start times of a calendar between two dates',
		routing: route(ENDPOINTS.getFreeSlots, {
			path: [calendarIdParameter],
			preSend: [
				queryLists({ lists: ['userIds'], optional: ['userId'] }),
				windowInQuery({
					from: startDate,
					to: endDate,
					zonePath: `${options.name}.timeZone`,
					startKey: 'startDate',
					endKey: 'endDate',
					timezoneKey: 'timezone',
				}),
			],
			runner: getFreeSlots,
		}),
	},
	parameters: [calendarIdParameter, startDate, endDate, output, options],
};

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { limitParameter } from '../../shared/descriptions';
import { requireId, requireNumber } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { extractLocatorId, readId } from '../../shared/input/ids';
import { type Runner, withQuery } from '../../shared/transport/send';
import { shapeScheduleBody } from './body';

/** Hooks only availability schedules use; each a thin wrapper around a pure function. */

/**
 * Builders to the spec's shapes; dates are read in the schedule's zone, else the workflow's.
 * `required`: Create's name and time zone must not be blank.
 */
export function shapeSchedule({ required = false } = {}): PreSend {
	return hook(async function (options) {
		options.body = shapeScheduleBody(bodyOf(options), this.getTimezone(), { required });
		return options;
	});
}

/**
 * Get Many's query: the user (required by the spec) and the Calendar filter, each a checked ID. The
 * Limit is checked here too, so a Limit an expression left empty or at 0 fails the item instead of
 * returning nothing.
 */
export function addScheduleSearchQuery(
	user: INodeProperties,
	filters: INodeProperties,
	calendar: INodeProperties,
): PreSend {
	return hook(async function (options) {
		if (!(this.getNodeParameter('returnAll', false) as boolean)) {
			requireNumber(limitParameter.displayName, this.getNodeParameter('limit', 50), {
				min: 1,
				integer: true,
			});
		}
		const qs: IDataObject = { ...(options.qs ?? {}), userId: readId(this, user) };
		const chosen = this.getNodeParameter(filters.name, {}) as IDataObject;
		const label = `${filters.displayName} → ${calendar.displayName}`;
		const calendarId = extractLocatorId(label, calendar, chosen[calendar.name]);
		if (calendarId !== undefined && calendarId !== '') {
			qs[calendar.name] = requireId(label, calendarId);
		}
		options.qs = qs;
		return options;
	});
}

/** What one request of Get Many asks for (the spec allows `limit` up to 500). */
export const SEARCH_PAGE_SIZE = 100;

/**
 * Get Many: the search endpoint pages with `skip` and `limit`; pages are fetched until the limit is
 * reached or a page comes back short (or brings nothing new, should the API ignore `skip`). Each
 * schedule is kept once, by ID.
 */
export const getManySchedules: Runner = async function (requestData, send) {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const wanted = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
	const schedules = new Map<string, IDataObject>();
	for (let skip = 0; schedules.size < wanted;) {
		const limit = Math.min(SEARCH_PAGE_SIZE, wanted - schedules.size);
		const [answer] = await send(withQuery(requestData, { skip, limit }));
		const page = ((answer?.json ?? {}) as { schedules?: IDataObject[] }).schedules ?? [];
		const before = schedules.size;
		for (const schedule of page) schedules.set(String(schedule.id), schedule);
		if (page.length < limit || schedules.size === before) break;
		skip += page.length;
	}
	return [...schedules.values()].slice(0, wanted).map((json) => ({ json }));
};

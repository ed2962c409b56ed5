import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { limitParameter } from '../../shared/descriptions';
import { requireId, requireNumber } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { extractLocatorId, readId } from '../../shared/input/ids';
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

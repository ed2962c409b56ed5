import type { IDataObject } from 'n8n-workflow';

import { CALENDAR_SETTING_GROUPS } from '../../nodes/HighLevelCalendars/resources/calendar/fields';

/**
 * Calendar settings written as one flat object, put into the group collections the editor shows
 * (calendarCreateAvailability, calendarUpdateTeam …), so a test reads like the body it expects.
 */
export function calendarSettings(
	operation: 'create' | 'update',
	flat: IDataObject,
): Record<string, IDataObject> {
	const parameters: Record<string, IDataObject> = {};
	for (const [name, value] of Object.entries(flat)) {
		const group = CALENDAR_SETTING_GROUPS.find(({ settings }) =>
			(settings as readonly string[]).includes(name),
		);
		if (!group) throw new Error(`${name} is in no calendar settings group`);
		const key = `calendar${operation === 'create' ? 'Create' : 'Update'}${group.key}`;
		parameters[key] = { ...parameters[key], [name]: value };
	}
	return parameters;
}

import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listCalendars } from '../listSearch/searchCalendars';

/** Calendars as a dropdown, where a resource locator cannot go (a multi-select: a room's calendars). */
export async function getCalendars(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await listCalendars(this)).map(({ name, value, description }) => ({
		name,
		value,
		description,
	}));
}

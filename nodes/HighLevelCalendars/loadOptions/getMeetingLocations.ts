import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import { apiRequest } from '../shared/transport/transport';
import { extractId } from '../shared/input/ids';
import { meetingLocationKinds } from '../resources/calendar/options';

const kindLabel = (kind: unknown) =>
	meetingLocationKinds.find((option) => option.value === kind)?.name ?? String(kind);

async function calendarIdInScope(context: ILoadOptionsFunctions): Promise<string | undefined> {
	const fromParameter = (name: string) => {
		const value = extractId(context.getCurrentNodeParameter(name));
		return typeof value === 'string' && value.trim() && !value.startsWith('=')
			? value.trim()
			: undefined;
	};
	const chosen = fromParameter('calendarId') ?? fromParameter('appointmentUpdateFields.calendarId');
	if (chosen) return chosen;
	// Updating an appointment without moving it: its calendar is the one it is booked in.
	const eventId = fromParameter('eventId');
	if (!eventId) return undefined;
	const { event } = await apiRequest<{ event?: IDataObject }>(context, ENDPOINTS.getAppointment, {
		path: { eventId },
	});
	return typeof event?.calendarId === 'string' ? event.calendarId : undefined;
}

/**
 * The meeting locations configured on the chosen calendar and its team members: their `meetingId` is
 * what an appointment's `meetingLocationId` refers to.
 */
export async function getMeetingLocations(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	// Always offered, so that the field's default ("default", as the spec's) is a valid choice
	// before a calendar is chosen: no "The value is not supported" on a field just added.
	const options: INodePropertyOptions[] = [
		{
			name: "Calendar's Default",
			value: 'default',
			description: 'The first location configured on the calendar',
		},
	];
	const calendarId = await calendarIdInScope(this);
	if (!calendarId) return options;
	const { calendar } = await apiRequest<{ calendar?: IDataObject }>(this, ENDPOINTS.getCalendar, {
		path: { calendarId },
	});
	const add = (configurations: unknown, owner?: string) => {
		for (const configuration of (configurations ?? []) as IDataObject[]) {
			if (typeof configuration.meetingId !== 'string' || !configuration.meetingId) continue;
			const where = configuration.location ? `: ${String(configuration.location)}` : '';
			options.push({
				name: `${kindLabel(configuration.kind)}${where}`,
				value: configuration.meetingId,
				description: owner ? `Location of team member ${owner}` : undefined,
			});
		}
	};
	add(calendar?.locationConfigurations);
	for (const member of (calendar?.teamMembers ?? []) as IDataObject[]) {
		add(member.locationConfigurations, String(member.userId));
	}
	return options;
}

import type { INode, INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import { timeZoneOption } from '../../nodes/HighLevelCalendars/shared/descriptions';

/** The issues n8n's editor lists for a node (n8n-workflow's getNodeParametersIssues, as the editor calls it). */
function editorIssues(parameters: INodeParameters) {
	const { description } = new HighLevelCalendars();
	const node: INode = {
		id: 'n',
		name: 'HighLevel Calendars',
		type: 'CUSTOM.highLevelCalendars',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	node.parameters = NodeHelpers.getNodeParameters(
		description.properties,
		parameters,
		true,
		false,
		node,
		description,
	)!;
	return NodeHelpers.getNodeParametersIssues(description.properties, node, description);
}

const book = {
	resource: 'appointment',
	operation: 'create',
	contactId: { __rl: true, mode: 'list', value: 'sandbox-contact-1' },
	startTime: '2026-06-15T10:00:00',
};

describe('pickers in the editor', () => {
	it('say once, and what to do, when a name is typed in By ID', () => {
		const issues = editorIssues({
			...book,
			calendarId: { __rl: true, mode: 'id', value: 'Intro Call' },
		});
		expect(issues?.parameters).toEqual({
			calendarId: [
				'Not a calendar ID (letters and digits, no spaces): to choose one by name, use From List',
			],
		});
	});

	it('raise nothing for an ID', () => {
		expect(
			editorIssues({
				...book,
				calendarId: { __rl: true, mode: 'id', value: 'sandbox-calendar-1' },
			}),
		).toBeNull();
	});

	it('label the Time Zone modes as they are: From List and By Name (a mode named id shows as By ID)', () => {
		const modes = (timeZoneOption().modes ?? []).map(({ name, displayName }) => [
			name,
			displayName,
		]);
		expect(modes).toEqual([
			['list', 'From List'],
			['name', 'By Name'],
		]);
	});

	it('give Meeting Location a default the list always offers, so a field just added is not red', () => {
		const fields = new HighLevelCalendars().description.properties.find(
			({ name }) => name === 'appointmentCreateFields',
		)!;
		const meeting = (fields.options as INodeProperties[]).find(
			({ name }) => name === 'meetingLocationId',
		)!;
		// test/loadOptions/getMeetingLocations.test.ts: "Calendar's Default" is offered even before a
		// calendar is chosen.
		expect(meeting.default).toBe('default');
	});
});

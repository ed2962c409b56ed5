import type { INodeProperties } from 'n8n-workflow';

import { calendarResourceLocator } from '../../shared/descriptions';

/**
 * Calendar resource parameters shown by several operations, each defined once, and the fields shared by
 * Create (CreateCalendarResourceDTO) and Update (UpdateCalendarResourceDTO), whose `name` is the body
 * property each sends.
 */

/** `resourceType` of the path (`/calendars/resources/{resourceType}`): the spec's enum, as it spells it. */
export const resourceTypeParameter: INodeProperties = {
	displayName: 'Resource Type',
	name: 'resourceType',
	type: 'options',
	required: true,
	options: [
		{
			name: 'Equipment',
			value: 'equipments',
			description: 'Things a service needs, such as a projector',
		},
		{ name: 'Room', value: 'rooms', description: 'Places a service takes, such as a yoga room' },
	],
	default: 'rooms',
	description: 'Whether the resource is a room or equipment',
};

/** `{id}` of the path; its picker lists the resources of the chosen Resource Type. */
export const resourceIdParameter = calendarResourceLocator({
	displayName: 'Calendar Resource',
	name: 'id',
	required: true,
	description: 'The room or equipment to work on',
});

export function calendarResourceFields({ forUpdate }: { forUpdate: boolean }): INodeProperties[] {
	const required = !forUpdate;
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required,
			default: '',
			placeholder: 'Yoga Room',
			description: 'Name of the room or equipment',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 2 },
			required,
			default: '',
			description: 'What the room or equipment is',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			required,
			default: 1,
			description: 'How many of the equipment there are',
		},
		{
			displayName: 'Out of Service',
			name: 'outOfService',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			required,
			default: 0,
			description: 'How many of them are out of service',
		},
		{
			displayName: 'Capacity',
			name: 'capacity',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			required,
			default: 1,
			description: 'How many people the room holds',
		},
		{
			displayName: 'Calendar Names or IDs',
			name: 'calendarIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getCalendars' },
			required,
			default: [],
			description:
				'Service calendars that book this resource: several for a room, one for an equipment. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	];
}

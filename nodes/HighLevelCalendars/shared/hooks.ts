import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { type Endpoint, pathParameters } from '../endpoints';
import { getAccount } from './transport/account';
import { readTime, toApiDateTime, zoneFor } from './input/dates';
import {
	FieldError,
	checkAgainstFields,
	isBlank,
	listOf,
	requireId,
	requireOneOf,
} from './input/fields';
import { type PreSend, bodyOf, hook } from './input/hook';
import { extractLocatorId, readId } from './input/ids';

/**
 * preSend and postReceive hooks every resource uses: small verbs, one job each. Hooks of one resource
 * live in its folder. Parameters are passed as their definitions, so errors carry their displayName.
 */

export const addLocationIdToBody: PreSend = hook(async function (options) {
	bodyOf(options).locationId = (await getAccount(this)).locationId;
	return options;
});

export const addLocationIdToQuery: PreSend = hook(async function (options) {
	options.qs = { ...(options.qs ?? {}), locationId: (await getAccount(this)).locationId };
	return options;
});

/**
 * Fills the `{name}` placeholders of the endpoint's path with the path-encoded IDs of the parameters of
 * the same names (each checked and named by its displayName), or of the parameters a record gives for
 * each placeholder (where the spec's name, such as `{id}`, would be ambiguous as a parameter name); an
 * options parameter (a calendar resource's type) must hold one of its options.
 */
export function fillPath(
	endpoint: Endpoint,
	parameters: INodeProperties[] | Record<string, INodeProperties>,
): PreSend {
	const byName = new Map(
		Array.isArray(parameters)
			? parameters.map((parameter) => [parameter.name, parameter])
			: Object.entries(parameters),
	);
	for (const name of pathParameters(endpoint)) {
		if (!byName.has(name)) throw new Error(`${endpoint.path}: no parameter fills {${name}}`);
	}
	return hook(async function (options) {
		options.url = String(options.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) =>
			encodeURIComponent(pathValue(this, byName.get(name)!)),
		);
		return options;
	});
}

function pathValue(context: IExecuteSingleFunctions, parameter: INodeProperties): string {
	if (parameter.type !== 'options') return readId(context, parameter);
	const allowed = (parameter.options ?? []).map((option) =>
		String((option as { value: string }).value),
	);
	return requireOneOf(parameter.displayName, context.getNodeParameter(parameter.name), allowed);
}

/** Top-level ID parameters (Calendar, Contact) go into the body under their API names. */
export function addIdsToBody(...parameters: INodeProperties[]): PreSend {
	return hook(async function (options) {
		const data = bodyOf(options);
		for (const parameter of parameters) data[parameter.name] = readId(this, parameter);
		return options;
	});
}

/** Checks each body value against the field that sent it (type, options, range) and drops blanks. */
export function checkBody(fields: INodeProperties[]): PreSend {
	return hook(async function (options) {
		options.body = checkAgainstFields(bodyOf(options), fields);
		return options;
	});
}

/** Required top-level fields whose body property is missing or blank are refused, by displayName. */
export function requireFilled(...parameters: INodeProperties[]): PreSend {
	return hook(async function (options) {
		const data = bodyOf(options);
		for (const parameter of parameters) {
			if (isBlank(data[parameter.name])) throw new FieldError(parameter.displayName, 'is empty');
		}
		return options;
	});
}

/** A partial update must change something; an empty one is a mistake worth saying so. */
export function requireSomethingToUpdate(
	collection: Pick<INodeProperties, 'displayName'>,
): PreSend {
	return hook(async function (options) {
		if (Object.keys(bodyOf(options)).length === 0) {
			throw new FieldError(collection.displayName, 'is empty; add at least one field to change');
		}
		return options;
	});
}

/**
 * Query values an agent may give as text: a list as comma-separated IDs (`userIds=a&userIds=b` on the
 * wire), and an empty string for "none" (the key is left out rather than sent empty).
 */
export function shapeQueryLists(
	qs: IDataObject,
	{ lists = [], optional = [] }: { lists?: string[]; optional?: string[] },
): IDataObject {
	for (const key of lists) {
		if (!(key in qs)) continue;
		const values = listOf(qs[key]);
		if (values.length) qs[key] = values;
		else delete qs[key];
	}
	for (const key of optional) if (key in qs && isBlank(qs[key])) delete qs[key];
	return qs;
}

export function queryLists(config: { lists?: string[]; optional?: string[] }): PreSend {
	return hook(async function (options) {
		options.qs = shapeQueryLists({ ...(options.qs ?? {}) } as IDataObject, config);
		return options;
	});
}

/**
 * A window (From/To, Start/End Date) as epoch milliseconds in the query, read in the Time Zone option at
 * `zonePath`; a bare date as the end means "through that day".
 */
export function windowInQuery(config: {
	from: INodeProperties;
	to: INodeProperties;
	zonePath: string;
	startKey: string;
	endKey: string;
	timezoneKey?: string;
}): PreSend {
	return hook(async function (options) {
		const zone = zoneFor(this, config.zonePath);
		const read = (parameter: INodeProperties) =>
			readTime(parameter.displayName, this.getNodeParameter(parameter.name), zone);
		const from = read(config.from);
		let to = read(config.to);
		if (/^\d{4}-\d{2}-\d{2}$/.test(String(this.getNodeParameter(config.to.name)).trim())) {
			to = to.endOf('day');
		}
		if (to <= from) {
			throw new FieldError(
				config.to.displayName,
				`(${toApiDateTime(to)}) is not after ${config.from.displayName} (${toApiDateTime(from)}); the window must end after it starts`,
			);
		}
		options.qs = {
			...(options.qs ?? {}),
			[config.startKey]: from.toMillis(),
			[config.endKey]: to.toMillis(),
			...(config.timezoneKey ? { [config.timezoneKey]: zone } : {}),
		};
		return options;
	});
}

/** `{ calendar: {...} }` or `{ event: {...} }` answers: the user gets the object itself. */
export function unwrap(property: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return items.flatMap((item) => {
			const inner = item.json[property];
			if (inner === undefined) return [item];
			return (Array.isArray(inner) ? inner : [inner]).map((json) => ({
				json: json as IDataObject,
			}));
		});
	};
}

/** Return All / Limit for lists the API returns whole. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	return items.slice(0, this.getNodeParameter('limit', 50) as number);
}

/**
 * The Filters of a list HighLevel answers for a calendar, a user or a calendar group (appointments,
 * block slots) as query: each picker's ID, checked and named by its label (a nested picker keeps its
 * mode; a booking URL gives its calendar's ID, as at the top level). None set is refused: the API
 * needs one.
 */
export function ownerFilters(
	values: IDataObject,
	collection: INodeProperties,
	listed: string,
): IDataObject {
	const qs: IDataObject = {};
	for (const option of (collection.options ?? []) as INodeProperties[]) {
		const label = `${collection.displayName} → ${option.displayName}`;
		const value = extractLocatorId(label, option, values[option.name]);
		if (!isBlank(value)) qs[option.name] = requireId(label, value);
	}
	if (Object.keys(qs).length === 0) {
		throw new FieldError(
			collection.displayName,
			`name no calendar, user or group; HighLevel needs one of them to list ${listed}`,
		);
	}
	return qs;
}

/** Puts the Filters collection's calendar, user or group in the query (see ownerFilters). */
export function addOwnerFilters(collection: INodeProperties, listed: string): PreSend {
	return hook(async function (options) {
		const values = this.getNodeParameter(collection.name, {}) as IDataObject;
		options.qs = { ...(options.qs ?? {}), ...ownerFilters(values, collection, listed) };
		return options;
	});
}

// @ts-check
'use strict';

/**
 * Loads the official HighLevel OpenAPI documents and turns them into request validators.
 *
 * Nothing about the request contract is typed by hand here: every header, query and body rule the
 * sandbox enforces comes from the spec at load time, so when HighLevel changes a DTO and the spec
 * copy is updated, the sandbox follows without code changes.
 */

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { formatAjvErrors } = require('./messages');

/** The API documents the sandbox reads; common-schemas.json is only reached through $refs. */
const SPEC_FILES = [
	'apps/calendars.json',
	'apps/contacts.json',
	'apps/users.json',
	'apps/locations.json',
	'apps/oauth.json',
];
const COMMON_FILE = 'common/common-schemas.json';

/** A made-up base URI: it only gives every document an absolute id so relative $refs resolve. */
const BASE_URI = 'https://spec.highlevel-sandbox.local/';
/** Where the response copy of the components lives (readOnly kept, RESPONSE_OVERRIDES applied). */
const RESPONSE_BASE_URI = `${BASE_URI}responses/`;

/**
 * @typedef {object} ResponseOverride A response property the sandbox answers differently from the schema.
 * @property {string} file spec file
 * @property {string} schema component schema name
 * @property {string} property
 * @property {any} to the property's schema in answers
 * @property {string} why the example or official document the schema contradicts
 */

/**
 * Where a response schema contradicts its own examples, its own paths or another official document, the
 * sandbox answers what those show, and its answers are checked against the schema with these changes
 * (listed in sandbox/README.md). Requests are validated against the spec as written, but for REQUEST_OVERRIDES.
 * @type {ResponseOverride[]}
 */
const RESPONSE_OVERRIDES = [
	...['startTime', 'endTime', 'dateAdded', 'dateUpdated'].map((property) => ({
		file: 'apps/calendars.json',
		schema: 'CalendarEventDTO',
		property,
		to: { type: 'string', description: `${property} (ISO 8601)` },
		why: `typed "object", but its own example ("2023-09-25T16:00:00+05:30") and the appointment webhook payloads are ISO 8601 strings`,
	})),
	...['startTime', 'endTime'].map((property) => ({
		file: 'apps/calendars.json',
		schema: 'BlockedSlotSuccessfulResponseDto',
		property,
		to: { type: 'string', description: `${property} (ISO 8601)` },
		why: `typed "object", but its own example ("2021-06-23T03:30:00+05:30") and the block-slot request that sets it are ISO 8601 strings`,
	})),
	...['CalendarResourceByIdResponseDTO', 'CalendarResourceResponseDTO'].map((schema) => ({
		file: 'apps/calendars.json',
		schema,
		property: '_id',
		to: { type: 'string', description: 'Calendar Resource ID' },
		why: 'the schema has no ID, while its own paths (/calendars/resources/{resourceType}/{id}) need one; answered as `_id`, like CalendarNotificationResponseDTO',
	})),
];

/**
 * @typedef {object} RequestOverride A request schema whose `required` list contradicts its own property
 * descriptions: the sandbox validates requests with `required` replaced.
 * @property {string} file spec file
 * @property {string} schema component schema name
 * @property {string[]} required the schema's required properties in requests
 * @property {string} why the description the list contradicts
 */

/**
 * The few request schemas validated differently from the spec as written (listed in sandbox/README.md).
 * @type {RequestOverride[]}
 */
const REQUEST_OVERRIDES = ['BlockSlotCreateRequestDTO', 'BlockSlotEditRequestDTO'].map(
	(schema) => ({
		file: 'apps/calendars.json',
		schema,
		required: ['locationId'],
		why: 'lists calendarId as required, while its calendarId and assignedUserId both say "Either calendarId or assignedUserId can be set, not both": a block slot of a user has no calendarId',
	}),
);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * Where the spec lives: explicit option, then $HIGHLEVEL_SPEC_DIR, then the workplace's shared copy
 * (`../shared/highlevel-api` beside the repository), then the copy vendored in this folder.
 * @param {string} [explicitDir]
 * @returns {string}
 */
function resolveSpecDir(explicitDir) {
	if (explicitDir) return path.resolve(explicitDir);
	if (process.env.HIGHLEVEL_SPEC_DIR) return path.resolve(process.env.HIGHLEVEL_SPEC_DIR);
	const shared = path.resolve(__dirname, '..', '..', 'shared', 'highlevel-api');
	if (fs.existsSync(path.join(shared, 'apps', 'calendars.json'))) return shared;
	return path.join(__dirname, 'highlevel-api');
}

/**
 * @typedef {object} SecurityAlternative One entry of an operation's `security` list.
 * @property {string} scheme e.g. `bearer`, `Location-Access`, `Agency-Access-Only`
 * @property {string[]} scopes scopes the token must all hold
 */

/**
 * @typedef {object} QueryParam
 * @property {string} name
 * @property {boolean} required
 * @property {any} schema the parameter schema, already transformed
 */

/**
 * @typedef {object} Operation One method + path of the spec, with its validators.
 * @property {string} method upper-case HTTP method
 * @property {string} template the OpenAPI path, e.g. `/calendars/{calendarId}`
 * @property {string} file spec file it comes from, e.g. `apps/calendars.json`
 * @property {string} operationId
 * @property {boolean} deprecated
 * @property {string[] | null} versions allowed `Version` header values (null: the operation declares none)
 * @property {SecurityAlternative[]} security
 * @property {QueryParam[]} queryParams
 * @property {string[]} pathParams
 * @property {string[]} bodyContentTypes media types the requestBody declares (empty: no body)
 * @property {boolean} bodyRequired
 * @property {string | null} bodySchemaRef absolute $ref of the body schema
 * @property {(query: Record<string, string | string[]>) => { value: Record<string, any>, errors: string[] }} validateQuery
 *   converts query strings per the parameter schemas, then validates; unknown parameters pass through
 * @property {(body: unknown) => string[]} validateBody class-validator style messages, empty when valid
 * @property {number} successStatus the 2xx status the spec documents for success (200, or 201 for some)
 * @property {(status: number, body: unknown) => string[]} validateResponse the sandbox's own answer against
 *   the response schema the spec documents for that status (with RESPONSE_OVERRIDES); empty when it
 *   fits or when no JSON schema is documented for the status
 */

/**
 * @typedef {object} Spec
 * @property {string} dir
 * @property {Record<string, any>} documents parsed documents keyed by file (untransformed, read-only use)
 * @property {Operation[]} operations
 * @property {(method: string, template: string) => Operation | undefined} find
 * @property {(file: string, name: string) => any} componentSchema an untransformed component schema
 * @property {string[]} allScopes every scope any operation declares
 */

/**
 * @param {string} [specDir] see resolveSpecDir
 * @returns {Spec}
 */
function loadSpec(specDir) {
	const dir = resolveSpecDir(specDir);
	/** @type {Record<string, any>} */
	const documents = {};
	for (const file of [...SPEC_FILES, COMMON_FILE]) {
		documents[file] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	}

	const ajv = createAjv();
	for (const [file, doc] of Object.entries(documents)) {
		const docUri = BASE_URI + file;
		const schemas = doc.components?.schemas ?? {};
		/** @type {Record<string, any>} */
		const transformed = {};
		for (const [name, schema] of Object.entries(withRequestOverrides(file, schemas)))
			transformed[name] = toRequestSchema(schema, docUri);
		// Registering the whole components block under the document's URI lets both
		// `#/components/schemas/X` and `../common/common-schemas.json#/...` resolve as in the spec.
		ajv.addSchema({ $id: docUri, components: { schemas: transformed } });
		// The same components as answers are checked: readOnly properties kept, overrides applied.
		const responseUri = RESPONSE_BASE_URI + file;
		/** @type {Record<string, any>} */
		const answers = {};
		for (const [name, schema] of Object.entries(withResponseOverrides(file, schemas))) {
			answers[name] = toResponseSchema(schema, responseUri);
		}
		ajv.addSchema({ $id: responseUri, components: { schemas: answers } });
	}

	/** @type {Operation[]} */
	const operations = [];
	for (const file of SPEC_FILES) {
		for (const [template, pathItem] of Object.entries(documents[file].paths ?? {})) {
			for (const method of HTTP_METHODS) {
				if (pathItem[method])
					operations.push(buildOperation(ajv, file, template, method, pathItem[method]));
			}
		}
	}

	const allScopes = [
		...new Set(operations.flatMap((op) => op.security.flatMap((alt) => alt.scopes))),
	].sort();

	return {
		dir,
		documents,
		operations,
		allScopes,
		find: (method, template) =>
			operations.find((op) => op.method === method.toUpperCase() && op.template === template),
		componentSchema: (file, name) => documents[file]?.components?.schemas?.[name],
	};
}

function createAjv() {
	// strict: false because the spec carries OpenAPI-only keywords (example, deprecated, nullable, ...);
	// verbose so error objects carry their schema, which the message formatter needs for `required`.
	const ajv = new Ajv({
		strict: false,
		allErrors: true,
		coerceTypes: false,
		verbose: true,
		logger: false,
	});
	addFormats(ajv);
	return ajv;
}

/**
 * @param {import('ajv').default} ajv
 * @param {string} file
 * @param {string} template
 * @param {string} method
 * @param {any} raw the operation object from the spec
 * @returns {Operation}
 */
function buildOperation(ajv, file, template, method, raw) {
	const docUri = BASE_URI + file;
	/** @type {any[]} */
	const params = raw.parameters ?? [];
	const versionParam = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'version');
	const queryParams = params
		.filter((p) => p.in === 'query')
		.map((p) => ({
			name: p.name,
			required: Boolean(p.required),
			schema: toRequestSchema(p.schema ?? {}, docUri),
		}));
	const content = raw.requestBody?.content ?? {};
	const bodyContentTypes = Object.keys(content);
	const bodySchema = bodyContentTypes.length ? content[bodyContentTypes[0]].schema : undefined;
	const bodySchemaRef = bodySchema?.$ref ? new URL(bodySchema.$ref, docUri).href : null;

	return {
		method: method.toUpperCase(),
		template,
		file,
		operationId: raw.operationId,
		deprecated: Boolean(raw.deprecated),
		versions: versionParam?.schema?.enum ?? null,
		security: (raw.security ?? []).flatMap((/** @type {Record<string, string[]>} */ req) =>
			Object.entries(req).map(([scheme, scopes]) => ({ scheme, scopes })),
		),
		queryParams,
		pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
		bodyContentTypes,
		bodyRequired: Boolean(raw.requestBody?.required),
		bodySchemaRef,
		successStatus: Number(
			Object.keys(raw.responses ?? {}).find((code) => /^2\d\d$/.test(code)) ?? 200,
		),
		validateQuery: makeQueryValidator(ajv, queryParams),
		validateBody: makeBodyValidator(
			ajv,
			bodySchema ? toRequestSchema(bodySchema, docUri) : undefined,
		),
		validateResponse: makeResponseValidator(ajv, raw.responses ?? {}, RESPONSE_BASE_URI + file),
	};
}

/**
 * Compiles each status's response schema lazily, from the response copy of the components.
 * @param {import('ajv').default} ajv
 * @param {Record<string, any>} responses the operation's `responses`
 * @param {string} responseUri
 * @returns {(status: number, body: unknown) => string[]}
 */
function makeResponseValidator(ajv, responses, responseUri) {
	/** @type {Map<number, import('ajv').ValidateFunction | null>} */
	const compiled = new Map();
	return (status, body) => {
		if (!compiled.has(status)) {
			const schema = responses[String(status)]?.content?.['application/json']?.schema;
			compiled.set(status, schema ? ajv.compile(toResponseSchema(schema, responseUri)) : null);
		}
		const validate = compiled.get(status);
		if (!validate || validate(body)) return [];
		return (validate.errors ?? []).map(
			(error) =>
				`${error.instancePath || '(answer)'} ${error.message}${error.keyword === 'additionalProperties' ? ` (${error.params.additionalProperty})` : ''}`,
		);
	};
}

/**
 * Compiles lazily: most of the ~140 operations are never called, and some unused DTOs would only
 * cost start-up time.
 * @param {import('ajv').default} ajv
 * @param {any} schema
 * @returns {(body: unknown) => string[]}
 */
function makeBodyValidator(ajv, schema) {
	/** @type {import('ajv').ValidateFunction | undefined} */
	let validate;
	return (body) => {
		if (!schema) return [];
		validate ??= ajv.compile(schema);
		return validate(body) ? [] : formatAjvErrors(validate.errors ?? []);
	};
}

/**
 * @param {import('ajv').default} ajv
 * @param {QueryParam[]} queryParams
 * @returns {(query: Record<string, string | string[]>) => { value: Record<string, any>, errors: string[] }}
 */
function makeQueryValidator(ajv, queryParams) {
	// Unknown query parameters are allowed (the API ignores them), so no additionalProperties here.
	const schema = {
		type: 'object',
		properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
		required: queryParams.filter((p) => p.required).map((p) => p.name),
	};
	/** @type {import('ajv').ValidateFunction | undefined} */
	let validate;
	return (query) => {
		validate ??= ajv.compile(schema);
		/** @type {Record<string, any>} */
		const value = { ...query };
		for (const param of queryParams) {
			if (value[param.name] !== undefined)
				value[param.name] = coerceQueryValue(value[param.name], param.schema);
		}
		return { value, errors: validate(value) ? [] : formatAjvErrors(validate.errors ?? []) };
	};
}

/**
 * Query values arrive as strings; convert those the parameter schema declares as numbers, booleans or
 * arrays. A value that does not convert is left as the string so validation reports it.
 * @param {string | string[]} value
 * @param {any} schema
 * @returns {any}
 */
function coerceQueryValue(value, schema) {
	const type = schema?.type;
	if (type === 'array') {
		const list = Array.isArray(value) ? value : [value];
		return list.map((item) => coerceQueryValue(item, schema.items));
	}
	if (Array.isArray(value)) return value; // repeated scalar parameter: let validation complain
	if (
		(type === 'number' || type === 'integer') &&
		value.trim() !== '' &&
		Number.isFinite(Number(value))
	) {
		return Number(value);
	}
	if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
	return value;
}

/**
 * The components of `file` with the RESPONSE_OVERRIDES that name them applied.
 * @param {string} file
 * @param {Record<string, any>} schemas
 * @returns {Record<string, any>}
 */
function withResponseOverrides(file, schemas) {
	const out = { ...schemas };
	for (const override of RESPONSE_OVERRIDES.filter((o) => o.file === file)) {
		const schema = structuredClone(out[override.schema]);
		if (!schema?.properties)
			throw new Error(`RESPONSE_OVERRIDES: no schema ${override.schema} in ${file}`);
		schema.properties[override.property] = override.to;
		out[override.schema] = schema;
	}
	return out;
}

/**
 * The components of `file` with the REQUEST_OVERRIDES that name them applied.
 * @param {string} file
 * @param {Record<string, any>} schemas
 * @returns {Record<string, any>}
 */
function withRequestOverrides(file, schemas) {
	const out = { ...schemas };
	for (const override of REQUEST_OVERRIDES.filter((o) => o.file === file)) {
		if (!out[override.schema])
			throw new Error(`REQUEST_OVERRIDES: no schema ${override.schema} in ${file}`);
		out[override.schema] = { ...out[override.schema], required: override.required };
	}
	return out;
}

/**
 * Deep-copies a spec schema into the form the sandbox's own answers are checked against: like
 * toRequestSchema, but readOnly properties stay (the server sends them), and `$ref`s point at the
 * response copy of the components.
 * @param {any} schema
 * @param {string} docUri absolute URI of the document's response copy
 * @returns {any}
 */
function toResponseSchema(schema, docUri) {
	return toRequestSchema(schema, docUri, { keepReadOnly: true });
}

/**
 * Deep-copies a spec schema into the form requests are checked against:
 * - `$ref`s become absolute so they resolve wherever the schema is compiled;
 * - `example`/`examples` are dropped (documentation only);
 * - `readOnly` properties are removed, so a request sending one gets "should not exist" like any
 *   other unknown property (the server never accepts them from clients);
 * - objects that list `properties` and say nothing about `additionalProperties` get
 *   `additionalProperties: false`, mirroring HighLevel's whitelist validation
 *   (NestJS `forbidNonWhitelisted`).
 * An empty `properties: {}` is the generator's placeholder for an undocumented DTO (e.g. the contact
 * search body), so it is left open rather than made to reject every property.
 * @param {any} schema
 * @param {string} docUri absolute URI of the document the schema comes from
 * @param {{ keepReadOnly?: boolean }} [mode] keepReadOnly: for answers (see toResponseSchema)
 * @returns {any}
 */
function toRequestSchema(schema, docUri, mode = {}) {
	if (Array.isArray(schema)) return schema.map((item) => toRequestSchema(item, docUri, mode));
	if (!isPlainObject(schema)) return schema;
	/** @type {Record<string, any>} */
	const out = {};
	for (const [key, value] of Object.entries(schema)) {
		if (key === 'example' || key === 'examples') continue;
		if (key === '$ref') out.$ref = new URL(value, docUri).href;
		else if (key === 'properties') out.properties = transformProperties(value, docUri, mode);
		else if (SUBSCHEMA_KEYWORDS.has(key)) out[key] = toRequestSchema(value, docUri, mode);
		else out[key] = structuredClone(value); // enum, default, required, ... are data, not schemas
	}
	if (out.properties && Array.isArray(out.required) && !mode.keepReadOnly) {
		const readOnly = readOnlyNames(schema.properties);
		out.required = out.required.filter((/** @type {string} */ name) => !readOnly.has(name));
	}
	if (
		out.properties &&
		Object.keys(schema.properties).length > 0 &&
		!('additionalProperties' in out)
	) {
		out.additionalProperties = false;
	}
	return out;
}

/** Keywords whose value is a schema or a list of schemas (and so must be transformed too). */
const SUBSCHEMA_KEYWORDS = new Set([
	'items',
	'additionalProperties',
	'not',
	'allOf',
	'anyOf',
	'oneOf',
]);

/**
 * @param {Record<string, any>} properties
 * @param {string} docUri
 * @param {{ keepReadOnly?: boolean }} mode
 */
function transformProperties(properties, docUri, mode) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const [name, propSchema] of Object.entries(properties)) {
		if (isPlainObject(propSchema) && propSchema.readOnly === true && !mode.keepReadOnly) continue;
		out[name] = toRequestSchema(propSchema, docUri, mode);
	}
	return out;
}

/** @param {Record<string, any>} properties */
function readOnlyNames(properties) {
	return new Set(Object.keys(properties).filter((name) => properties[name]?.readOnly === true));
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isPlainObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

module.exports = {
	loadSpec,
	resolveSpecDir,
	toRequestSchema,
	toResponseSchema,
	coerceQueryValue,
	SPEC_FILES,
	COMMON_FILE,
	RESPONSE_OVERRIDES,
	REQUEST_OVERRIDES,
};

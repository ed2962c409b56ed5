import { ENDPOINTS, type Endpoint } from '../../nodes/HighLevelCalendars/endpoints';
import { COMMON_ERROR_CODES } from '../../nodes/HighLevelCalendars/shared/transport/outcome';
import { apiCalls, run, useSandbox } from '../helpers/node';
import { fromEachResource } from '../helpers/resourceFiles';
import type { ResourceRouting } from '../helpers/routing';

/**
 * Every Create of the node after an unclear failure, through the engine against the sandbox's faults:
 * what was stored, how often the create was sent, and the message of a failure, which ends with its
 * one outcome bracket, never advises a resend and never names a network code (n8n would replace it).
 */
const ctx = useSandbox();
jest.setTimeout(30_000);

const CREATES = fromEachResource<ResourceRouting>('routing', 'routing').flatMap((routing) =>
	routing.rows
		.filter((row) => row.operation === 'create')
		.map((row) => ({ routing, resource: routing.resource, path: row.path })),
);

/** Where the sandbox keeps what each create makes. */
const STORE: Record<string, string> = {
	appointment: 'appointments',
	appointmentNote: 'notes',
	availabilitySchedule: 'schedules',
	blockSlot: 'blockSlots',
	calendar: 'calendars',
	calendarGroup: 'groups',
	calendarNotification: 'notifications',
	calendarResource: 'calendarResources',
};

/** Whether the object can be proven ours (the spec gives it a creation date). */
const DATED = ['appointment', 'appointmentNote', 'availabilitySchedule', 'blockSlot'];

const RESEND_ADVICE =
	/retry|try again|again later|immediately|re-?run|re-?send|run (it|this item) again/i;

/** The one bracket a failed create's message ends with. */
const ONE_BRACKET =
	/^[^[\]]* \[[^[\]]+: the [^[\]]+ (may have been created|w(as|ere) not created)\]$/;

function checkMessage(message: unknown): string {
	expect(message).toEqual(expect.any(String));
	const text = message as string;
	expect(text).toMatch(ONE_BRACKET);
	expect(text).not.toMatch(RESEND_ADVICE);
	for (const code of COMMON_ERROR_CODES) expect(text.toUpperCase()).not.toContain(code);
	return text;
}

const pattern = (template: string) =>
	new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\//g, '\\/')}$`);

async function setUp(create: (typeof CREATES)[number]) {
	const parameters = await create.routing.minimal('create', ctx);
	const store = (ctx.sandbox.store as unknown as Record<string, Map<string, unknown>>)[
		STORE[create.resource]
	];
	const before = store.size;
	ctx.sandbox.requests.length = 0;
	const route = { method: 'POST', path: pattern(create.path) };
	const sent = () =>
		apiCalls(ctx.sandbox).filter((call) => call.method === 'POST' && route.path.test(call.path))
			.length;
	return {
		route,
		sent,
		made: () => store.size - before,
		go: async (options: { continueOnFail?: boolean } = {}) =>
			await run(
				ctx.sandbox,
				{
					resource: create.resource,
					operation: 'create',
					...parameters,
					limitsAndRetries: { maxRetries: 0 },
				},
				options,
			),
	};
}

describe.each(CREATES)('$resource: Create', (create) => {
	const endpoint: Endpoint = Object.values(ENDPOINTS).find(
		(row) => row.method === 'POST' && row.path === create.path,
	)!;
	const what = endpoint.creates!;

	it('503 after it was stored: found by the look-up, never sent twice', async () => {
		const { route, sent, made, go } = await setUp(create);
		ctx.sandbox.injectFault({ ...route, kind: 'statusAfterHandling', status: 503, times: 1 });
		const { json, error } = await go();
		expect(made()).toBe(1);
		expect(sent()).toBe(1);
		if (DATED.includes(create.resource)) {
			expect(error).toBeUndefined();
			expect(json[0]).toMatchObject({ recovered: true, recoveredAfter: 'HTTP 503' });
		} else {
			// No creation date in the spec: the match may be older, so it is named, not claimed.
			expect(checkMessage(error?.message)).toMatch(
				new RegExp(
					`^Service Unavailable; the node could not check whether it was created: one with ID \\S+ exists, but HighLevel does not say when it was created \\[HTTP 503 after the request was sent: the ${what} may have been created\\]$`,
				),
			);
		}
	});

	it('reset before anything was stored: none found, sent once more, made once', async () => {
		const { route, sent, made, go } = await setUp(create);
		ctx.sandbox.injectFault({ ...route, kind: 'drop', times: 1 });
		const { json, error } = await go();
		expect(error).toBeUndefined();
		expect(json[0].recovered).toBeUndefined();
		expect(made()).toBe(1);
		expect(sent()).toBe(2);
	});

	it.each([false, true])(
		'the look-up fails: the safe message, one bracket last, nothing sent again (Continue On Fail: %s)',
		async (continueOnFail) => {
			const { route, sent, go } = await setUp(create);
			ctx.sandbox.injectFault({ ...route, kind: 'dropAfterHandling', times: 1 });
			ctx.sandbox.injectFault({ method: 'GET', kind: 'status', status: 500, times: 1 });
			const { json, error } = await go({ continueOnFail });
			const message = checkMessage(continueOnFail ? json[0].error : error?.message);
			expect(message).toBe(
				`No answer from HighLevel; the node could not check whether it was created: the look-up failed too, HTTP 500 [the connection was reset after the request was sent: the ${what} may have been created]`,
			);
			expect(sent()).toBe(1);
		},
	);

	it('sent twice, failing unclearly both times, and not found after either: one bracket last', async () => {
		const { route, sent, made, go } = await setUp(create);
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 503 });
		const { error } = await go();
		expect(checkMessage(error?.message)).toBe(
			`Service Unavailable; it was sent twice and not found in HighLevel after either [HTTP 503 after the request was sent: the ${what} may have been created]`,
		);
		expect(sent()).toBe(2);
		expect(made()).toBe(0);
	});

	it('refused: says so in its one bracket', async () => {
		const { route, sent, go } = await setUp(create);
		ctx.sandbox.injectFault({ ...route, kind: 'status', status: 422, times: 1 });
		const { error } = await go();
		expect(checkMessage(error?.message)).toMatch(
			new RegExp(`\\[HTTP 422: the ${what} w(as|ere) not created\\]$`),
		);
		expect(sent()).toBe(1);
	});
});

it('Appointment: Create refused for a taken slot lists the nearest free slots before its one bracket', async () => {
	const appointment = CREATES.find((create) => create.resource === 'appointment')!;
	const { go, made } = await setUp(appointment);
	await go();
	const { error } = await go();
	expect(checkMessage(error?.message)).toMatch(
		/^The slot you have selected is no longer available\. Nearest free slots: .+ \[HTTP 400: the appointment was not created\]$/,
	);
	expect(made()).toBe(1);
});

import type { INodeParameters } from 'n8n-workflow';
import { LoggerProxy } from 'n8n-workflow';

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { HighLevelCalendarsTokenApi } from '../../credentials/HighLevelCalendarsTokenApi.credentials';
import { HighLevelCalendars } from '../../nodes/HighLevelCalendars/HighLevelCalendars.node';
import type { LogCapture } from '../../scripts/lib/engine';
import {
	MANUAL_TRIGGER_NAME,
	MANUAL_TRIGGER_TYPE,
	captureLogs,
	runWorkflow,
} from '../../scripts/lib/engine';
import type { RunOptions, Sandbox } from '../helpers/node';
import { DEFAULTS, byId, credentialsFor, run, useSandbox } from '../helpers/node';
import { calendarSettings } from '../calendar/settings';

/**
 * No access token, refresh token, client secret or Private Integration Token appears in an error
 * (message, description, context, cause), an output item or a log line, whatever went wrong.
 *
 * Log lines are what n8n-core writes through its Logger (the harness's engineLogger, read with
 * captureLogs() at every level) plus anything on the console. Run alone, the node logs little; run
 * in a workflow, WorkflowExecute logs each node's start and end and hands a failed node's error
 * (message, stack, extra, and its causes) to the ErrorReporter, which logs it: that is the path a
 * secret would take into n8n's log, so the log half runs each scenario as a workflow.
 */
const ctx = useSandbox();
const SECRETS = [
	DEFAULTS.pitToken,
	DEFAULTS.oauthAccessToken,
	DEFAULTS.refreshToken,
	DEFAULTS.clientSecret,
];
const NODE_TYPE = 'n8n-nodes-highlevel-calendars.highLevelCalendars';
const NODE_NAME = 'HighLevel Calendars';

function serialize(value: unknown): string {
	const seen = new WeakSet();
	return JSON.stringify(value, (_key, inner) => {
		if (inner instanceof Error) {
			return {
				...inner,
				message: inner.message,
				stack: inner.stack,
				cause: (inner as { cause?: unknown }).cause,
			};
		}
		if (inner && typeof inner === 'object') {
			if (seen.has(inner)) return '[circular]';
			seen.add(inner);
		}
		return inner;
	});
}

type Outcome = { error?: unknown; items: unknown };
type Runner = (
	sandbox: Sandbox,
	parameters: Record<string, unknown>,
	options?: RunOptions,
) => Promise<Outcome>;

/** The node after a Manual Trigger, run by WorkflowExecute as n8n runs a workflow. */
const runAsWorkflow: Runner = async (sandbox, parameters, options = {}) => {
	const auth = options.auth ?? 'token';
	const [[type, data]] = Object.entries(options.credentials ?? credentialsFor(sandbox, auth));
	const result = await runWorkflow({
		workflow: {
			nodes: [
				{
					id: 'trigger',
					name: MANUAL_TRIGGER_NAME,
					type: MANUAL_TRIGGER_TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'node',
					name: NODE_NAME,
					type: NODE_TYPE,
					typeVersion: 1,
					position: [220, 0],
					parameters: {
						authentication: auth === 'token' ? 'privateIntegrationToken' : 'oAuth2',
						...(parameters as INodeParameters),
					},
					credentials: { [type]: { id: 'secrets-credential', name: 'HighLevel' } },
					...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				},
			],
			connections: {
				[MANUAL_TRIGGER_NAME]: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] },
			},
		},
		nodeTypes: { [NODE_TYPE]: new HighLevelCalendars() },
		credentialTypes: [new HighLevelCalendarsOAuth2Api(), new HighLevelCalendarsTokenApi()],
		credentials: { 'secrets-credential': { type, name: 'HighLevel', data } },
		timezone: options.timezone ?? 'America/New_York',
	});
	const task = result.runData[NODE_NAME]?.[0];
	return { error: result.error ?? task?.error, items: task?.data?.main ?? null };
};

describe('secrets', () => {
	const logged: string[] = [];
	const spies: jest.SpyInstance[] = [];
	let logs: LogCapture;
	beforeEach(() => {
		logged.length = 0;
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			spies.push(
				jest
					.spyOn(console, method)
					.mockImplementation((...args) => void logged.push(serialize(args))),
			);
		}
		logs = captureLogs();
	});
	afterEach(() => {
		logs.stop();
		spies.splice(0).forEach((spy) => spy.mockRestore());
	});

	const getCalendar = {
		resource: 'calendar',
		operation: 'get',
		calendarId: byId(DEFAULTS.calendarId),
	};
	const scenarios: Array<[string, (runner: Runner) => Promise<Outcome>]> = [
		[
			'a 401 from a revoked token',
			async (runner) => {
				ctx.sandbox.tokens.delete(DEFAULTS.pitToken);
				return await runner(ctx.sandbox, getCalendar);
			},
		],
		[
			'a 422 validation error',
			async (runner) =>
				await runner(ctx.sandbox, {
					resource: 'calendar',
					operation: 'update',
					calendarId: byId(DEFAULTS.calendarId),
					...calendarSettings('update', { slug: '={{ 42 }}', formId: 'x y' }),
				}),
		],
		[
			'a 500 on a booking',
			async (runner) => {
				ctx.sandbox.addHook((hook: any) =>
					hook.method === 'POST'
						? (hook.send(500, { statusCode: 500, message: 'boom' }), true)
						: false,
				);
				return await runner(ctx.sandbox, {
					resource: 'appointment',
					operation: 'create',
					calendarId: byId(DEFAULTS.calendarId),
					contactId: byId(DEFAULTS.contactId),
					startTime: '2027-02-01T10:00:00',
				});
			},
		],
		[
			'an input error while the request is built',
			async (runner) =>
				await runner(ctx.sandbox, {
					resource: 'appointment',
					operation: 'create',
					calendarId: byId(DEFAULTS.calendarId),
					contactId: byId(DEFAULTS.contactId),
					startTime: 'garbage',
				}),
		],
		[
			'an OAuth2 refresh that fails',
			async (runner) => {
				ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
				const credentials = credentialsFor(ctx.sandbox, 'oauth2');
				(
					credentials.highLevelCalendarsOAuth2Api.oauthTokenData as { refresh_token: string }
				).refresh_token = DEFAULTS.refreshToken;
				ctx.sandbox.addHook((hook: any) =>
					hook.path === '/oauth/token' ? (hook.send(400, { error: 'invalid_grant' }), true) : false,
				);
				return await runner(ctx.sandbox, getCalendar, { auth: 'oauth2', credentials });
			},
		],
		[
			'an error under Continue On Fail',
			async (runner) => {
				ctx.sandbox.tokens.delete(DEFAULTS.pitToken);
				return await runner(ctx.sandbox, getCalendar, { continueOnFail: true });
			},
		],
	];

	it.each(scenarios)('%s leaks none', async (_name, scenario) => {
		const result = await scenario(run);
		const everything =
			serialize({ error: result.error, items: result.items }) +
			logged.join('\n') +
			serialize(logs.records);
		expect(result.error ?? (result.items as unknown[][])[0]).toBeDefined();
		for (const secret of SECRETS) expect(everything).not.toContain(secret);
	});

	it.each(scenarios)(
		'%s leaks none into what n8n logs while running the workflow',
		async (_name, scenario) => {
			const result = await scenario(runAsWorkflow);
			expect(result.error ?? (result.items as unknown[][])[0]).toBeDefined();
			// the capture saw the node's run, and a failure's error object went into the log
			expect(logs.lines).toContainEqual(
				expect.stringContaining(`Running node "${NODE_NAME}" started`),
			);
			const failed = result.error !== undefined;
			expect(
				logs.lines.some((line) => line.includes('Workflow execution finished with error')),
			).toBe(failed);
			const everything = serialize(logs.records) + logged.join('\n') + serialize(result);
			for (const secret of SECRETS) expect(everything).not.toContain(secret);
		},
	);

	it('the log capture sees what n8n-core logs, at every level, so a leak would be caught', () => {
		LoggerProxy.debug('token check', { authorization: `Bearer ${DEFAULTS.pitToken}` });
		LoggerProxy.error('secret check', { clientSecret: DEFAULTS.clientSecret });
		expect(logs.records.map(({ level }) => level)).toEqual(['debug', 'error']);
		expect(serialize(logs.records)).toContain(DEFAULTS.pitToken);
		expect(logs.lines.join('\n')).toContain(DEFAULTS.clientSecret);
	});
});

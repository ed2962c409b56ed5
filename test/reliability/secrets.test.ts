import { DEFAULTS, byId, credentialsFor, run, useSandbox } from '../helpers/node';

/**
 * No access token, refresh token, client secret or Private Integration Token appears in an error
 * (message, description, context, cause), an output item or a log line, whatever went wrong.
 */
const ctx = useSandbox();
const SECRETS = [DEFAULTS.pitToken, DEFAULTS.oauthAccessToken, DEFAULTS.refreshToken, DEFAULTS.clientSecret];

function serialize(value: unknown): string {
	const seen = new WeakSet();
	return JSON.stringify(value, (_key, inner) => {
		if (inner instanceof Error) {
			return { ...inner, message: inner.message, stack: inner.stack, cause: (inner as { cause?: unknown }).cause };
		}
		if (inner && typeof inner === 'object') {
			if (seen.has(inner)) return '[circular]';
			seen.add(inner);
		}
		return inner;
	});
}

describe('secrets', () => {
	const logged: string[] = [];
	const spies: jest.SpyInstance[] = [];
	beforeEach(() => {
		logged.length = 0;
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			spies.push(jest.spyOn(console, method).mockImplementation((...args) => void logged.push(serialize(args))));
		}
	});
	afterEach(() => spies.splice(0).forEach((spy) => spy.mockRestore()));

	const getCalendar = { resource: 'calendar', operation: 'get', calendarId: byId(DEFAULTS.calendarId) };
	const scenarios: Array<[string, () => Promise<{ error?: Error; items: unknown }>]> = [
		['a 401 from a revoked token', async () => {
			ctx.sandbox.tokens.delete(DEFAULTS.pitToken);
			return await run(ctx.sandbox, getCalendar);
		}],
		['a 422 validation error', async () =>
			await run(ctx.sandbox, { resource: 'calendar', operation: 'update', calendarId: byId(DEFAULTS.calendarId), calendarUpdateFields: { slug: '={{ 42 }}', formId: 'x y' } })],
		['a 500 on a booking', async () => {
			ctx.sandbox.addHook((hook: any) => (hook.method === 'POST' ? (hook.send(500, { statusCode: 500, message: 'boom' }), true) : false));
			return await run(ctx.sandbox, { resource: 'appointment', operation: 'create', calendarId: byId(DEFAULTS.calendarId), contactId: byId(DEFAULTS.contactId), startTime: '2027-02-01T10:00:00' });
		}],
		['an input error while the request is built', async () =>
			await run(ctx.sandbox, { resource: 'appointment', operation: 'create', calendarId: byId(DEFAULTS.calendarId), contactId: byId(DEFAULTS.contactId), startTime: 'garbage' })],
		['an OAuth2 refresh that fails', async () => {
			ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
			const credentials = credentialsFor(ctx.sandbox, 'oauth2');
			(credentials.highLevelCalendarsOAuth2Api.oauthTokenData as { refresh_token: string }).refresh_token = DEFAULTS.refreshToken;
			ctx.sandbox.addHook((hook: any) => (hook.path === '/oauth/token' ? (hook.send(400, { error: 'invalid_grant' }), true) : false));
			return await run(ctx.sandbox, getCalendar, { auth: 'oauth2', credentials });
		}],
		['an error under Continue On Fail', async () => {
			ctx.sandbox.tokens.delete(DEFAULTS.pitToken);
			return await run(ctx.sandbox, getCalendar, { continueOnFail: true });
		}],
	];

	it.each(scenarios)('%s leaks none', async (_name, scenario) => {
		const result = await scenario();
		const everything = serialize({ error: result.error, items: result.items }) + logged.join('\n');
		expect(result.error ?? (result.items as unknown[][])[0]).toBeDefined();
		for (const secret of SECRETS) expect(everything).not.toContain(secret);
	});
});

import { captureLogs } from '../../scripts/lib/engine';
import { DEFAULTS, useSandbox } from '../helpers/node';
import { SUB_ACCOUNTS, bookPerItem, forgetSubAccountTokens } from './helpers';

const ctx = useSandbox();
forgetSubAccountTokens();

/** Everything a user or a log could see of a run: the error with its causes, the items, log lines. */
function visible(value: unknown): string {
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

const secrets = () => [
	DEFAULTS.agencyAccessToken,
	DEFAULTS.agencyRefreshToken,
	DEFAULTS.clientSecret,
	...[...ctx.sandbox.tokens.keys()].filter((token) => token.startsWith('sandbox-location-token-')),
];

const uninstalled = { ...SUB_ACCOUNTS[0], locationId: DEFAULTS.uninstalledLocationId };

describe('Agency connection: no token in errors, items or logs', () => {
	it.each([
		['a sub-account the app is not installed on', [uninstalled], false],
		['a refused sub-account token', [SUB_ACCOUNTS[1]], false],
		['a 500 on a booking, under Continue On Fail', [SUB_ACCOUNTS[2]], true],
	] as const)('%s', async (name, items, continueOnFail) => {
		if (name.startsWith('a refused')) ctx.sandbox.locationTokenLifetimeSeconds = 0;
		if (name.startsWith('a 500')) {
			ctx.sandbox.injectFault({
				method: 'POST',
				path: '/calendars/events/appointments',
				kind: 'status',
				status: 500,
			});
		}
		const logs = captureLogs();
		const result = await bookPerItem(
			ctx.sandbox,
			items.map((json) => ({ json })),
			{ continueOnFail },
		);
		logs.stop();
		expect(result.error ?? result.json[0].error).toBeTruthy();
		const seen = visible([result.error, result.items, logs.lines]);
		for (const secret of secrets()) expect(seen).not.toContain(secret);
	});
});

import type { Account } from '../../../nodes/HighLevelCalendars/shared/transport/account';
import {
	SubAccountTokens,
	namingSubAccount,
	renewAt,
} from '../../../nodes/HighLevelCalendars/shared/transport/subAccount';

describe('renewAt', () => {
	it('stops using a day-long token 5 minutes before it expires', () => {
		expect(renewAt(0, 86_399)).toBe(86_399_000 - 300_000);
	});

	it('keeps a tenth of a short lifetime as margin, and nothing for none', () => {
		expect(renewAt(1000, 10)).toBe(1000 + 9000);
		expect(renewAt(1000, 0)).toBe(1000);
	});
});

describe('SubAccountTokens', () => {
	let now = 0;
	const tokens = () => new SubAccountTokens(() => now);
	const fetcher = (prefix = 'token') => {
		let count = 0;
		const fetch = jest.fn(async () => ({ token: `${prefix}-${++count}`, expiresInSeconds: 100 }));
		return fetch;
	};
	beforeEach(() => {
		now = 0;
	});

	it('shares one fetch among concurrent askers and keeps the token until its renewal time', async () => {
		const cache = tokens();
		const fetch = fetcher();
		const all = await Promise.all(
			Array.from({ length: 10 }, () => cache.get('cred', 'loc', fetch)),
		);
		expect(new Set(all)).toEqual(new Set(['token-1']));
		now = 89_999;
		expect(await cache.get('cred', 'loc', fetch)).toBe('token-1');
		now = 90_000;
		expect(await cache.get('cred', 'loc', fetch)).toBe('token-2');
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('keys by credential and sub-account: no token crosses either', async () => {
		const cache = tokens();
		const fetch = fetcher();
		expect(await cache.get('cred-a', 'loc', fetch)).toBe('token-1');
		expect(await cache.get('cred-b', 'loc', fetch)).toBe('token-2');
		expect(await cache.get('cred-a', 'other', fetch)).toBe('token-3');
		expect(await cache.get('cred-a', 'loc', fetch)).toBe('token-1');
	});

	it('renews a refused token once, however many requests report it', async () => {
		const cache = tokens();
		const fetch = fetcher();
		const stale = await cache.get('cred', 'loc', fetch);
		const renewed = await Promise.all(
			Array.from({ length: 5 }, () => cache.renew('cred', 'loc', stale, fetch)),
		);
		expect(new Set(renewed)).toEqual(new Set(['token-2']));
		// A late report of the old token does not throw the new one away.
		expect(await cache.renew('cred', 'loc', stale, fetch)).toBe('token-2');
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('forgets a failed fetch, so that the next asker tries again', async () => {
		const cache = tokens();
		const failing = jest.fn(async () => {
			throw new Error('refused');
		});
		await expect(cache.get('cred', 'loc', failing)).rejects.toThrow('refused');
		expect(await cache.get('cred', 'loc', fetcher())).toBe('token-1');
	});

	it('runs the fetches of one credential one after the other', async () => {
		const cache = tokens();
		let running = 0;
		let most = 0;
		const slow = async () => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
			return { token: 't', expiresInSeconds: 100 };
		};
		await Promise.all(['a', 'b', 'c'].map((loc) => cache.get('cred', loc, slow)));
		expect(most).toBe(1);
	});
});

describe('namingSubAccount', () => {
	const agency = {
		credentialType: 'highLevelCalendarsAgencyOAuth2Api',
		baseUrl: 'https://services.leadconnectorhq.com',
		locationId: 'loc-2',
		agency: {},
	} as unknown as Account;

	it('names the sub-account once, before a create’s outcome, which stays last', () => {
		const error = new Error('Calendar not found [HTTP 400: the appointment was not created]');
		namingSubAccount(agency, namingSubAccount(agency, error));
		expect(error.message).toBe(
			'Calendar not found (sub-account loc-2) [HTTP 400: the appointment was not created]',
		);
	});

	it('appends it to a message without an outcome, and leaves sub-account connections alone', () => {
		expect(namingSubAccount(agency, new Error('Forbidden')).message).toBe(
			'Forbidden (sub-account loc-2)',
		);
		const own = { ...agency, agency: undefined } as Account;
		expect(namingSubAccount(own, new Error('Forbidden')).message).toBe('Forbidden');
	});
});

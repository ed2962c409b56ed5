import { DEFAULTS, startSandbox } from '../../sandbox/server';

/** The sandbox's fault modes, as the tests and the benchmark use them. */
describe('sandbox fault modes', () => {
	let sandbox: Awaited<ReturnType<typeof startSandbox>>;
	beforeAll(async () => {
		sandbox = await startSandbox({ faults: { rateLimit: { max: 3, intervalMs: 60_000 } } });
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => await sandbox.close());

	const headers = { Authorization: `Bearer ${DEFAULTS.pitToken}`, Version: '2021-04-15' };
	const get = async (path = `/calendars/${DEFAULTS.calendarId}`) => {
		const response = await fetch(`${sandbox.url}${path}`, { headers });
		return { status: response.status, headers: response.headers, text: await response.text() };
	};

	it("limits with HighLevel's headers and answers 429 past the limit", async () => {
		const answers = [await get(), await get(), await get(), await get()];
		expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
		expect(answers[0].headers.get('x-ratelimit-max')).toBe('3');
		expect(answers[2].headers.get('x-ratelimit-remaining')).toBe('0');
		expect(answers[0].headers.get('x-ratelimit-interval-milliseconds')).toBe('60000');
		expect(answers[3].text).toBe('{"statusCode":429,"message":"Too Many Requests"}');
	});

	it('injects a status on chosen routes only, as many times as asked', async () => {
		sandbox.injectFault({
			method: 'GET',
			path: `/calendars/${DEFAULTS.calendarId}`,
			kind: 'status',
			status: 503,
			times: 1,
		});
		expect((await get()).status).toBe(503);
		expect((await get()).status).toBe(200);
		sandbox.reset();
		sandbox.injectFault({ path: /^\/users/, kind: 'status', status: 500 });
		expect((await get()).status).toBe(200);
	});

	it('answers HTML, an empty body or broken JSON', async () => {
		sandbox.injectFault({ kind: 'html', status: 502, times: 1 });
		sandbox.injectFault({ kind: 'empty', times: 1 });
		sandbox.injectFault({ kind: 'truncated', times: 1 });
		const html = await get();
		expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
		expect(html.text).toMatch(/^<html>/);
		expect(await get()).toMatchObject({ status: 200, text: '' });
		const truncated = await get();
		expect(() => JSON.parse(truncated.text)).toThrow();
	});

	it('answers slowly, drops connections, or drops them after carrying the request out', async () => {
		sandbox.injectFault({ kind: 'slow', delayMs: 300, times: 1 });
		const started = Date.now();
		expect((await get()).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		sandbox.injectFault({ kind: 'drop', times: 1 });
		await expect(get()).rejects.toThrow();
		sandbox.injectFault({ method: 'POST', kind: 'dropAfterHandling', times: 1 });
		const created = fetch(`${sandbox.url}/calendars/`, {
			method: 'POST',
			headers: { ...headers, 'Content-Type': 'application/json' },
			body: JSON.stringify({ locationId: DEFAULTS.locationId, name: 'Kept' }),
		});
		await expect(created).rejects.toThrow();
		expect(
			[...sandbox.store.calendars.values()].some((calendar: any) => calendar.name === 'Kept'),
		).toBe(true);
	});
});

import { DEFAULTS, apiCalls, only } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Create', () => {
	it('creates the group in the credential’s sub-account and returns it unwrapped', async () => {
		const { json, error } = await calendarGroup('create', {
			name: 'Sales Team',
			slug: 'sales-team',
			calendarGroupCreateFields: { description: 'Demo calls', isActive: false },
		});
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/calendars/groups', status: 201 });
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			locationId: DEFAULTS.locationId,
			name: 'Sales Team',
			slug: 'sales-team',
			description: 'Demo calls',
			isActive: false,
		});
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			name: 'Sales Team',
			slug: 'sales-team',
			isActive: false,
			locationId: DEFAULTS.locationId,
		});
		expect(ctx.sandbox.store.groups.get(String(json[0].id))).toBeDefined();
	});

	it('minimal: name and slug; the description the API requires is sent empty', async () => {
		const { json, error } = await calendarGroup('create', { name: 'Support', slug: 'support' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox).body).toEqual({
			locationId: DEFAULTS.locationId,
			name: 'Support',
			slug: 'support',
			description: '',
		});
		expect(json[0]).toMatchObject({ name: 'Support', isActive: true });
	});

	it('gets the API’s refusal of a slug the sub-account already uses', async () => {
		const { error } = await calendarGroup('create', { name: 'Again', slug: 'sandbox-team' });
		expect(only(ctx.sandbox).status).toBe(400);
		expect(error?.message).toContain('sandbox-team');
	});

	it('refuses a missing name before sending', async () => {
		const { error } = await calendarGroup('create', { name: '  ', slug: 'x-team' });
		expect(error?.message).toMatch(/^Name/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});

	it('the sandbox refuses a blank name or slug too (the spec marks them required, which "" would meet)', async () => {
		const send = async (method: string, path: string, body: Record<string, unknown>) => {
			const response = await fetch(`${ctx.sandbox.url}${path}`, {
				method,
				headers: {
					Authorization: `Bearer ${DEFAULTS.pitToken}`,
					Version: '2021-04-15',
					'Content-Type': 'application/json',
				},
				body: JSON.stringify(body),
			});
			return { status: response.status, body: await response.json() };
		};
		const locationId = DEFAULTS.locationId;
		expect(
			await send('POST', '/calendars/groups', { locationId, name: ' ', description: '', slug: '' }),
		).toMatchObject({
			status: 422,
			body: { message: ['name should not be empty', 'slug should not be empty'] },
		});
		expect(
			await send('POST', '/calendars/groups/validate-slug', { locationId, slug: '' }),
		).toMatchObject({ status: 422, body: { message: ['slug should not be empty'] } });
		expect(
			await send('PUT', `/calendars/groups/${DEFAULTS.groupId}`, {
				name: 'Team',
				description: '',
				slug: '',
			}),
		).toMatchObject({ status: 422, body: { message: ['slug should not be empty'] } });
		const noDescription = { locationId, name: 'Support', description: '', slug: 'support' };
		expect((await send('POST', '/calendars/groups', noDescription)).status).toBe(201);
	});
});

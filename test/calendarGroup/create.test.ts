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
});

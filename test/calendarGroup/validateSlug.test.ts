import { DEFAULTS, apiCalls, only } from '../helpers/node';
import { calendarGroupRunner } from './helpers';

const { ctx, calendarGroup } = calendarGroupRunner();

describe('Calendar Group: Validate Slug', () => {
	it('answers available: false for a slug the sub-account uses', async () => {
		const { json, error } = await calendarGroup('validateSlug', { slug: 'sandbox-team' });
		expect(error).toBeUndefined();
		expect(only(ctx.sandbox)).toMatchObject({
			method: 'POST',
			path: '/calendars/groups/validate-slug',
			body: { locationId: DEFAULTS.locationId, slug: 'sandbox-team' },
			status: 200,
		});
		expect(json).toEqual([{ available: false }]);
	});

	it('answers available: true for a free one', async () => {
		const { json } = await calendarGroup('validateSlug', { slug: 'brand-new' });
		expect(json).toEqual([{ available: true }]);
	});

	it('refuses an empty slug before sending', async () => {
		const { error } = await calendarGroup('validateSlug', { slug: '' });
		expect(error?.message).toMatch(/^Slug/);
		expect(apiCalls(ctx.sandbox)).toHaveLength(0);
	});
});

import { loadOptions } from '../helpers/lookups';
import { DEFAULTS, only, useSandbox } from '../helpers/node';

const ctx = useSandbox();

describe('loadOptions getNotificationUsers (Selected Users of a notification)', () => {
	it("offers the sub-account admins keyword first, then the sub-account's users", async () => {
		const { options, error } = await loadOptions(ctx.sandbox, 'getNotificationUsers');
		expect(error).toBeUndefined();
		const request = only(ctx.sandbox);
		expect(request.path).toBe('/users/');
		expect(request.query).toEqual({ locationId: DEFAULTS.locationId });
		expect(options?.[0]).toEqual({
			name: 'Sub-Account Admins',
			value: 'sub_account_admin',
			description: 'Every admin of the sub-account',
		});
		expect(options).toHaveLength(6);
		expect(options!.map((option) => option.value)).toContain(DEFAULTS.userId);
	});
});

import { RESPONSE_OVERRIDES, loadSpec } from '../../sandbox/spec';

/** The sandbox's check of its own answers against the spec's response schemas (routes with checkResponse). */
const spec = loadSpec();
const operation = (method: string, path: string) => {
	const found = spec.find(method, path);
	if (!found) throw new Error(`${method} ${path} is not in the spec`);
	return found;
};

describe('response validation', () => {
	const getGroups = operation('GET', '/calendars/groups');
	const group = {
		id: 'g1',
		locationId: 'l1',
		name: 'Sales',
		description: 'Team',
		slug: 'sales',
		isActive: true,
	};

	it('accepts an answer in the documented shape', () => {
		expect(getGroups.validateResponse(200, { groups: [group] })).toEqual([]);
	});

	it('names a missing required property, a wrong type and an undocumented property', () => {
		expect(getGroups.validateResponse(200, { groups: [{ ...group, slug: undefined }] })).toEqual([
			"/groups/0 must have required property 'slug'",
		]);
		expect(getGroups.validateResponse(200, { groups: [{ ...group, isActive: 'yes' }] })).toEqual([
			'/groups/0/isActive must be boolean',
		]);
		expect(getGroups.validateResponse(200, { groups: [{ ...group, colour: 'red' }] })).toEqual([
			'/groups/0 must NOT have additional properties (colour)',
		]);
	});

	it('checks nothing where the spec documents no JSON schema for the status', () => {
		expect(getGroups.validateResponse(204, 'anything')).toEqual([]);
	});

	it('names every override with its reason, on a property of an existing schema', () => {
		for (const override of RESPONSE_OVERRIDES) {
			expect(override.why.length).toBeGreaterThan(20);
			expect(spec.componentSchema(override.file, override.schema)).toBeDefined();
		}
	});
});

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { type Endpoint, ENDPOINTS } from '../../nodes/HighLevelCalendars/endpoints';
import { DEFAULTS } from '../helpers/node';
import { sandboxCredentialData } from '../../sandbox/server';

describe('HighLevel Calendars OAuth2 API', () => {
	const scope = new HighLevelCalendarsOAuth2Api().properties.find((p) => p.name === 'scope');

	it('asks by default for the scope of every endpoint the node calls, and for no other', () => {
		// The agency endpoints are for the agency connection (HighLevelCalendarsAgencyOAuth2Api).
		const needed = new Set(
			(Object.values(ENDPOINTS) as Endpoint[])
				.filter((endpoint) => !endpoint.agency)
				.map((endpoint) => endpoint.scope),
		);
		expect(String(scope?.default).split(' ').sort()).toEqual([...needed].sort());
		expect(needed).toContain('calendars/groups.write');
		expect(needed).toContain('calendars/resources.write');
	});

	it('is what the sandbox’s OAuth2 credential (demo, e2e) asks for', () => {
		const data = sandboxCredentialData(`http://127.0.0.1:1`).highLevelCalendarsOAuth2Api;
		expect(data.scope).toBe(scope?.default);
		expect(data.oauthTokenData).toMatchObject({ locationId: DEFAULTS.locationId });
	});
});

import { HighLevelCalendarsOAuth2Api } from '../../credentials/HighLevelCalendarsOAuth2Api.credentials';
import { DEFAULTS } from '../helpers/node';
import { sandboxCredentialData } from '../../sandbox/server';

describe('HighLevel Calendars OAuth2 API', () => {
	const scope = new HighLevelCalendarsOAuth2Api().properties.find((p) => p.name === 'scope');

	it('asks by default for every scope an operation or picker needs, the groups and resources ones included', () => {
		expect(String(scope?.default).split(' ').sort()).toEqual(
			[
				'calendars.readonly',
				'calendars.write',
				'calendars/events.readonly',
				'calendars/events.write',
				'calendars/groups.readonly',
				'calendars/groups.write',
				'calendars/resources.readonly',
				'calendars/resources.write',
				'contacts.readonly',
				'locations.readonly',
				'users.readonly',
			].sort(),
		);
	});

	it('is what the sandbox’s OAuth2 credential (demo, e2e) asks for', () => {
		const data = sandboxCredentialData(`http://127.0.0.1:1`).highLevelCalendarsOAuth2Api;
		expect(data.scope).toBe(scope?.default);
		expect(data.oauthTokenData).toMatchObject({ locationId: DEFAULTS.locationId });
	});
});

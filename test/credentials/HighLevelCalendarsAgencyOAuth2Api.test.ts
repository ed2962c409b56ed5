import { HighLevelCalendarsAgencyOAuth2Api } from '../../credentials/HighLevelCalendarsAgencyOAuth2Api.credentials';
import { ENDPOINTS } from '../../nodes/HighLevelCalendars/endpoints';
import { sandboxCredentialData } from '../../sandbox/server';

describe('HighLevel Calendars Agency OAuth2 API', () => {
	const property = (name: string) =>
		new HighLevelCalendarsAgencyOAuth2Api().properties.find((p) => p.name === name);

	it('asks by default for the scope of every endpoint the node calls, the agency’s own included', () => {
		const needed = new Set(Object.values(ENDPOINTS).map((endpoint) => endpoint.scope));
		expect(String(property('scope')?.default).split(' ').sort()).toEqual([...needed].sort());
		expect(needed).toContain('oauth.readonly');
		expect(needed).toContain('oauth.write');
	});

	it('asks for an agency (Company) token in the code exchange, with the client in the body', () => {
		expect(JSON.parse(String(property('additionalBodyProperties')?.default))).toEqual({
			user_type: 'Company',
		});
		expect(property('additionalBodyProperties')?.type).toBe('hidden');
		expect(property('authentication')?.default).toBe('body');
		expect(property('appId')?.required).toBe(true);
	});

	it('is what the sandbox’s agency credential (tests, e2e) holds', () => {
		const data = sandboxCredentialData('http://127.0.0.1:1').highLevelCalendarsAgencyOAuth2Api;
		expect(data.scope).toBe(property('scope')?.default);
		expect(data.additionalBodyProperties).toBe(property('additionalBodyProperties')?.default);
		expect(data.oauthTokenData).toMatchObject({ userType: 'Company' });
	});
});

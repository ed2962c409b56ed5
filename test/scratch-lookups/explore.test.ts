import { DEFAULTS, credentialsFor, useSandbox } from '../helpers/node';
import { listSearch, loadOptions, testCredential } from '../helpers/lookups';

const ctx = useSandbox();
it('explore', async () => {
	ctx.sandbox.addToken('pit-contacts-only', { kind: 'pit', scopes: ['contacts.readonly'] });
	const r = await listSearch(ctx.sandbox, 'searchCalendars', { credentials: credentialsFor(ctx.sandbox, 'token', { accessToken: 'pit-contacts-only' }) });
	console.log(r.error?.message, r.error?.description, r.error?.httpCode);
	ctx.sandbox.expireToken(DEFAULTS.oauthAccessToken);
	ctx.sandbox.requests.length = 0;
	const o = await listSearch(ctx.sandbox, 'searchCalendars', { auth: 'oauth2' });
	console.log(o.error?.message, o.result?.results.length, o.credentialUpdates.map((u) => [u.kind, (u.data.oauthTokenData as any).access_token]), ctx.sandbox.requests.map((q) => [q.method, q.path, q.status, q.headers.authorization]));
	ctx.sandbox.addToken('pit-other', { kind: 'pit', locationId: DEFAULTS.otherLocationId });
	for (const over of [{ accessToken: 'pit-other' }, { accessToken: 'pit-contacts-only' }, { baseUrl: 'http://127.0.0.1:1' }, { locationId: '' }]) {
		const t = await testCredential(ctx.sandbox, 'token', over);
		console.log(over, t.status, t.message, t.error?.httpCode, t.error?.description);
	}
	console.log(await testCredential(ctx.sandbox, 'oauth2', { oauthTokenData: undefined }));
	const p = await listSearch(ctx.sandbox, 'searchTimeZones', { paginationToken: 50 });
	console.log(p.error?.message);
	const q = await listSearch(ctx.sandbox, 'searchTimeZones', { paginationToken: '50' });
	console.log(q.result?.results.length, q.result?.paginationToken);
	const lo = await loadOptions(ctx.sandbox, 'getMeetingLocations', { parameters: { resource: 'appointment', operation: 'update', eventId: 'nope' } });
	console.log(lo.error?.message, lo.error?.httpCode, lo.node.parameters);
});

/**
 * The README's manual install as `npm run e2e` reads and runs it (scripts/e2e/userChecks.js): the
 * lines it finds are the ones a user copies, and they leave n8n's peer dependency out.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the e2e tooling
const { readmeManualInstall } = require('../../../scripts/e2e/userChecks.js');

describe("the README's manual install (what npm run e2e runs)", () => {
	it('is the three lines of the "Manually with npm" block', () => {
		expect(readmeManualInstall()).toEqual([
			'mkdir -p ~/.n8n/nodes',
			'cd ~/.n8n/nodes',
			'npm install --omit=peer n8n-nodes-highlevel-calendars',
		]);
	});

	it('refuses a README without that block instead of checking nothing', () => {
		expect(() => readmeManualInstall('# No install section')).toThrow(/Manually with npm/);
	});
});

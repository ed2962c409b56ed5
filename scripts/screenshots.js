#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: pictures of what users see, taken from the real n8n editor (the current
 * 2.x line from .n8n-cache/) in headless Chromium, into docs/screenshots/:
 *   operation-list.png        the node's actions in the node panel
 *   appointment-create.png    Appointment: Create with the Calendar picker's list open
 *   appointment-contact-by-email.png  Appointment: Create with Contact By "Email or Phone"
 *   agency-sub-account.png    OAuth2 (Agency) with the Sub-Account picker's list open
 *   calendar-create-settings.png  Calendar: Create's grouped settings (Availability: open hours)
 *   credential-token.png      the Private Integration Token credential dialog
 *   credential-oauth2.png     the OAuth2 credential dialog
 *
 * The package is installed as a community package into a throw-away user folder, the sandbox
 * provides the data behind the pickers, and an owner account is set up through the REST API.
 * Needs Debian's chromium (`apt-get install chromium`); set CHROMIUM_PATH to use another one.
 *
 * Options: --line 2.x|1.x (default 2.x), --no-build, --out DIR, --port N (default 5680),
 *          --keep (keep n8n running afterwards and print its URL)
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { getLine, ensureN8n, ROOT, CACHE } = require('./e2e/lines');
const {
	OWNER,
	PACKAGE_NAME,
	cli,
	freePort,
	installPackageLikeN8n,
	startServer,
	restClient,
	ensureOwnerLogin,
	packPackage,
} = require('./e2e/n8n');
const { sandboxCredentials } = require('./e2e/credentials');

const NODE_TYPE = `${PACKAGE_NAME}.highLevelCalendars`;
const log = (/** @type {string} */ m) => console.log(`[screenshots] ${m}`);

function parseArgs(argv) {
	const o = {
		line: '2.x',
		build: true,
		out: path.join(ROOT, 'docs', 'screenshots'),
		keep: false,
		port: 5680,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--line') o.line = argv[++i];
		else if (a === '--no-build') o.build = false;
		else if (a === '--out') o.out = path.resolve(argv[++i]);
		else if (a === '--keep') o.keep = true;
		else if (a === '--port') o.port = Number(argv[++i]);
		else throw new Error(`Unknown option ${a}`);
	}
	return o;
}

/** A workflow made for the pictures: each panel filled the way a user would fill it. */
function screenshotWorkflow() {
	const tokenCred = {
		highLevelCalendarsTokenApi: {
			id: 'hlSandboxToken',
			name: 'HighLevel sandbox (Private Integration Token)',
		},
	};
	return {
		id: 'hlScreenshots',
		name: 'HighLevel Calendars: screenshots',
		nodes: [
			{
				parameters: {},
				id: '5e0b7c1a-0000-4000-8000-000000000001',
				name: "When clicking 'Execute workflow'",
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
			},
			{
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'calendar',
					operation: 'create',
					name: 'Intro Call',
					calendarType: 'event',
					// The settings are grouped as in HighLevel's own calendar settings (one collection each).
					calendarCreateAvailability: {
						slotDuration: 30,
						slotDurationUnit: 'mins',
						openHours: {
							hours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:00' }],
						},
					},
					calendarCreateBookingRules: { allowBookingAfter: 2, allowBookingAfterUnit: 'hours' },
				},
				id: '5e0b7c1a-0000-4000-8000-000000000002',
				name: 'Create Calendar',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [260, -120],
				credentials: tokenCred,
			},
			{
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'list', value: '' },
					contactId: { __rl: true, mode: 'list', value: '' },
					startTime: '2026-12-07T10:00:00',
					appointmentCreateFields: {},
				},
				id: '5e0b7c1a-0000-4000-8000-000000000003',
				name: 'Book Appointment',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [260, 120],
				credentials: tokenCred,
			},
			{
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'list', value: '' },
					contactBy: 'emailOrPhone',
					email: 'ada@example.com',
					phone: '+1 202 555 0143',
					createContact: true,
					newContact: { firstName: 'Ada', lastName: 'Lovelace' },
					startTime: '2026-12-07T10:00:00',
					appointmentCreateFields: {},
				},
				id: '5e0b7c1a-0000-4000-8000-000000000004',
				name: 'Book by Email',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [260, 360],
				credentials: tokenCred,
			},
			{
				parameters: {
					authentication: 'agencyOAuth2',
					subAccount: { __rl: true, mode: 'list', value: '' },
					resource: 'appointment',
					operation: 'create',
					calendarId: { __rl: true, mode: 'list', value: '' },
					contactId: { __rl: true, mode: 'list', value: '' },
					startTime: '2026-12-07T10:00:00',
					appointmentCreateFields: {},
				},
				id: '5e0b7c1a-0000-4000-8000-000000000005',
				name: 'Agency Appointment',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [260, 600],
				credentials: {
					highLevelCalendarsAgencyOAuth2Api: {
						id: 'hlSandboxAgency',
						name: 'HighLevel sandbox (Agency OAuth2)',
					},
				},
			},
		],
		connections: {
			"When clicking 'Execute workflow'": {
				main: [
					[
						{ node: 'Create Calendar', type: 'main', index: 0 },
						{ node: 'Book Appointment', type: 'main', index: 0 },
						{ node: 'Book by Email', type: 'main', index: 0 },
						{ node: 'Agency Appointment', type: 'main', index: 0 },
					],
				],
			},
		},
		settings: { timezone: 'America/New_York', executionOrder: 'v1' },
		active: false,
	};
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const line = getLine(o.line);
	const { chromium } = require('playwright-core');
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!fs.existsSync(executablePath)) {
		throw new Error(
			`No Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM_PATH)`,
		);
	}

	if (o.build) {
		log('npm run build');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	}
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-screenshots-'));
	const packed = packPackage(work);
	const installed = await ensureN8n(line, log);
	const userFolder = path.join(work, 'user');
	fs.mkdirSync(userFolder);
	installPackageLikeN8n(packed.file, userFolder);

	const { startSandbox } = require(path.join(ROOT, 'sandbox', 'server.js'));
	const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', faults: { rateLimit: false } });
	/** @type {import('./e2e/n8n').Instance} */
	const inst = {
		line,
		bin: installed.bin,
		nodeBin: installed.node.bin,
		userFolder,
		brokerPort: await freePort(),
		extraEnv: {
			CREDENTIALS_OVERWRITE_DATA: JSON.stringify({
				highLevelCalendarsOAuth2Api: { accessTokenUrl: `${sandbox.url}/oauth/token` },
				highLevelCalendarsAgencyOAuth2Api: { accessTokenUrl: `${sandbox.url}/oauth/token` },
			}),
		},
	};
	const credsFile = path.join(work, 'credentials.json');
	fs.writeFileSync(
		credsFile,
		JSON.stringify(sandboxCredentials(sandbox.url, { forDocs: true }), null, 2),
	);
	const wfFile = path.join(work, 'workflow.json');
	fs.writeFileSync(wfFile, JSON.stringify(screenshotWorkflow(), null, 2));
	for (const args of [
		['import:credentials', `--input=${credsFile}`],
		['import:workflow', `--input=${wfFile}`],
	]) {
		const r = await cli(inst, args);
		if (r.code !== 0) throw new Error(`n8n ${args[0]} failed:\n${r.stderr || r.stdout}`);
	}

	log(`starting n8n ${line.n8n}`);
	// A fixed port keeps the OAuth redirect URL in the pictures the same from run to run.
	const server = await startServer(inst, { port: o.port });
	const browser = await chromium
		.launch({
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		})
		.catch(async (/** @type {unknown} */ err) => {
			await server.stop();
			await sandbox.close();
			throw err;
		});
	fs.mkdirSync(o.out, { recursive: true });
	/** @type {string[]} */
	const written = [];
	try {
		await ensureOwnerLogin(restClient(server.url));
		const context = await browser.newContext({
			viewport: { width: 1440, height: 900 },
			deviceScaleFactor: 1,
		});
		const page = await context.newPage();
		page.setDefaultTimeout(30_000);
		const shot = async (
			/** @type {string} */ name,
			/** @type {import('playwright-core').Locator | undefined} */ clip,
		) => {
			const file = path.join(o.out, `${name}.png`);
			await page.waitForTimeout(600); // let transitions finish
			if (clip) await clip.screenshot({ path: file });
			else await page.screenshot({ path: file });
			written.push(file);
			log(`wrote ${path.relative(ROOT, file)}`);
		};

		// Sign in through the form, as a user does (the auth cookie is bound to the browser).
		await page.goto(`${server.url}/signin`);
		await page
			.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]')
			.first()
			.fill(OWNER.email);
		await page.locator('input[type="password"]').first().fill(OWNER.password);
		await page
			.locator('button[type="submit"], [data-test-id="form-submit-button"]')
			.first()
			.click();
		await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
		await dismissOverlays(page);

		// 1. Operation list: the node panel, searched for the node, opened on its actions.
		await page.goto(`${server.url}/workflow/hlScreenshots`);
		await page.locator('[data-test-id="canvas-wrapper"], .vue-flow').first().waitFor();
		await dismissOverlays(page);
		await page
			.locator('[data-test-id="node-creator-plus-button"], [data-test-id="canvas-plus-button"]')
			.first()
			.click();
		const search = page
			.locator(
				'[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]',
			)
			.first();
		await search.waitFor();
		await search.fill('HighLevel Calendars');
		await page
			.locator('[data-test-id="node-creator-item-name"]', { hasText: 'HighLevel Calendars' })
			.first()
			.click();
		await page
			.locator('[data-test-id="node-creator-action-item"], [data-test-id="node-creator-item-name"]')
			.nth(3)
			.waitFor();
		await shot('operation-list');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');

		// 2. Appointment: Create, with the Calendar picker's list open (loaded from the sandbox): the
		//    items read "Name (Type)", a draft calendar "(draft)".
		await openNode(page, 'Book Appointment');
		await openPicker(page, 'calendarId', '(draft)');
		await shot('appointment-create');
		await page.keyboard.press('Escape');
		await closeNdv(page);

		// 3. Appointment: Create with Contact By "Email or Phone" (find the contact, or create it).
		await openNode(page, 'Book by Email');
		await page
			.locator('[data-test-id="ndv"]')
			.locator('[data-test-id="parameter-input-email"], [data-test-id="parameter-input-phone"]')
			.first()
			.waitFor();
		await shot('appointment-contact-by-email');
		await closeNdv(page);

		// 4. The agency connection: OAuth2 (Agency) with the Sub-Account picker open.
		await openNode(page, 'Agency Appointment');
		await openPicker(page, 'subAccount', 'Sandbox Sub-Account');
		await shot('agency-sub-account');
		await page.keyboard.press('Escape');
		await closeNdv(page);

		// 5. Calendar: Create's grouped settings: Availability with its open hours, Booking Rules, and
		//    the other groups down to Appearance (a taller window shows them all).
		await page.setViewportSize({ width: 1440, height: 1280 });
		await openNode(page, 'Create Calendar');
		// The Availability group's heading at the top of the panel, the groups below it.
		await page
			.locator('[data-test-id="ndv"]')
			.getByText('Availability', { exact: true })
			.first()
			.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.mouse.move(5, 5); // no hover toolbar on a field
		await shot('calendar-create-settings');
		await closeNdv(page);
		await page.setViewportSize({ width: 1440, height: 900 });

		// 6./7. Both credential dialogs (n8n tests a saved credential when its dialog opens), as opened from the Credentials page.
		for (const [id, name] of [
			['hlSandboxToken', 'credential-token'],
			['hlSandboxOAuth2', 'credential-oauth2'],
		]) {
			await page.goto(`${server.url}/home/credentials/${id}`);
			const modal = page.locator('[data-test-id="credential-edit-dialog"]').first();
			await modal.waitFor();
			await page.waitForTimeout(800);
			await shot(name);
		}

		if (o.keep) {
			log(
				`n8n keeps running at ${server.url} (${OWNER.email} / ${OWNER.password}); Ctrl-C to stop`,
			);
			await new Promise((resolve) => process.once('SIGINT', resolve));
		}
	} catch (err) {
		const pages = browser.contexts().flatMap((c) => c.pages());
		if (pages[0]) {
			const file = path.join(o.out, 'failed.png');
			await pages[0].screenshot({ path: file }).catch(() => {});
			log(`failed on ${pages[0].url()}; the page is in ${path.relative(ROOT, file)}`);
		}
		throw err;
	} finally {
		await browser.close();
		await server.stop();
		await sandbox.close();
		fs.rmSync(work, { recursive: true, force: true });
	}
	log(`${written.length} screenshots in ${path.relative(ROOT, o.out)}/`);
}

/** Opens a resource locator's list in the open node panel and waits for an item with `text`. */
async function openPicker(
	/** @type {import('playwright-core').Page} */ page,
	/** @type {string} */ parameter,
	/** @type {string} */ text,
) {
	const picker = page
		.locator('[data-test-id="ndv"]')
		.locator(
			`[data-test-id="resource-locator-${parameter}"], [data-test-id="parameter-input-${parameter}"]`,
		)
		.first();
	await picker.locator('[data-test-id="rlc-input"], input[placeholder^="Select"]').first().click();
	// The list is teleported out of the panel; its items are the only visible text like `text`.
	await page
		.locator(`:text(${JSON.stringify(text)}):visible`)
		.first()
		.waitFor({ timeout: 15_000 });
}

/** Closes the what's-new / survey / banner pop-ups a fresh instance may show. */
async function dismissOverlays(/** @type {import('playwright-core').Page} */ page) {
	for (const sel of [
		'[data-test-id="personalization-form"] button',
		'.el-dialog__headerbtn',
		'[data-test-id="banner-close"], [data-test-id="banners-close"]',
		'button:has-text("Got it")',
	]) {
		const el = page.locator(sel).first();
		if (await el.isVisible().catch(() => false)) await el.click().catch(() => {});
	}
}

async function openNode(
	/** @type {import('playwright-core').Page} */ page,
	/** @type {string} */ name,
) {
	await page
		.locator(`[data-test-id="canvas-node"][data-node-name="${name}"], [data-name="${name}"]`)
		.first()
		.dblclick();
	await page.locator('[data-test-id="ndv"]').first().waitFor();
	await page.waitForTimeout(800);
}

async function closeNdv(/** @type {import('playwright-core').Page} */ page) {
	const ndv = page.locator('[data-test-id="ndv"]').first();
	for (let i = 0; i < 4 && (await ndv.isVisible().catch(() => false)); i++) {
		const back = page
			.locator('[data-test-id="back-to-canvas"], [data-test-id="ndv-close"]')
			.first();
		if (await back.isVisible().catch(() => false)) await back.click();
		else await page.keyboard.press('Escape');
		await page.waitForTimeout(400);
	}
}

main().catch((err) => {
	console.error(err instanceof Error ? err.stack : err);
	process.exit(1);
});

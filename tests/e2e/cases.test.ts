import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { signIn } from './sign-in.ts';
import { e2eStack } from './stack-file.ts';

/**
 * The case list and the case page: search, reconciliation, the verified custody chain, splitting
 * animals out of a group, and what a prosecutor without a grant gets. The seizure is recorded
 * through the API as the keeper (the intake form has its own test).
 */
const { keeper, prosecutor } = demoAccounts;
const CENTRE_ID = '00000000-0000-4000-8000-000000000001';
const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const caseNumber = `E2E-CASES-${suffix}`;
const agency = `E2E Border Police ${suffix}`;

function api(key: 'anonKey' | 'serviceRoleKey') {
	const stack = e2eStack();
	return createClient(stack.url, stack[key], { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } });
}

/** 10 cobras as a group, 2 tortoises as individual records, one item: 1 + 1 + 2 + 1 = 5 custody events. */
async function recordSeizure(): Promise<string> {
	const client = api('anonKey');
	expect((await client.auth.signInWithPassword({ email: keeper.email, password: keeper.password })).error).toBeNull();
	const { data, error } = await client.rpc('record_seizure', {
		payload: {
			caseNumber,
			seizedAt: '2026-07-03T21:15:00+07:00',
			location: { description: 'Checkpoint on National Road 5, Pursat', lat: 12.5388, lng: 103.9192 },
			agency,
			leadOfficer: { name: 'Keo Ratha', agency: 'Border Police', idNumber: 'BP-778' },
			legalBasis: 'Law on Forestry (2002), art. 98',
			lots: [
				{ species: 'Naja kaouthia', count: 10, recordAs: 'group' },
				{ species: 'Indotestudo elongata', count: 2, recordAs: 'individual' }
			],
			items: [{ description: 'Cobra skins', species: 'Naja kaouthia', quantity: 3, unit: 'count', sealNumbers: ['BP-S-12'] }]
		}
	});
	expect(error).toBeNull();
	return (data as { caseId: string }).caseId;
}

/** A prosecutor account with no case granted. */
async function prosecutorWithoutGrant(): Promise<{ email: string; password: string }> {
	const admin = api('serviceRoleKey');
	const email = `e2e-prosecutor-${suffix}@rescue-ledger.test`;
	const password = 'no-grant-prosecutor-2026';
	const created = await admin.auth.admin.createUser({ email, password, email_confirm: true });
	expect(created.error).toBeNull();
	const staff = await admin
		.from('staff')
		.insert({ user_id: created.data.user!.id, centre_id: CENTRE_ID, full_name: 'Sopheap Mao', role: 'prosecutor', agency: 'Pursat Provincial Court' });
	expect(staff.error).toBeNull();
	return { email, password };
}

let caseId: string;
test.beforeAll(async () => {
	caseId = await recordSeizure();
});

/** The cobra lot: its row in the reconciliation table (cells by column) and its split-out block. */
function cobraLot(page: Page) {
	const row = page.getByRole('row').filter({ hasText: 'Naja kaouthia' }).filter({ hasText: 'Balanced' });
	return { row, cell: (column: string) => row.locator(`[data-column="${column}"]`), block: page.getByRole('region', { name: 'Naja kaouthia' }) };
}

async function search(page: Page, field: string, value: string) {
	await page.goto('/cases');
	await page.getByLabel(field, { exact: true }).fill(value);
	await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test('the keeper finds the case by number, species and agency', async ({ page }) => {
	await signIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');

	await search(page, 'Case number', caseNumber.toLowerCase());
	await expect(page).toHaveURL(/number=/);
	const row = page.getByRole('row').filter({ hasText: caseNumber });
	await expect(row).toContainText('Naja kaouthia');
	await expect(row).toContainText('Checkpoint on National Road 5, Pursat');
	await expect(row).toContainText('3 Jul 2026, 21:15');
	await expect(page.getByText('1 case found')).toBeVisible();

	await search(page, 'Species', 'Monocled cobra');
	await expect(page.getByRole('row').filter({ hasText: caseNumber })).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: 'WRRT-2026-0198' })).toHaveCount(0);

	await search(page, 'Seizing agency', agency);
	await expect(page.getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('row').filter({ hasText: caseNumber })).toContainText('12');

	await search(page, 'Species', 'no such animal');
	await expect(page.getByRole('heading', { name: 'No case matches this search' })).toBeVisible();

	// A page past the end (an old link) lands on the last page with the search kept.
	await page.goto(`/cases?number=${caseNumber}&page=7`);
	await expect(page).toHaveURL(`/cases?number=${caseNumber}`);
	await page.getByRole('link', { name: caseNumber }).click();
	await expect(page).toHaveURL(`/cases/${caseId}`);
	await expect(page.getByRole('heading', { level: 1, name: `Case ${caseNumber}` })).toBeVisible();
});

test('the case page reconciles the lots, verifies the chain and splits animals out', async ({ page }) => {
	await signIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');
	await page.goto(`/cases/${caseId}`);

	await expect(page.getByRole('status').filter({ hasText: 'Custody chain verified: 5 events, head' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'The seizure' })).toContainText('Keo Ratha, Border Police, ID BP-778');
	const { row: cobras, cell, block: lot } = cobraLot(page);
	await expect(cell('inCare')).toHaveText('10');
	await expect(cell('splitOut')).toHaveText('0');
	await expect(cobras).toContainText('Balanced ✓');
	await expect(page.getByRole('row').filter({ hasText: 'Cobra skins' })).toContainText('BP-S-12');

	const timeline = page.getByRole('region', { name: 'Custody timeline' });
	await expect(timeline).toContainText('5 events in chain order');
	await expect(timeline.getByRole('heading', { name: /Seized/ })).toBeVisible();
	await expect(timeline.getByText('The group of Naja kaouthia')).toBeVisible();
	await expect(timeline.getByRole('link', { name: /^PT-\d{4}-\d{6,}$/ })).toHaveCount(2);

	await lot.getByLabel('Animals to split out to individual records').fill('2');
	await lot.getByRole('button', { name: 'Split out' }).click();
	const done = lot.getByRole('status');
	await expect(done).toContainText('2 animals now have their own records');
	await expect(done.getByRole('link', { name: /^PT-\d{4}-\d{6,}$/ })).toHaveCount(2);
	const newCodes = await done.getByRole('link', { name: /^PT-\d{4}-\d{6,}$/ }).allTextContents();
	// The labels of exactly the animals just split out.
	await expect(done.getByRole('link', { name: 'Print the animal labels (PDF)' })).toHaveAttribute(
		'href',
		`/cases/${caseId}/labels.pdf?codes=${newCodes.join(',')}`
	);
	await expect(cell('inCare')).toHaveText('8');
	await expect(cell('splitOut')).toHaveText('2');
	await expect(cobras).toContainText('Balanced ✓');

	// More than the group holds is refused with the reason, and nothing moves.
	await lot.getByLabel('Animals to split out to individual records').fill('9');
	await lot.getByLabel('Animals to split out to individual records').evaluate((input: HTMLInputElement) => input.removeAttribute('max'));
	await lot.getByRole('button', { name: 'Split out' }).click();
	await expect(lot.getByRole('alert')).toHaveText('Enter a whole number from 1 to 8.');
	await expect(cell('inCare')).toHaveText('8');

	await lot.getByRole('link', { name: 'List the 2 individual records' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Individual records: Naja kaouthia' })).toBeVisible();
	await expect(page.getByRole('rowheader')).toHaveCount(2);
});

test('on a phone without JavaScript the case page fits the screen and splitting out works', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	await signIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');
	await page.goto(`/cases/${caseId}`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

	const { cell, block } = cobraLot(page);
	const before = Number(await cell('inCare').textContent());
	await block.getByLabel('Animals to split out to individual records').fill('1');
	await block.getByRole('button', { name: 'Split out' }).click();
	await expect(block.getByRole('status')).toContainText('1 animal now has its own record');
	await expect(cell('inCare')).toHaveText(String(before - 1));
	await context.close();
});

test('a prosecutor without a grant sees no cases and gets a 404 for this one', async ({ page }) => {
	const account = await prosecutorWithoutGrant();
	await signIn(page, account.email, account.password);
	await expect(page).toHaveURL('/prosecutor');
	await page.goto('/cases');
	await expect(page.getByRole('heading', { name: 'No seizure cases yet' })).toBeVisible();
	expect((await page.goto(`/cases/${caseId}`))?.status()).toBe(404);
	expect((await page.goto('/cases/not-a-case'))?.status()).toBe(404);
});

test('the demo prosecutor sees only the granted case, read-only', async ({ page }) => {
	await signIn(page, prosecutor.email, prosecutor.password);
	await expect(page).toHaveURL('/prosecutor');
	await page.goto('/cases');
	await expect(page.getByRole('link', { name: 'WRRT-2026-0142' })).toBeVisible();
	await expect(page.getByRole('link', { name: caseNumber })).toHaveCount(0);
	expect((await page.goto(`/cases/${caseId}`))?.status()).toBe(404);

	await page.goto('/cases?number=WRRT-2026-0142');
	await page.getByRole('link', { name: 'WRRT-2026-0142' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Custody chain verified' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Split out' })).toHaveCount(0);
});

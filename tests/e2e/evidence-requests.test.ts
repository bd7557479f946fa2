import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * Evidence requests against the real stack: the demo prosecutor asks for sheets of the boat case
 * granted to them (supabase/seed.sql), an admin declines one with a reason and issues another, the
 * prosecutor downloads the PDF as issued; documents and the admin desk stay closed to others;
 * grants are given and revoked from their page.
 */
const { admin, prosecutor } = demoAccounts;
const BOAT_CASE = 'WRRT-2026-0142';
const TRADER_CASE = 'WRRT-2026-0198';
const MARKET_CASE = 'WRRT-2026-0231';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function caseId(caseNumber: string): Promise<string> {
	const { data, error } = await (await apiAs(admin)).from('seizure_cases').select('id').eq('case_number', caseNumber).single();
	expect(error).toBeNull();
	return data!.id;
}

/** An animal code of the boat case, as the prosecutor can read it. */
async function boatAnimalCode(): Promise<string> {
	const { data, error } = await (await apiAs(prosecutor))
		.from('animals')
		.select('code')
		.eq('case_id', await caseId(BOAT_CASE))
		.order('code')
		.limit(1)
		.single();
	expect(error).toBeNull();
	return data!.code;
}

/** A page of its own (own cookies) signed in as the account, on the given address. */
async function pageAs(browser: Browser, account: { email: string; password: string }, path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto(path, { waitUntil: 'networkidle' });
	return page;
}

function pdfText(pdf: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'rl-e2e-sheet-'));
	try {
		writeFileSync(join(dir, 'sheet.pdf'), pdf);
		return execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replaceAll('\u200b', '');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const requestForm = (page: Page) => page.getByRole('form', { name: 'Request an evidence sheet' });
const myRequest = (page: Page, text: string) => page.getByRole('region', { name: 'Your requests' }).getByRole('row').filter({ hasText: text });
const waiting = (page: Page, text: string) => page.getByRole('region', { name: 'Waiting requests' }).getByRole('listitem').filter({ hasText: text });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

async function sendRequest(page: Page, fill: { subject: string; animalCode?: string; purpose: string; courtCase?: string; neededBy?: string }) {
	const form = requestForm(page);
	await form.getByLabel('Case', { exact: true }).selectOption({ label: BOAT_CASE });
	await form.getByLabel(fill.subject).check();
	if (fill.animalCode) await form.getByLabel('Animal code').fill(fill.animalCode);
	await form.getByLabel('What the sheet is for').fill(fill.purpose);
	if (fill.courtCase) await form.getByLabel('Court case number (optional)').fill(fill.courtCase);
	if (fill.neededBy) await form.getByLabel('Needed by (optional)').fill(fill.neededBy);
	await form.getByRole('button', { name: 'Send the request' }).click();
}

/** The document ID the "sheet was issued" notice names. */
async function issuedDocumentId(page: Page): Promise<string> {
	const notice = page.getByRole('status').filter({ hasText: 'The sheet was issued' });
	await expect(notice).toBeVisible({ timeout: 30_000 });
	return UUID.exec((await notice.textContent()) ?? '')![0];
}

async function openAndConfirm(scope: Locator, summary: string, confirm: string | RegExp) {
	await scope.getByText(summary, { exact: true }).click();
	await scope.getByLabel(confirm).check();
}

test('a prosecutor requests sheets; the admin declines one with a reason and issues the other, which the prosecutor downloads', async ({ browser }) => {
	test.setTimeout(90_000);
	const code = await boatAnimalCode();
	const stamp = Date.now();
	const wanted = `Exhibit list for the trial, run ${stamp}`;
	const refused = `Whole case for the appeal, run ${stamp}`;

	const desk = await pageAs(browser, prosecutor, '/prosecutor');
	const granted = desk.getByRole('region', { name: 'Cases granted to you' });
	await expect(granted.getByRole('row').filter({ hasText: BOAT_CASE })).toContainText('Veterinary details');
	// The case page of a granted case opens for the prosecutor.
	await granted.getByRole('link', { name: BOAT_CASE }).click();
	await expect(desk.getByRole('heading', { level: 1, name: `Case ${BOAT_CASE}` })).toBeVisible();
	await desk.goto('/prosecutor', { waitUntil: 'networkidle' });

	await sendRequest(desk, { subject: 'One animal', animalCode: code, purpose: wanted, courtCase: 'PP-2026/118', neededBy: inDays(2) });
	await expect(requestForm(desk).getByRole('status')).toHaveText(/Your request was sent/);
	await expect(myRequest(desk, wanted)).toContainText(`Animal ${code}`);
	await expect(myRequest(desk, wanted)).toContainText('Waiting');
	await sendRequest(desk, { subject: 'Whole case', purpose: refused });
	await expect(myRequest(desk, refused)).toContainText('Waiting');

	const adminDesk = await pageAs(browser, admin, '/admin/evidence');
	const first = waiting(adminDesk, wanted);
	await expect(first).toContainText('Rithy Heng');
	await expect(first).toContainText('PP-2026/118');
	await expect(first).toContainText('Due soon');
	await expect(first).toContainText('Veterinary details');
	const second = waiting(adminDesk, refused);
	await openAndConfirm(second, 'Decline…', 'Yes, decline this request.');
	await second.getByLabel('Reason (the prosecutor reads it)').fill('The appeal court has its own copy');
	await second.getByRole('button', { name: 'Decline the request' }).click();
	await expect(adminDesk.getByRole('status').filter({ hasText: 'The request was declined' })).toBeVisible();
	await expect(waiting(adminDesk, refused)).toHaveCount(0);

	const requestId = (await first.getAttribute('data-request'))!;
	await openAndConfirm(first, 'Approve and issue…', /give it to Rithy Heng/);
	await first.getByRole('button', { name: 'Issue the sheet' }).click();
	const documentId = await issuedDocumentId(adminDesk);
	// A second approval (a stale tab) is refused in words, and issues nothing more.
	const again = await adminDesk.request.post(`/admin/evidence?/issue`, {
		form: { requestId, confirm: 'on' },
		headers: { origin: new URL(adminDesk.url()).origin, accept: 'application/json' }
	});
	const answer = (await again.json()) as { type: string; status: number; data: string };
	expect(answer).toMatchObject({ type: 'failure', status: 409 });
	expect(answer.data).toContain('This request has already been decided or withdrawn.');
	await expect(adminDesk.getByRole('region', { name: 'Issued sheets' }).getByRole('row').filter({ hasText: documentId })).toContainText(`Animal ${code}`);

	await desk.reload();
	await expect(myRequest(desk, refused)).toContainText('Declined');
	await expect(myRequest(desk, refused)).toContainText('Reason: The appeal court has its own copy');
	await expect(myRequest(desk, wanted)).toContainText('Issued');
	const download = myRequest(desk, wanted).getByRole('link', { name: 'Download the sheet (PDF)' });
	await expect(download).toHaveAttribute('href', `/documents/${documentId}`);
	const res = await desk.request.get(`/documents/${documentId}`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/pdf');
	expect(res.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="evidence-sheet-${BOAT_CASE}-${documentId.slice(0, 8)}\\.pdf"$`));
	const pdf = await res.body();
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const text = pdfText(pdf);
	expect(text).toContain(code);
	expect(text).toContain(documentId);
});

test('an admin issues a sheet directly from the case page; prosecutors read neither it nor the admin desk', async ({ browser }) => {
	test.setTimeout(60_000);
	const adminPage = await pageAs(browser, admin, `/cases/${await caseId(TRADER_CASE)}`);
	await adminPage.getByRole('link', { name: 'Issue an evidence sheet' }).click();
	const form = adminPage.getByRole('form', { name: `Sheet of case ${TRADER_CASE}` });
	await expect(form).toBeVisible();
	await form.getByLabel('One evidence item').check();
	await form.getByLabel('Evidence item', { exact: true }).selectOption({ label: 'Monitor lizard skins (FA-S-2231)' });
	await form.getByRole('button', { name: 'Generate and issue the sheet' }).click();
	const documentId = await issuedDocumentId(adminPage);
	expect((await adminPage.request.get(`/documents/${documentId}`)).status()).toBe(200);
	await expect(adminPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence sheets' })).toBeVisible();

	const other = await pageAs(browser, prosecutor, '/prosecutor');
	expect((await other.request.get(`/documents/${documentId}`)).status()).toBe(404);
	expect((await other.request.get('/documents/not-a-document')).status()).toBe(404);
	expect((await other.goto('/admin/evidence'))?.status()).toBe(403);
	expect((await other.goto('/admin/evidence/grants'))?.status()).toBe(403);
	await expect(other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence sheets' })).toHaveCount(0);
});

test('a request form with mistakes is answered next to its fields, never with a 500', async ({ browser }) => {
	const desk = await pageAs(browser, prosecutor, '/prosecutor');
	const form = requestForm(desk);
	await form.getByLabel('One animal').check();
	await form.getByLabel('Animal code').fill('PT-2026-999999');
	await form.getByLabel('Case', { exact: true }).selectOption({ label: BOAT_CASE });
	await form.getByRole('button', { name: 'Send the request' }).click();
	await expect(form.getByRole('alert')).toHaveText('Nothing was sent: correct the fields marked below.');
	await expect(form.getByLabel('What the sheet is for')).toHaveAccessibleDescription(/Say what the sheet is for \(at least 5 characters\)\./);

	await form.getByLabel('What the sheet is for').fill('Exhibit of an animal of another case');
	await form.getByRole('button', { name: 'Send the request' }).click();
	await expect(form.getByLabel('Animal code')).toHaveAccessibleDescription(/No animal with this code in the chosen case\./);
	await expect(myRequest(desk, 'Exhibit of an animal of another case')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prosecutor sends a request after a refusal, then withdraws it', async ({ page }) => {
		const purpose = `Sheet for the hearing, run ${Date.now()}`;
		await signIn(page, prosecutor.email, prosecutor.password);
		await expect(page).toHaveURL(/\/prosecutor$/);
		await sendRequest(page, { subject: 'Whole case', purpose: '' });
		await expect(requestForm(page).getByLabel('What the sheet is for')).toHaveAttribute('aria-invalid', 'true');
		await expect(requestForm(page).getByLabel('Case', { exact: true })).toHaveValue(await caseId(BOAT_CASE));

		await sendRequest(page, { subject: 'Whole case', purpose, neededBy: inDays(30) });
		await expect(requestForm(page).getByRole('status')).toHaveText(/Your request was sent/);
		const row = myRequest(page, purpose);
		await expect(row).toContainText('Waiting');
		await row.getByText('Withdraw…', { exact: true }).click();
		await row.getByRole('button', { name: 'Withdraw the request' }).click();
		await expect(myRequest(page, purpose).getByRole('alert')).toBeVisible();
		await expect(myRequest(page, purpose)).toContainText('Waiting');
		await myRequest(page, purpose).getByLabel('Yes, withdraw this request: no sheet will be issued for it.').check();
		await myRequest(page, purpose).getByRole('button', { name: 'Withdraw the request' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'The request was withdrawn.' })).toBeVisible();
		await expect(myRequest(page, purpose)).toContainText('Withdrawn');
	});
});

test('an admin grants a case to the prosecutor, changes it and revokes it; the prosecutor desk follows', async ({ browser }) => {
	const grants = await pageAs(browser, admin, '/admin/evidence/grants');
	const form = grants.getByRole('form', { name: 'Grant a case to a prosecutor' });
	const grantCase = async (caseNumber: string) => {
		await form.getByLabel('Case number').fill(caseNumber);
		await form.getByLabel('Prosecutor').selectOption({ label: 'Rithy Heng (Phnom Penh Municipal Court)' });
		await form.getByRole('button', { name: 'Grant the case' }).click();
	};
	await grantCase('WRRT-2099-0000');
	await expect(form.getByLabel('Case number')).toHaveAccessibleDescription(/No case with this number in your centre\./);
	await grantCase(BOAT_CASE);
	await expect(form.getByLabel('Case number')).toHaveAccessibleDescription(/already granted to this prosecutor/);
	// Typed in another letter case: numbers are unique whatever their case, and the file's number is what shows.
	await grantCase(MARKET_CASE.toLowerCase());
	await expect(form.getByRole('status')).toHaveText(`Case ${MARKET_CASE} is granted.`);

	const row = grants.getByRole('region', { name: 'Grants' }).getByRole('row').filter({ hasText: MARKET_CASE });
	await expect(row.locator('[data-column="offender"]')).toHaveText('No');
	await row.getByRole('checkbox', { name: 'Offender details' }).check();
	await row.getByRole('button', { name: 'Save' }).click();
	await expect(grants.getByRole('status').filter({ hasText: 'The grant was changed.' })).toBeVisible();
	await expect(row.locator('[data-column="offender"]')).toHaveText('Yes');

	const desk = await pageAs(browser, prosecutor, '/prosecutor');
	await expect(desk.getByRole('region', { name: 'Cases granted to you' }).getByRole('row').filter({ hasText: MARKET_CASE })).toContainText(
		'Offender details'
	);

	await openAndConfirm(row, 'Revoke…', `Yes, revoke: Rithy Heng will no longer read case ${MARKET_CASE}.`);
	await row.getByRole('button', { name: 'Revoke the grant' }).click();
	await expect(grants.getByRole('status').filter({ hasText: `Rithy Heng no longer reads case ${MARKET_CASE}.` })).toBeVisible();
	await expect(grants.getByRole('region', { name: 'Grants' }).getByRole('row').filter({ hasText: MARKET_CASE })).toHaveCount(0);
	await desk.reload();
	await expect(desk.getByRole('region', { name: 'Cases granted to you' })).not.toContainText(MARKET_CASE);
	await expect(desk.getByRole('region', { name: 'Cases granted to you' })).toContainText(BOAT_CASE);
});

import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The admins' audit log against the real stack: a record's history reached from its page, with an
 * update's changed fields before and after and who made it; other staff are turned away; a filter
 * it cannot use is answered next to its fields; and the filter works without JavaScript.
 */
const { admin, keeper } = demoAccounts;
const NOTE = 'Scar on the left flank, E2E audit';

const entries = (page: Page) => page.getByRole('table', { name: 'Audit log entries, newest first' });

async function signInAs(page: Page, account: { email: string; password: string }, desk: string) {
	await signIn(page, account.email, account.password);
	await expect(page).toHaveURL(desk);
}

test("the admin opens an animal's audit history: the keeper's change, before and after, and who", async ({ page }) => {
	const { api, result } = await seizeAsKeeper('E2E-AUDIT', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const { data: animal, error } = await api.from('animals').select('id, lot_id').eq('code', code).single();
	expect(error).toBeNull();
	const noted = await api.from('animals').update({ notes: NOTE }).eq('id', animal!.id);
	expect(noted.error).toBeNull();

	await signInAs(page, admin, '/admin/staff');
	await page.goto(`/animals/${code}`);
	await page.getByRole('link', { name: 'Audit history' }).click();
	await expect(page).toHaveURL(`/admin/audit?table=animals&row=${animal!.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
	await expect(page.getByLabel('Record key')).toHaveValue(animal!.id);

	const changed = entries(page).getByRole('row').filter({ hasText: 'Changed' });
	await expect(changed).toHaveCount(1);
	await expect(changed).toContainText('Vannak Sok');
	await expect(changed).toContainText('database role authenticated');
	await expect(changed.getByRole('listitem').filter({ hasText: /^notes:/ })).toContainText(`notes: empty → ${NOTE}`);
	// Only what changed: the status and the code stayed as they were.
	await expect(changed).not.toContainText('status:');
	await expect(changed).not.toContainText(code);

	// The insert keeps the whole row, folded away until asked for.
	const created = entries(page).getByRole('row').filter({ hasText: 'Created' });
	await expect(created).toHaveCount(1);
	await expect(created.getByText(code)).toBeHidden();
	await created.getByText(/^\d+ values$/).click();
	await expect(created.getByText(code)).toBeVisible();

	await page.goto(`/cases/${result.caseId}/lots/${animal!.lot_id}`);
	await expect(page.getByRole('link', { name: 'Audit history' })).toHaveAttribute('href', `/admin/audit?table=lots&row=${animal!.lot_id}`);
});

test('the audit log is for admins: a keeper gets no link and is turned away', async ({ page }) => {
	const { result } = await seizeAsKeeper('E2E-AUDIT', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	await signInAs(page, keeper, '/keeper');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
	await page.goto(`/animals/${result.lots[0].animalCodes[0]}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Audit history' })).toHaveCount(0);

	const refused = await page.goto('/admin/audit');
	expect(refused?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not your desk');
	await expect(page.locator('main')).not.toContainText('Vannak Sok');
});

test('a filter it cannot use is answered next to its fields, not with an error page', async ({ page }) => {
	await signInAs(page, admin, '/admin/staff');
	const reversed = await page.goto('/admin/audit?from=2026-03-02&to=2026-03-01');
	expect(reversed?.status()).toBe(200);
	await expect(page.getByRole('alert')).toHaveText('Nothing is listed: correct the filter fields marked below.');
	await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription('The end date is before the start date.');
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-03-01');
	await expect(entries(page)).toHaveCount(0);

	const noTable = await page.goto('/admin/audit?row=3f1c2a9e-1b2c-4d5e-8f90-1234567890ab&actor=nobody');
	expect(noTable?.status()).toBe(200);
	await expect(page.getByLabel('Table')).toHaveAccessibleDescription('Choose the table of this record.');
	await expect(page.getByLabel('Who')).toHaveAccessibleDescription('Choose a staff member from the list.');
	await expect(entries(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("the admin filters the log down to a case's creation", async ({ page }) => {
		const { result } = await seizeAsKeeper('E2E-AUDIT', { species: 'Python bivittatus', count: 2, recordAs: 'group' });
		await signInAs(page, admin, '/admin/staff');
		await page.goto(`/cases/${result.caseId}`);
		await expect(page.getByRole('link', { name: 'Audit history' })).toHaveAttribute(
			'href',
			`/admin/audit?table=seizure_cases&row=${result.caseId}`
		);

		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
		await page.getByLabel('Table').selectOption('seizure_cases');
		await page.getByLabel('Record key').fill(result.caseId);
		await page.getByLabel('Action').selectOption({ label: 'Created' });
		await page.getByLabel('Who').selectOption({ label: 'Vannak Sok' });
		await page.getByRole('button', { name: 'Filter', exact: true }).click();

		await expect(page).toHaveURL(/\/admin\/audit\?table=seizure_cases&row=[0-9a-f-]{36}&action=insert&actor=/);
		await expect(page.getByRole('status')).toHaveText('1 entry, newest first.');
		const row = entries(page).getByRole('row').filter({ hasText: 'Created' });
		await expect(row).toContainText('Vannak Sok');
		await row.getByText(/^\d+ values$/).click();
		await expect(row.getByRole('listitem').filter({ hasText: /^case_number:/ })).toContainText('E2E-AUDIT-');

		// Nothing the keeper did to this case was a deletion.
		await page.getByLabel('Action').selectOption({ label: 'Deleted' });
		await page.getByRole('button', { name: 'Filter', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'No entry matches this filter' })).toBeVisible();
	});
});

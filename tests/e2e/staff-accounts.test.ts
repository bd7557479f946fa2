import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { signIn, signOut } from './sign-in.ts';

const unique = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@rescue-ledger.test`;

async function createAccount(page: Page, fields: { fullName: string; email: string; password: string; role: string }) {
	const form = page.getByRole('region', { name: 'Add a staff account' });
	await form.getByLabel('Full name').fill(fields.fullName);
	await form.getByLabel('E-mail').fill(fields.email);
	await form.getByLabel('Temporary password').fill(fields.password);
	await form.getByLabel('Role').selectOption({ label: fields.role });
	await form.getByLabel('Agency (optional)').fill('Forestry Administration');
	await form.getByRole('button', { name: 'Create account' }).click();
	return form;
}

test('the admin creates a keeper account, which can then sign in, and deactivates it', async ({ page }) => {
	const email = unique();
	const password = 'temporary-pass-2026';
	await signIn(page, demoAccounts.admin.email, demoAccounts.admin.password);
	await expect(page).toHaveURL('/admin/staff');
	await expect(page.getByRole('rowheader', { name: 'Vannak Sok' })).toBeVisible();

	const form = await createAccount(page, { fullName: 'Chan Vuthy', email, password, role: 'Keeper' });
	await expect(form.getByRole('status')).toContainText(`Account created for Chan Vuthy (${email})`);
	const row = page.getByRole('row').filter({ hasText: email });
	await expect(row).toContainText('Keeper');
	await expect(row).toContainText('Forestry Administration');
	await signOut(page);

	await signIn(page, email, password);
	await expect(page).toHaveURL('/keeper');
	await expect(page.getByRole('banner')).toContainText('Chan Vuthy');
	await signOut(page);

	await signIn(page, demoAccounts.admin.email, demoAccounts.admin.password);
	const target = page.getByRole('row').filter({ hasText: email });
	await target.getByText('Deactivate…').click();
	await target.getByLabel(/Yes, deactivate Chan Vuthy/).check();
	await target.getByRole('button', { name: 'Deactivate' }).click();
	await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Deactivated');
	await signOut(page);

	await signIn(page, email, password);
	await expect(page.getByRole('alert')).toContainText('not an active staff account');
	await expect(page).toHaveURL(/\/login/);
});

test('a duplicate e-mail and a short password are explained next to the fields', async ({ page }) => {
	await signIn(page, demoAccounts.admin.email, demoAccounts.admin.password);
	const form = await createAccount(page, { fullName: 'Someone Else', email: demoAccounts.vet.email, password: 'short', role: 'Veterinarian' });
	await expect(form.getByText('The temporary password needs at least 12 characters.')).toBeVisible();
	await expect(form.getByLabel('Full name')).toHaveValue('Someone Else');

	await form.getByLabel('Temporary password').fill('long-enough-password');
	await form.getByRole('button', { name: 'Create account' }).click();
	await expect(form.getByText('An account with this e-mail address already exists.')).toBeVisible();
});

test('deactivating needs the confirmation box, also without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, demoAccounts.admin.email, demoAccounts.admin.password);
	const row = page.getByRole('row').filter({ hasText: demoAccounts.release_team.email });
	await row.getByText('Deactivate…').click();
	// The browser refuses to submit without the required box.
	await row.getByRole('button', { name: 'Deactivate' }).click();
	await expect(row).toContainText('Active');
	await expect(page).toHaveURL('/admin/staff');
	await context.close();
});

test('a page number past the end leads to the last page, not an error', async ({ page }) => {
	await signIn(page, demoAccounts.admin.email, demoAccounts.admin.password);
	await expect(page).toHaveURL('/admin/staff');
	await page.goto('/admin/staff?page=999');
	await expect(page).toHaveURL('/admin/staff?page=1');
	await expect(page.getByRole('rowheader', { name: 'Vannak Sok' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { signIn, signOut } from './sign-in.ts';

const landings = [
	{ role: 'admin', path: '/admin/staff', heading: 'Staff accounts', label: 'Administrator' },
	{ role: 'vet', path: '/vet', heading: 'Veterinary desk', label: 'Veterinarian' },
	{ role: 'keeper', path: '/keeper', heading: "Keeper's round", label: 'Keeper' },
	{ role: 'release_team', path: '/release', heading: 'Release planning', label: 'Release team' },
	{ role: 'prosecutor', path: '/prosecutor', heading: 'Evidence requests', label: 'Prosecutor' }
] as const;

for (const { role, path, heading, label } of landings) {
	test(`${role} signs in, lands on ${path}, signs out`, async ({ page }) => {
		const account = demoAccounts[role];
		await signIn(page, account.email, account.password);
		await expect(page).toHaveURL(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('banner')).toContainText(label);
		await signOut(page);
		// The session is really gone, not just the page.
		await page.goto(path);
		await expect(page).toHaveURL(`/login?redirectTo=${encodeURIComponent(path)}`);
	});
}

test('a wrong password shows the error and stays on /login', async ({ page }) => {
	await signIn(page, demoAccounts.vet.email, 'not-the-password');
	await expect(page.getByRole('alert')).toHaveText('E-mail or password is wrong.');
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByLabel('E-mail')).toHaveValue(demoAccounts.vet.email);
	await expect(page.getByLabel('Password')).toHaveValue('');
});

test('an empty form shows a message next to each field', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#field-email-error')).toHaveText('Enter an e-mail address.');
	await expect(page.locator('#field-password-error')).toHaveText('Enter your password.');
});

test('an anonymous visit to /vet goes to the login page and back after signing in', async ({ page }) => {
	await page.goto('/vet');
	await expect(page).toHaveURL('/login?redirectTo=%2Fvet');
	await page.getByLabel('E-mail').fill(demoAccounts.vet.email);
	await page.getByLabel('Password').fill(demoAccounts.vet.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL('/vet');
});

test('a keeper opening /admin/staff gets a 403 that says why', async ({ page }) => {
	await signIn(page, demoAccounts.keeper.email, demoAccounts.keeper.password);
	await expect(page).toHaveURL('/keeper');
	const response = await page.goto('/admin/staff');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not your desk');
	await expect(page.getByText('You are signed in as keeper.')).toBeVisible();
});

test('sign-in works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, demoAccounts.prosecutor.email, demoAccounts.prosecutor.password);
	await expect(page).toHaveURL('/prosecutor');
	await context.close();
});

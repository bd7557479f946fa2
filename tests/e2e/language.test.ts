import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { km } from '../../src/lib/i18n/km.ts';

const html = (page: Page) => page.locator('html');

async function fillSignIn(page: Page, email: string, password: string) {
	await page.getByLabel(km.login.email).fill(email);
	await page.getByLabel(km.login.password).fill(password);
	await page.getByRole('button', { name: km.login.submit, exact: true }).click();
}

test('Khmer from the login page through sign-in, then back to English', async ({ page }) => {
	const keeper = demoAccounts.keeper;
	await page.goto('/login');
	await expect(html(page)).toHaveAttribute('lang', 'en');

	await page.getByRole('button', { name: 'ខ្មែរ' }).click();
	await expect(html(page)).toHaveAttribute('lang', 'km');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.login.heading);
	await expect(page.getByLabel(km.login.email)).toBeVisible();
	await expect(page.getByRole('button', { name: 'ខ្មែរ' })).toHaveAttribute('aria-pressed', 'true');

	await fillSignIn(page, keeper.email, 'not-the-password');
	await expect(page.getByRole('alert')).toHaveText(km.login.wrongCredentials);

	await fillSignIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');
	await expect(html(page)).toHaveAttribute('lang', 'km');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.desks.keeper);
	await expect(page.getByRole('banner')).toContainText(km.roles.keeper);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Keeper's round");
	await expect(html(page)).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL('/keeper');
});

test('the language switch works without JavaScript and keeps where sign-in should go', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/vet');
	await expect(page).toHaveURL('/login?redirectTo=%2Fvet');

	await page.getByRole('button', { name: 'ខ្មែរ' }).click();
	await expect(page).toHaveURL('/login?redirectTo=%2Fvet');
	await expect(html(page)).toHaveAttribute('lang', 'km');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.login.heading);

	// A failed POST leaves ?/signIn in the URL; switching must not carry it along.
	await fillSignIn(page, '', '');
	await expect(page.locator('#field-email-error')).toHaveText(km.validation.email_required);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/login?redirectTo=%2Fvet');
	await expect(html(page)).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel('E-mail')).toBeVisible();
	await context.close();
});

test('a browser that prefers Khmer gets Khmer without choosing', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'km-KH' });
	const page = await context.newPage();
	await page.goto('/login');
	await expect(html(page)).toHaveAttribute('lang', 'km');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.login.heading);
	await context.close();
});

test('a 403 explains itself in Khmer', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'ខ្មែរ' }).click();
	await fillSignIn(page, demoAccounts.keeper.email, demoAccounts.keeper.password);
	await expect(page).toHaveURL('/keeper');
	const response = await page.goto('/admin/staff');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.errors.forbiddenHeading);
	await expect(page.getByText(`អ្នកបានចូលប្រើក្នុងនាមជា${km.roles.keeper}។`)).toBeVisible();
});

import { expect, type Page } from '@playwright/test';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password: string, path = '/login') {
	// Typing before the page has hydrated can be undone by hydration (the form then goes out
	// empty): wait until its scripts have loaded. Seen once in CI on Node 24.
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login$/);
}

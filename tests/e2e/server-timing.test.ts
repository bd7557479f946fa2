import { expect, test } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { signIn } from './sign-in.ts';

// The benchmarks read the server's own time from this header (a client on a busy machine adds its
// own delays to what it measures); browsers' developer tools show it too.
test('every page says how long the server took to render it', async ({ request }) => {
	const res = await request.get('/login');
	expect(res.status()).toBe(200);
	expect(res.headers()['server-timing']).toMatch(/^app;dur=\d+\.\d$/);
});

test('a signed-in page also says how much of that went on checking the session', async ({ page }) => {
	await signIn(page, demoAccounts.keeper.email, demoAccounts.keeper.password);
	await expect(page).not.toHaveURL(/\/login/);
	const res = await page.request.get('/keeper');
	expect(res.status()).toBe(200);
	const timing = res.headers()['server-timing'];
	const [, app, session] = /^app;dur=(\d+\.\d), session;dur=(\d+\.\d)$/.exec(timing) ?? [];
	expect(Number(session)).toBeGreaterThan(0);
	expect(Number(session)).toBeLessThanOrEqual(Number(app));
});

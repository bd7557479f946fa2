import { expect, test } from '@playwright/test';

// The benchmarks read the server's own time from this header (a client on a busy machine adds its
// own delays to what it measures); browsers' developer tools show it too.
test('every page says how long the server took to render it', async ({ request }) => {
	const res = await request.get('/login');
	expect(res.status()).toBe(200);
	expect(res.headers()['server-timing']).toMatch(/^app;dur=\d+\.\d$/);
});

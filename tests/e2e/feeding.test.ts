import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * Diet plans, the keeper's one-tap round and the vets' alert list, as keepers and vets use them
 * on phones. Each test makes its own plan (a food name no other test uses) and finds it by that.
 */
const { keeper, vet, prosecutor } = demoAccounts;
const REPTILE_HOUSE = '00000000-0000-4000-8000-00000000e110';
const TANK_12 = '00000000-0000-4000-8000-00000000e111';
const SITE = '00000000-0000-4000-8000-00000000e200';
const ROUND = `/keeper/round/${REPTILE_HOUSE}`;
const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function signInAs(page: Page, account: { email: string; password: string }) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login/);
}

/** A fresh group lot in Tank 12 (quarantine housing in the Reptile house) fed `food` once a day at 06:00. */
async function lotWithPlan(food: string) {
	const { api, result } = await seizeAsKeeper('E2E-FEED', { species: 'Cuora amboinensis', count: 2, recordAs: 'group' });
	const lotId = result.lots[0].id;
	// A reason in case earlier tests filled the tank: the move is not what is tested here.
	const moved = await api.rpc('move_to_enclosure', { p_animal_id: null, p_lot_id: lotId, p_to_enclosure_id: TANK_12, p_override_reason: 'E2E feeding test lot' });
	expect(moved.error).toBeNull();
	const plan = await api
		.from('diet_plans')
		.insert({ lot_id: lotId, items: [{ food, amount: 50, unit: 'g' }], feeding_times: ['06:00'] })
		.select('id')
		.single();
	expect(plan.error).toBeNull();
	return { api, caseId: result.caseId, lotId, planId: plan.data!.id as string };
}

const planCard = (page: Page, food: string) => page.getByRole('article').filter({ hasText: food });

async function logsOf(planId: string) {
	const api = await apiAs(keeper);
	const { data, error } = await api.from('feeding_logs').select('id, client_key, outcome, alert_vets, concerns').eq('diet_plan_id', planId);
	expect(error).toBeNull();
	return data!;
}

test('a keeper changes the diet plan of a lot in quarantine, then logs its feeding in one tap on the round', async ({ page }) => {
	const api = await apiAs(keeper);
	const boat = await api.from('seizure_cases').select('id, lots(id, species(scientific_name))').eq('case_number', 'WRRT-2026-0142').single();
	expect(boat.error).toBeNull();
	const lot = (boat.data!.lots as unknown as { id: string; species: { scientific_name: string } }[]).find((l) => l.species.scientific_name === 'Heosemys grandis')!;
	const food = unique('Snails');

	await signInAs(page, keeper);
	await page.goto(`/cases/${boat.data!.id}/lots/${lot.id}`);
	const panel = page.getByRole('region', { name: 'Diet plan' });
	await panel.locator('summary', { hasText: 'Change the plan' }).click();
	const form = panel.getByRole('form', { name: 'Change the plan' });
	await form.getByRole('group', { name: 'Item 1' }).getByLabel('Food').fill(food);
	await form.getByRole('group', { name: 'Item 1' }).getByLabel('Amount').fill('120');
	await form.getByRole('group', { name: 'Item 1' }).getByLabel('Unit').selectOption('g');
	await form.getByRole('button', { name: 'Add an item' }).click();
	await expect(form.getByRole('group', { name: 'Item 3' }).getByLabel('Food')).toBeFocused();
	await form.getByRole('button', { name: 'Remove item 3' }).click();
	await form.getByLabel('Every how many days').fill('1');
	await form.getByRole('button', { name: 'Save the plan' }).click();
	await expect(panel.getByRole('status')).toHaveText('Diet plan saved.');
	await expect(panel.getByText(`${food}: 120 g`).first()).toBeVisible();
	await expect(panel.getByText(/^Ended .*: Replaced by a new plan$/).first()).toBeVisible();

	// The keeper's desk lists the sections; the round of the Reptile house has the new plan.
	await page.goto('/keeper');
	await page.getByRole('link', { name: 'Quarantine › Reptile house' }).click();
	await expect(page).toHaveURL(ROUND);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feeding round: Reptile house');
	const card = planCard(page, food);
	await expect(card.getByText('Not logged yet')).toHaveCount(2);
	await card.getByRole('button', { name: /^Eaten all: log for Heosemys grandis, group of \d+, 07:00 feeding$/ }).click();
	await expect(card.getByText(/^Eaten all, logged \d\d:\d\d$/)).toBeVisible();
	await expect(card.getByText('Not logged yet')).toHaveCount(1);
	await expect(page.getByText(/^\d+ of \d+ feedings logged$/)).toBeVisible();

	// The desk now offers the section it was last on first.
	await page.goto('/keeper');
	await expect(page.getByRole('link', { name: 'Continue the round of Reptile house' })).toHaveAttribute('href', ROUND);
});

test('sending the same feeding form twice logs one feeding', async ({ page, baseURL }) => {
	const food = unique('Crickets');
	const { planId } = await lotWithPlan(food);
	await signInAs(page, keeper);
	await page.goto(ROUND);
	const form = planCard(page, food).locator('form');
	const field = (name: string) => form.locator(`input[name="${name}"]`).inputValue();
	const sent = { clientKey: await field('clientKey'), dietPlanId: await field('dietPlanId'), fedOn: await field('fedOn'), slot: await field('slot'), outcome: 'eaten_all' };
	expect(sent.dietPlanId).toBe(planId);

	// As a phone on a bad connection does: the same body again, because no answer came.
	for (let i = 0; i < 2; i++) {
		const res = await page.request.post(`${ROUND}?/logFeeding`, { form: sent, headers: { origin: baseURL! } });
		expect(res.status()).toBe(200);
	}
	const logs = await logsOf(planId);
	expect(logs).toHaveLength(1);
	expect(logs[0]).toMatchObject({ client_key: sent.clientKey, outcome: 'eaten_all' });
	await page.reload();
	await expect(planCard(page, food).getByText(/^Eaten all, logged/)).toBeVisible();
});

test('a keeper alerts the vets with concerns; a vet sees the alert and marks it reviewed', async ({ page, browser }) => {
	const food = unique('Earthworms');
	const concerns = unique('Left eye swollen, did not come to the food');
	const { caseId, lotId } = await lotWithPlan(food);
	await signInAs(page, keeper);
	await page.goto(ROUND);
	const card = planCard(page, food);
	await card.getByText('Observations').click();
	await card.getByLabel('Stool').selectOption('soft');
	await card.getByLabel('Concerns').fill(concerns);
	await card.getByLabel('Alert the vets').check();
	await card.getByRole('button', { name: /^Part: log for Cuora amboinensis, group of 2, 06:00 feeding$/ }).click();
	await expect(card.getByText(/^Ate part, logged/)).toBeVisible();
	await expect(card.getByText('Vets alerted')).toBeVisible();

	const vetPage = await signedInPage(browser, vet);
	await vetPage.goto('/vet');
	const alerts = vetPage.getByRole('region', { name: "Keepers' alerts" });
	const alert = alerts.getByRole('listitem').filter({ hasText: concerns });
	const lotLink = await alert.getByRole('link').first().getAttribute('href');
	await alert.getByLabel('Note (optional)').fill('Eye drops started');
	await alert.getByRole('button', { name: /^Reviewed/ }).click();
	await expect(alerts.getByRole('status')).toHaveText('Marked as reviewed.');
	await expect(alerts.getByText(concerns)).toHaveCount(0);
	// The subject links to the lot's own page.
	await vetPage.goto(lotLink!);
	await expect(vetPage).toHaveURL(`/cases/${caseId}/lots/${lotId}`);
	await vetPage.context().close();
});

test('an alert without concerns is refused next to the field, and nothing is logged', async ({ page }) => {
	const food = unique('Mealworms');
	const { planId } = await lotWithPlan(food);
	await signInAs(page, keeper);
	await page.goto(ROUND);
	const card = planCard(page, food);
	await card.getByText('Observations').click();
	await card.getByLabel('Alert the vets').check();
	await card.getByRole('button', { name: /^Eaten all: log for/ }).click();
	await expect(card.getByLabel('Concerns')).toHaveAttribute('aria-invalid', 'true');
	await expect(card.getByText('Say what the vets should look at (at least 3 characters).')).toBeVisible();
	await expect(card.getByText('Not logged yet')).toBeVisible();
	expect(await logsOf(planId)).toHaveLength(0);
});

test('the round and the plan form work without JavaScript', async ({ browser }) => {
	const food = unique('Water spinach');
	const { planId, caseId, lotId } = await lotWithPlan(food);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signInAs(page, keeper);
	await page.goto(ROUND);
	await planCard(page, food).getByRole('button', { name: /^None: log for/ }).click();
	await expect(planCard(page, food).getByText(/^Ate none, logged/)).toBeVisible();
	// A correction is a second log of the same slot; the latest one counts.
	await planCard(page, food).getByText('Correct this feeding').click();
	await planCard(page, food).getByRole('button', { name: /^Eaten all: log for/ }).click();
	await expect(planCard(page, food).getByText(/^Eaten all, logged/)).toBeVisible();
	expect((await logsOf(planId)).map((l) => l.outcome).sort()).toEqual(['eaten_all', 'eaten_none']);

	// Without JavaScript the plan form offers five item rows: the current food and four blank ones.
	await page.goto(`/cases/${caseId}/lots/${lotId}`);
	const panel = page.getByRole('region', { name: 'Diet plan' });
	await panel.locator('summary', { hasText: 'Change the plan' }).click();
	await expect(panel.getByLabel('Food')).toHaveCount(5);
	await panel.getByRole('group', { name: 'Item 2' }).getByLabel('Food').fill('Banana');
	await panel.getByRole('group', { name: 'Item 2' }).getByLabel('Amount').fill('1,5');
	await panel.getByRole('button', { name: 'Save the plan' }).click();
	await expect(panel.getByRole('group', { name: 'Item 2' }).getByText('Enter an amount greater than zero')).toBeVisible();
	await panel.getByRole('group', { name: 'Item 2' }).getByLabel('Amount').fill('1.5');
	await panel.getByRole('button', { name: 'Save the plan' }).click();
	await expect(panel.getByRole('status')).toHaveText('Diet plan saved.');
	await expect(panel.getByText('Banana: 1.5 g')).toBeVisible();
	await context.close();
});

test('on a phone the round and the plan panel fit the screen', async ({ browser }) => {
	const food = unique('Papaya');
	const { caseId, lotId } = await lotWithPlan(food);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await signInAs(page, keeper);
	const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
	await page.goto(ROUND);
	await planCard(page, food).getByText('Observations').click();
	expect(await noSideways()).toBe(true);
	const box = await planCard(page, food).getByRole('button', { name: /^Eaten all: log for/ }).boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(44);
	// The smallest phones the keepers carry.
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await noSideways()).toBe(true);
	await page.goto(`/cases/${caseId}/lots/${lotId}`);
	await page.getByRole('region', { name: 'Diet plan' }).locator('summary', { hasText: 'Change the plan' }).click();
	expect(await noSideways()).toBe(true);
	await context.close();
});

test('a large section\'s round comes in pages of whole pens, each listed with what is left, and logging stays on its page', async ({ browser }) => {
	// A section of 41 pens, each fed as a whole once a day: one pen more than a page holds.
	const admin = await apiAs(demoAccounts.admin);
	const name = unique('Paged section');
	const area = await admin.from('enclosures').insert({ parent_id: SITE, kind: 'area', name }).select('id').single();
	expect(area.error).toBeNull();
	const pens = await admin
		.from('enclosures')
		.insert(Array.from({ length: 41 }, (_, i) => ({ parent_id: area.data!.id, kind: 'enclosure', name: `Pen ${String(i + 1).padStart(2, '0')}`, enclosure_type: 'pen', capacity: 10 })))
		.select('id, name');
	expect(pens.error).toBeNull();
	const keeperApi = await apiAs(keeper);
	const plans = await keeperApi.from('diet_plans').insert(pens.data!.map((pen) => ({ enclosure_id: pen.id, items: [{ food: 'Kangkong', amount: 1, unit: 'kg' }], feeding_times: ['08:00'] })));
	expect(plans.error).toBeNull();

	// Without JavaScript: the links and the logging form must carry the page themselves.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signInAs(page, keeper);
	await page.goto(`/keeper/round/${area.data!.id}`);
	await expect(page.getByRole('heading', { level: 2, name: /^Pen / })).toHaveCount(40);
	await expect(page.getByText('0 of 41 feedings logged')).toBeVisible();
	const index = page.getByRole('navigation', { name: 'Enclosures in this section' });
	await expect(index.getByRole('listitem')).toHaveCount(41);
	await index.getByRole('link', { name: 'Pen 41' }).click();
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Enclosures in this section', 'Pen 41']);
	await page.getByRole('button', { name: /^Eaten all: log for .*08:00 feeding$/ }).click();
	await expect(page.getByText(/^Eaten all, logged/)).toBeVisible();
	await expect(page.getByText('1 of 41 feedings logged')).toBeVisible();
	await expect(index.getByRole('listitem').filter({ hasText: 'Pen 41' })).toContainText('1 of 1 logged');
	await page.getByRole('navigation', { name: 'Pages of the round' }).getByRole('link', { name: /Previous/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: /^Pen / })).toHaveCount(40);
	await context.close();
});

test('a prosecutor cannot open the round, nor read it through the API', async ({ page }) => {
	await signInAs(page, prosecutor);
	const res = await page.goto(ROUND);
	expect(res?.status()).toBe(403);
	const api = await apiAs(prosecutor);
	const { data } = await api.rpc('daily_round', { p_area_id: REPTILE_HOUSE });
	expect((data as { area: unknown; enclosures: unknown[] } | null)?.area ?? null).toBeNull();
	expect((data as { enclosures: unknown[] } | null)?.enclosures ?? []).toEqual([]);
});

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signInAs(page, account);
	return page;
}

import { expect, test, type Locator, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';
import { dashboardExpectations, type Expected } from './dashboard-expectations.ts';

/**
 * The care dashboard against the real stack. What the tables must say is computed in the test
 * from the rows the vet can read through the API (lots, animals, the custody ledger, places,
 * prescriptions), never written down here, so the test holds for the demo seed and for whatever
 * other tests of the run have added.
 */
const { vet, admin, prosecutor } = demoAccounts;
const RUN = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const n = (value: number) => value.toLocaleString('en-GB');

/** A table's rows (header cell and data cells) as text, found by its caption. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
	const table = page.getByRole('table', { name: caption });
	await expect(table).toBeVisible();
	return table.locator('tbody tr, tfoot tr').evaluateAll((rows) =>
		rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()))
	);
}

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	return errors;
}

async function openDashboard(page: Page): Promise<{ errors: string[]; expected: Expected; api: SupabaseClient }> {
	const errors = watchErrors(page);
	await signIn(page, vet.email, vet.password);
	await expect(page).not.toHaveURL(/\/login/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Care dashboard' })).toBeVisible();
	const api = await apiAs(vet);
	return { errors, expected: await dashboardExpectations(api), api };
}

function region(page: Page, name: string): Locator {
	return page.getByRole('region', { name, exact: true });
}

test('a vet sees the centre\'s figures drawn, with tables that match the records', async ({ page }) => {
	const { errors, expected } = await openDashboard(page);

	await expect(page.getByTestId('in-care')).toHaveText(n(expected.inCare));
	await expect(page.getByText(/divided by every animal in care at any time in those 30 days/)).toBeVisible();
	await expect(page.getByText(`${n(expected.mortality.deaths)} of ${n(expected.mortality.animals)} animals died or were euthanized`)).toBeVisible();

	// Census: one row per class (statuses in the database's order), then the totals.
	const census = await tableRows(page, /Animals by class and status/);
	expect(census).toEqual([
		...expected.census.map((row) => [row.label, ...row.values.map(n)]),
		['Total', ...expected.census.reduce((t, row) => t.map((v, i) => v + row.values[i]), [0, 0, 0, 0, 0, 0]).map(n)]
	]);

	// Intakes: every one of the 12 months, this one last, with a column per class received and a total.
	const intakes = await tableRows(page, /Animals received at the centre per month by class/);
	expect(intakes.slice(0, -1)).toEqual(
		expected.intakes.map((month) => [month.label, ...expected.intakeClasses.map((c) => n(month.byClass[c] ?? 0)), n(month.total)])
	);

	// Outcomes: none in the demo seed, which the page says in words; otherwise the months' numbers.
	const outcomes = region(page, 'Outcomes per month');
	if (expected.outcomes.every((month) => month.values.every((v) => v === 0))) {
		await expect(outcomes.getByText('No releases, transfers, deaths or euthanasias were recorded in the last 12 months.')).toBeVisible();
	} else {
		expect((await tableRows(page, /Animals released, transferred, dead or euthanized per month/)).slice(0, -1)).toEqual(
			expected.outcomes.map((month) => [month.label, ...month.values.map(n)])
		);
	}

	// Occupancy per area, by the area's path; then the animals in care not placed anywhere.
	const occupancy = await tableRows(page, 'Animals in the enclosures of each area against their capacity');
	const byPath = (a: string[], b: string[]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
	expect(occupancy.slice(0, -1).map((row) => row.slice(0, 4)).sort(byPath)).toEqual(
		expected.areas.map((a) => [a.path, n(a.enclosures), n(a.headCount), n(a.capacity)]).sort(byPath)
	);
	if (expected.unplaced > 0) await expect(page.getByText(`${n(expected.unplaced)} animals in care not placed in any enclosure.`)).toBeVisible();

	// Every figure with something to draw has its chart, drawn without an error.
	const drawn = page.locator('section.figure canvas');
	await expect(drawn).toHaveCount(await page.locator('section.figure:has(table)').count());
	await expect.poll(() => drawn.evaluateAll((canvases) => canvases.every((c) => (c as HTMLCanvasElement).width > 0))).toBe(true);
	expect(errors).toEqual([]);
});

test('the treatments due today count the doses prescribed and logged', async ({ page }) => {
	// A python with a weight, a drug with a reptile range, a prescription of 2 doses a day from
	// today, one of them logged: written through the API by the roles that may.
	const { result } = await seizeAsKeeper('E2E-DASHBOARD', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const adminApi = await apiAs(admin);
	const drug = await adminApi.from('drugs').insert({ name: `Enrofloxacin E2E-${RUN}`, concentration_mg_per_ml: 25 }).select('id').single();
	expect(drug.error).toBeNull();
	expect((await adminApi.from('drug_dose_ranges').insert({ drug_id: drug.data!.id, taxon_class: 'reptile', min_mg_per_kg: 5, max_mg_per_kg: 10, source: 'Test formulary, p. 1' })).error).toBeNull();
	const vetApi = await apiAs(vet);
	const animal = await vetApi.from('animals').select('id').eq('code', code).single();
	expect((await vetApi.from('exams').insert({ animal_id: animal.data!.id, examined_at: new Date().toISOString(), weight_g: 1500 })).error).toBeNull();
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date());
	const rx = await vetApi
		.from('prescriptions')
		.insert({ animal_id: animal.data!.id, drug_id: drug.data!.id, dose_mg_per_kg: 5, route: 'im', frequency_per_day: 2, duration_days: 5, starts_on: today })
		.select('id')
		.single();
	expect(rx.error).toBeNull();
	expect((await vetApi.from('administrations').insert({ prescription_id: rx.data!.id, given_at: new Date().toISOString(), outcome: 'given', actual_ml: 0.3 })).error).toBeNull();

	const { errors, expected } = await openDashboard(page);
	await expect(page.getByTestId('doses-due')).toHaveText(n(expected.treatments.dosesDue));
	const byDrug = await tableRows(page, 'Doses due today by drug');
	expect(byDrug).toContainEqual([`Enrofloxacin E2E-${RUN}`, '1', '2', '1', '1']);
	expect(byDrug.at(-1)).toEqual(['Total', ...[expected.treatments.prescriptions, expected.treatments.dosesDue, expected.treatments.dosesLogged, expected.treatments.dosesRemaining].map(n)]);
	const list = await tableRows(page, /Prescriptions with a dose due today/);
	expect(list).toContainEqual([code, `Enrofloxacin E2E-${RUN}`, '2', '1', '1']);
	await region(page, 'Treatments due today').getByRole('link', { name: code }).click();
	await expect(page).toHaveURL(`/animals/${code}/health`);
	expect(errors).toEqual([]);
});

test('on a phone the charts fit the screen and the tables scroll inside their box', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const { errors } = await openDashboard(page);
	await expect(page.locator('section.figure canvas').first()).toBeVisible();
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		viewport: window.innerWidth,
		canvases: [...document.querySelectorAll('section.figure canvas')].map((c) => c.getBoundingClientRect().width)
	}));
	expect(widths.page).toBeLessThanOrEqual(widths.viewport);
	for (const width of widths.canvases) expect(width).toBeLessThanOrEqual(widths.viewport);
	expect(errors).toEqual([]);
});

test('a prosecutor has no dashboard: no link, and a 403 at its address', async ({ page }) => {
	await signIn(page, prosecutor.email, prosecutor.password);
	await expect(page).toHaveURL('/prosecutor');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
	const response = await page.goto('/dashboard');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not your desk');
	await expect(page.getByTestId('in-care')).toHaveCount(0);
});

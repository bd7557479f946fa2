import { expect, type Locator, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs } from './api-as.ts';
import { signIn } from './sign-in.ts';

/** Helpers of the drug-list tests (drugs.test.ts): /admin/drugs is the admin's. */
const { admin } = demoAccounts;

/** Drug names are unique: one per test run, so runs on the same stack never clash. */
export const run = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

export async function openDrugList(page: Page) {
	await signIn(page, admin.email, admin.password);
	await expect(page).toHaveURL('/admin/staff');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drug list' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Drug list' })).toBeVisible();
}

export function listed(page: Page, name: string) {
	return page.getByRole('region', { name: 'Drugs and their dose ranges' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** A drug with a reptile range of 5–10 mg/kg, added through the API: the editing tests start from it. */
export async function seedDrugWithRange(name: string): Promise<string> {
	const api = await apiAs(admin);
	const drug = await api.from('drugs').insert({ name, concentration_mg_per_ml: 25, form: 'Injectable' }).select('id').single();
	expect(drug.error).toBeNull();
	const range = await api.from('drug_dose_ranges').insert({ drug_id: drug.data!.id, taxon_class: 'reptile', min_mg_per_kg: 5, max_mg_per_kg: 10, source: 'Carpenter, Exotic Animal Formulary, 5th ed., p. 84' });
	expect(range.error).toBeNull();
	return drug.data!.id as string;
}

/** Opens a <details> by its summary unless it is open: after a save it closes again. */
export async function openDetails(item: Locator, summary: string) {
	const toggle = item.locator('summary', { hasText: summary });
	if (!(await toggle.locator('..').evaluate((d) => (d as HTMLDetailsElement).open))) await toggle.click();
}

export async function drugInDb(drugId: string) {
	const api = await apiAs(admin);
	const [drug, ranges] = await Promise.all([
		api.from('drugs').select('name, concentration_mg_per_ml, form, notes').eq('id', drugId).single(),
		api.from('drug_dose_ranges').select('taxon_class, min_mg_per_kg, max_mg_per_kg, source').eq('drug_id', drugId)
	]);
	expect(drug.error ?? ranges.error).toBeNull();
	return { ...drug.data, ranges: ranges.data };
}

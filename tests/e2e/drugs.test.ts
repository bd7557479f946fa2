import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { signIn } from './sign-in.ts';

/** The admin's drug list: drugs with their concentration, and dose ranges per class with a source. */
const { admin, vet } = demoAccounts;

/** Drug names are unique: one per test run, so runs on the same stack never clash. */
const run = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

async function openDrugList(page: Page) {
	await signIn(page, admin.email, admin.password);
	await expect(page).toHaveURL('/admin/staff');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drug list' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Drug list' })).toBeVisible();
}

function listed(page: Page, name: string) {
	return page.getByRole('region', { name: 'Drugs and their dose ranges' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('the admin adds a drug and a dose range with its source; mistakes are shown next to the field', async ({ page }) => {
	const name = `Enrofloxacin 25 mg/ml E2E-${run()}`;
	await openDrugList(page);

	const addDrug = page.getByRole('region', { name: 'Add a drug' });
	await addDrug.getByLabel('Name, with the strength').fill(name);
	await addDrug.getByLabel('Concentration in mg/ml').fill('25,0');
	await addDrug.getByRole('button', { name: 'Add the drug' }).click();
	await expect(addDrug.getByRole('alert')).toContainText('Nothing was saved');
	await expect(addDrug.getByLabel('Concentration in mg/ml')).toHaveAttribute('aria-invalid', 'true');
	await expect(addDrug.getByText('Enter the concentration in mg/ml, greater than zero')).toBeVisible();
	await expect(addDrug.getByLabel('Name, with the strength')).toHaveValue(name);
	await expect(listed(page, name)).toHaveCount(0);

	await addDrug.getByLabel('Concentration in mg/ml').fill('25');
	await addDrug.getByLabel('Form (optional)').fill('Injectable');
	await addDrug.getByRole('button', { name: 'Add the drug' }).click();
	await expect(addDrug.getByRole('status')).toHaveText(`${name} added to the drug list.`);
	await expect(listed(page, name)).toContainText('25 mg/ml · Injectable');
	await expect(listed(page, name)).toContainText('No dose ranges yet');

	// Names are unique whatever the case: a second "enrofloxacin…" would be ambiguous on a prescription.
	await addDrug.getByLabel('Name, with the strength').fill(name.toLowerCase());
	await addDrug.getByLabel('Concentration in mg/ml').fill('25');
	await addDrug.getByRole('button', { name: 'Add the drug' }).click();
	await expect(addDrug.getByText('A drug with this name is already on the list.')).toBeVisible();

	const addRange = page.getByRole('region', { name: 'Add a dose range' });
	await addRange.getByLabel('Drug', { exact: true }).selectOption({ label: name });
	await addRange.getByLabel('Class of animal').selectOption({ label: 'Reptile' });
	await addRange.getByLabel('Lowest dose in mg/kg').fill('10');
	await addRange.getByLabel('Highest dose in mg/kg').fill('5');
	await addRange.getByLabel('Source').fill('Carpenter, Exotic Animal Formulary, 5th ed., p. 84');
	await addRange.getByRole('button', { name: 'Add the dose range' }).click();
	await expect(addRange.getByText('The highest dose cannot be lower than the lowest.')).toBeVisible();
	await expect(addRange.getByLabel('Highest dose in mg/kg')).toHaveAttribute('aria-invalid', 'true');
	await expect(addRange.getByLabel('Source')).toHaveValue('Carpenter, Exotic Animal Formulary, 5th ed., p. 84');

	await addRange.getByLabel('Highest dose in mg/kg').fill('10');
	await addRange.getByLabel('Lowest dose in mg/kg').fill('5');
	await addRange.getByRole('button', { name: 'Add the dose range' }).click();
	await expect(addRange.getByRole('status')).toHaveText('Dose range added.');
	const reptile = listed(page, name).getByRole('row').filter({ hasText: 'Reptile' });
	await expect(reptile).toContainText('5–10 mg/kg');
	await expect(reptile).toContainText('Carpenter, Exotic Animal Formulary, 5th ed., p. 84');

	// One range per drug and class: the second is refused, not silently added beside it.
	await addRange.getByLabel('Drug', { exact: true }).selectOption({ label: name });
	await addRange.getByLabel('Class of animal').selectOption({ label: 'Reptile' });
	await addRange.getByLabel('Lowest dose in mg/kg').fill('1');
	await addRange.getByLabel('Highest dose in mg/kg').fill('2');
	await addRange.getByLabel('Source').fill('Somewhere else, p. 1');
	await addRange.getByRole('button', { name: 'Add the dose range' }).click();
	await expect(addRange.getByText('This drug already has a range for this class.')).toBeVisible();
	await expect(listed(page, name).getByRole('row').filter({ hasText: 'Reptile' })).toHaveCount(1);
});

test('the drug list is the admin\'s: a vet is turned away', async ({ page }) => {
	await signIn(page, vet.email, vet.password);
	await expect(page).toHaveURL('/vet');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drug list' })).toHaveCount(0);
	expect((await page.goto('/admin/drugs'))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the forms still add a drug and its range', async ({ page }) => {
		const name = `Ivermectin 10 mg/ml E2E-${run()}`;
		await openDrugList(page);
		const addDrug = page.getByRole('region', { name: 'Add a drug' });
		await addDrug.getByLabel('Name, with the strength').fill(name);
		await addDrug.getByLabel('Concentration in mg/ml').fill('10');
		await addDrug.getByRole('button', { name: 'Add the drug' }).click();
		await expect(page.getByRole('region', { name: 'Add a drug' }).getByRole('status')).toHaveText(`${name} added to the drug list.`);

		const addRange = page.getByRole('region', { name: 'Add a dose range' });
		await addRange.getByLabel('Drug', { exact: true }).selectOption({ label: name });
		await addRange.getByLabel('Class of animal').selectOption({ label: 'Mammal' });
		await addRange.getByLabel('Lowest dose in mg/kg').fill('0.2');
		await addRange.getByLabel('Highest dose in mg/kg').fill('0.4');
		await addRange.getByLabel('Source').fill('Plumb, Veterinary Drug Handbook, p. 712');
		await addRange.getByRole('button', { name: 'Add the dose range' }).click();
		await expect(page.getByRole('region', { name: 'Add a dose range' }).getByRole('status')).toHaveText('Dose range added.');
		await expect(listed(page, name).getByRole('row').filter({ hasText: 'Mammal' })).toContainText('0.2–0.4 mg/kg');
	});
});

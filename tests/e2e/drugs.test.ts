import { expect, test } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { drugInDb, listed, openDetails, openDrugList, run, seedDrugWithRange } from './drug-list.ts';
import { signIn } from './sign-in.ts';

/** The admin's drug list: drugs with their concentration, and dose ranges per class with a source. */
const { admin, vet } = demoAccounts;

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

test('the admin edits form and notes and corrects a range; removing a range is confirmed first', async ({ page }) => {
	const name = `Enrofloxacin 25 mg/ml E2E-${run()}`;
	const drugId = await seedDrugWithRange(name);
	await openDrugList(page);
	const item = listed(page, name);

	await openDetails(item, 'Edit the form and notes');
	const edit = item.getByRole('form', { name: `Edit ${name}` });
	await expect(edit).toContainText('The name and the concentration cannot be changed');
	const formField = edit.getByLabel('Form (optional)');
	await expect(formField).toHaveValue('Injectable');
	await formField.fill('x');
	await edit.getByLabel('Notes (optional)').fill('Shake well. Keep below 25 °C.');
	await edit.getByRole('button', { name: 'Save the form and notes' }).click();
	await expect(item.getByRole('alert')).toContainText('Nothing was saved');
	await expect(formField).toHaveAttribute('aria-invalid', 'true');
	await expect(formField).toHaveAccessibleDescription(/Write the form out \(at least 2 characters\), or leave it blank\.$/);
	await expect(edit.getByLabel('Notes (optional)')).toHaveValue('Shake well. Keep below 25 °C.');
	await formField.fill('Oral suspension');
	await edit.getByRole('button', { name: 'Save the form and notes' }).click();
	await expect(item.getByRole('status')).toHaveText(`${name}: form and notes saved.`);
	await expect(item).toContainText('25 mg/ml · Oral suspension');
	await expect(item).toContainText('Shake well. Keep below 25 °C.');

	const reptile = item.getByRole('row').filter({ hasText: 'Reptile' });
	await openDetails(item, 'Correct or remove the Reptile range');
	const correct = item.getByRole('form', { name: 'Correct the Reptile range' });
	await expect(correct.getByLabel('Lowest dose in mg/kg')).toHaveValue('5');
	await correct.getByLabel('Highest dose in mg/kg').fill('2');
	await correct.getByRole('button', { name: 'Save the corrected range' }).click();
	await expect(correct.getByLabel('Highest dose in mg/kg')).toHaveAccessibleDescription('The highest dose cannot be lower than the lowest.');
	await expect(correct.getByLabel('Highest dose in mg/kg')).toHaveAttribute('aria-invalid', 'true');
	await expect(reptile).toContainText('5–10 mg/kg');
	await correct.getByLabel('Highest dose in mg/kg').fill('12.5');
	await correct.getByLabel('Source').fill('Carpenter, Exotic Animal Formulary, 5th ed., p. 85');
	await correct.getByRole('button', { name: 'Save the corrected range' }).click();
	await expect(item.getByRole('status')).toHaveText('Reptile range corrected.');
	await expect(reptile).toContainText('5–12.5 mg/kg');
	await expect(reptile).toContainText('5th ed., p. 85');

	await openDetails(item, 'Correct or remove the Reptile range');
	const remove = item.getByRole('form', { name: 'Remove the Reptile range' });
	await remove.getByRole('button', { name: 'Remove the range' }).click();
	const box = remove.getByRole('checkbox', { name: /^Yes, remove the Reptile range/ });
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(box).toHaveAccessibleDescription('Tick the box to confirm that the range is to be removed.');
	await expect(reptile).toHaveCount(1);
	await box.check();
	await remove.getByRole('button', { name: 'Remove the range' }).click();
	await expect(item.getByRole('status')).toHaveText('Reptile range removed.');
	await expect(item).toContainText('No dose ranges yet');
	// Name and concentration were never the form's to change.
	expect(await drugInDb(drugId)).toEqual({ name, concentration_mg_per_ml: 25, form: 'Oral suspension', notes: 'Shake well. Keep below 25 °C.', ranges: [] });
});

test('a vet posting to the drug list\'s actions is refused and nothing changes', async ({ page }) => {
	const name = `Enrofloxacin 25 mg/ml E2E-${run()}`;
	const drugId = await seedDrugWithRange(name);
	const before = await drugInDb(drugId);
	await signIn(page, vet.email, vet.password);
	await expect(page).toHaveURL('/vet');
	// Each action checks the role itself; the wrong-desk message shows it got that far (not a cross-site refusal).
	const refused = async (action: string, form: Record<string, string>) => {
		const res = await page.request.post(`/admin/drugs?/${action}`, { form, headers: { origin: new URL(page.url()).origin } });
		expect(res.status(), action).toBe(403);
		expect(await res.text(), action).toContain('You are signed in as veterinarian.');
	};
	await refused('editDrug', { drugId, form: 'Tablet', notes: 'Changed by a vet' });
	await refused('correctDoseRange', { drugId, taxonClass: 'reptile', minMgPerKg: '1', maxMgPerKg: '2', source: 'Memory' });
	await refused('removeDoseRange', { drugId, taxonClass: 'reptile', confirm: 'yes' });
	expect(await drugInDb(drugId)).toEqual(before);
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
	test('the forms still edit a drug, correct a range and remove one once confirmed', async ({ page }) => {
		const name = `Enrofloxacin 25 mg/ml E2E-${run()}`;
		const drugId = await seedDrugWithRange(name);
		await openDrugList(page);
		await openDetails(listed(page, name), 'Edit the form and notes');
		const edit = listed(page, name).getByRole('form', { name: `Edit ${name}` });
		await edit.getByLabel('Form (optional)').fill('');
		await edit.getByLabel('Notes (optional)').fill('Not for chelonians');
		await edit.getByRole('button', { name: 'Save the form and notes' }).click();
		await expect(listed(page, name).getByRole('status')).toHaveText(`${name}: form and notes saved.`);
		await expect(listed(page, name)).toContainText('Not for chelonians');

		await openDetails(listed(page, name), 'Correct or remove the Reptile range');
		const correct = listed(page, name).getByRole('form', { name: 'Correct the Reptile range' });
		await correct.getByLabel('Source').fill(' ');
		await correct.getByRole('button', { name: 'Save the corrected range' }).click();
		// The page came back with the refusal, its details open and the typed numbers kept.
		const refused = listed(page, name).getByRole('form', { name: 'Correct the Reptile range' });
		await expect(refused.getByLabel('Source')).toHaveAccessibleDescription(/Enter where this range comes from\.$/);
		await refused.getByLabel('Lowest dose in mg/kg').fill('0.2');
		await refused.getByLabel('Highest dose in mg/kg').fill('0.4');
		await refused.getByLabel('Source').fill('Plumb, Veterinary Drug Handbook, p. 712');
		await refused.getByRole('button', { name: 'Save the corrected range' }).click();
		await expect(listed(page, name).getByRole('status')).toHaveText('Reptile range corrected.');
		await expect(listed(page, name).getByRole('row').filter({ hasText: 'Reptile' })).toContainText('0.2–0.4 mg/kg');

		await openDetails(listed(page, name), 'Correct or remove the Reptile range');
		const remove = listed(page, name).getByRole('form', { name: 'Remove the Reptile range' });
		await remove.getByRole('checkbox', { name: /^Yes, remove the Reptile range/ }).check();
		await remove.getByRole('button', { name: 'Remove the range' }).click();
		await expect(listed(page, name).getByRole('status')).toHaveText('Reptile range removed.');
		expect(await drugInDb(drugId)).toEqual({ name, concentration_mg_per_ml: 25, form: null, notes: 'Not for chelonians', ranges: [] });
	});
});

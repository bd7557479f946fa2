import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * An exam weight above the species' adult maximum is written only once the vet confirms it.
 * No maximum is seeded (values need a source), so this file gives one species a maximum of
 * 2 kg for its tests, as the admin (RLS: "Admins can edit species"), marked as a test value, and
 * puts back what was there afterwards. The e2e stack is thrown away after the run in any case.
 */
const { admin, vet } = demoAccounts;
/** A species no other e2e file uses, so its maximum cannot surprise another test. */
const SPECIES = 'Cuora amboinensis';
let previous: { max_adult_weight_g: number | null; max_adult_weight_source: string | null };

test.beforeAll(async () => {
	const api = await apiAs(admin);
	const before = await api.from('species').select('max_adult_weight_g, max_adult_weight_source').eq('scientific_name', SPECIES).single();
	expect(before.error).toBeNull();
	previous = before.data!;
	const set = await api.from('species').update({ max_adult_weight_g: 2000, max_adult_weight_source: 'e2e test value' }).eq('scientific_name', SPECIES).select('id');
	expect(set.error).toBeNull();
	expect(set.data).toHaveLength(1);
});

test.afterAll(async () => {
	const api = await apiAs(admin);
	const restored = await api.from('species').update(previous).eq('scientific_name', SPECIES).select('id');
	expect(restored.error).toBeNull();
	expect(restored.data).toHaveLength(1);
});

async function boxTurtleHealthPage(page: Page): Promise<string> {
	const { api, result } = await seizeAsKeeper('E2E-WEIGHT', { species: SPECIES, count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const animal = await api.from('animals').select('id').eq('code', code).single();
	expect(animal.error).toBeNull();
	await signIn(page, vet.email, vet.password);
	await expect(page).toHaveURL('/vet');
	await page.goto(`/animals/${code}/health`);
	await expect(page.getByRole('heading', { level: 1, name: `Health of ${code}` })).toBeVisible();
	return animal.data!.id;
}

async function examsInDb(animalId: string) {
	const { data, error } = await (await apiAs(vet)).from('exams').select('weight_g, weight_confirmed').eq('animal_id', animalId).order('examined_at').order('recorded_at');
	expect(error).toBeNull();
	return data;
}

const CONFIRM = 'I re-weighed the animal: this weight is right even though it is above the species maximum.';

/** Above the maximum: refused until confirmed, then written with the confirmation. */
async function confirmHeavyWeight(page: Page, animalId: string) {
	const exam = page.getByRole('region', { name: 'Record an exam', exact: true });
	await expect(exam.getByRole('checkbox', { name: CONFIRM })).toHaveCount(0);
	await exam.getByLabel('Weight (optional)').fill('2.5');
	await exam.getByLabel('Unit').selectOption('kg');
	await exam.getByLabel('Assessment (optional)').fill('Large female, gravid');
	await exam.getByRole('button', { name: 'Record the exam' }).click();

	const form = page.getByRole('region', { name: 'Record an exam', exact: true });
	await expect(form.getByRole('alert')).toContainText('Nothing was saved');
	const box = form.getByRole('checkbox', { name: CONFIRM });
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(box).toHaveAccessibleDescription('This weight is above the species maximum: re-weigh, then tick the box to confirm.');
	await expect(form.getByLabel('Weight (optional)')).toHaveValue('2.5');
	await expect(form.getByLabel('Unit')).toHaveValue('kg');
	await expect(form.getByLabel('Assessment (optional)')).toHaveValue('Large female, gravid');
	await expect(page.getByRole('region', { name: 'Latest weight' })).toContainText('Not weighed yet');
	expect(await examsInDb(animalId)).toEqual([]);

	await box.check();
	await form.getByRole('button', { name: 'Record the exam' }).click();
	await expect(page.getByRole('region', { name: 'Record an exam', exact: true }).getByRole('status')).toHaveText('Exam recorded.');
	await expect(page.getByRole('region', { name: 'Latest weight' })).toContainText('2.5 kg');
	expect(await examsInDb(animalId)).toEqual([{ weight_g: 2500, weight_confirmed: true }]);
}

test('a weight above the species maximum is written only once the vet confirms it', async ({ page }) => {
	const animalId = await boxTurtleHealthPage(page);
	await confirmHeavyWeight(page, animalId);

	// At or under the maximum, nothing is asked.
	const exam = page.getByRole('region', { name: 'Record an exam', exact: true });
	await expect(exam.getByRole('checkbox', { name: CONFIRM })).toHaveCount(0);
	await exam.getByLabel('Weight (optional)').fill('2000');
	await exam.getByLabel('Unit').selectOption('g');
	await exam.getByRole('button', { name: 'Record the exam' }).click();
	// "Exam recorded." is still shown from the first exam: wait for the second in the database.
	await expect
		.poll(() => examsInDb(animalId))
		.toEqual([
			{ weight_g: 2500, weight_confirmed: true },
			{ weight_g: 2000, weight_confirmed: false }
		]);
	await expect(exam.getByRole('status')).toHaveText('Exam recorded.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the confirmation box comes back with the refused exam and confirms it', async ({ page }) => {
		await confirmHeavyWeight(page, await boxTurtleHealthPage(page));
	});
});

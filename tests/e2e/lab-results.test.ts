import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';
import { e2eStack } from './stack-file.ts';

/**
 * Lab results and the necropsy report on an animal's health page, against the real stack: the
 * database flags a number against its range, a correction supersedes a result without erasing it,
 * a refused entry writes nothing, a keeper only reads, and a dead animal gets its necropsy.
 */
const { vet, keeper } = demoAccounts;

/** A fresh seizure with one individual Burmese python, recorded as the keeper. */
async function seizeOnePython(): Promise<{ code: string; animalId: string }> {
	const { api, result } = await seizeAsKeeper('E2E-LAB', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const animal = await api.from('animals').select('id').eq('code', code).single();
	expect(animal.error).toBeNull();
	return { code, animalId: animal.data!.id };
}

async function openHealthAs(page: Page, account: { email: string; password: string }, code: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login$/);
	await page.goto(`/animals/${code}/health`);
	await expect(page.getByRole('heading', { level: 1, name: `Health of ${code}` })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function fillResult(page: Page, fields: { test: string; sample: string; value?: string; unit?: string; text?: string; low?: string; high?: string; flag?: string }) {
	const form = section(page, 'Record a lab result');
	await form.getByLabel('Test', { exact: true }).fill(fields.test);
	await form.getByLabel('Sample', { exact: true }).selectOption({ label: fields.sample });
	if (fields.value) await form.getByLabel('Numeric value').fill(fields.value);
	if (fields.unit) await form.getByLabel('Unit', { exact: true }).fill(fields.unit);
	if (fields.text) await form.getByLabel('Or a text result').fill(fields.text);
	if (fields.low) await form.getByLabel('Low end').fill(fields.low);
	if (fields.high) await form.getByLabel('High end').fill(fields.high);
	if (fields.flag) await form.getByLabel('Flag', { exact: true }).selectOption({ label: fields.flag });
	return form;
}

test('a vet records a number with a range (the database flags it), a text result, and corrects the number', async ({ page }) => {
	const { code } = await seizeOnePython();
	await openHealthAs(page, vet, code);
	await expect(section(page, 'Lab results')).toContainText('No lab results recorded yet.');
	// The animal is in care: no necropsy.
	await expect(section(page, 'Record the necropsy')).toHaveCount(0);

	// 41 % against 20–35 %, typed as "Normal": the database says High.
	let form = await fillResult(page, { test: 'Packed cell volume', sample: 'Blood', value: '41', unit: '%', low: '20', high: '35', flag: 'Normal' });
	await form.getByRole('button', { name: 'Record the result' }).click();
	await expect(form.getByRole('status')).toHaveText('Lab result recorded.');
	const results = section(page, 'Lab results');
	const pcv = results.getByRole('row').filter({ hasText: 'Packed cell volume' });
	await expect(pcv).toContainText('41 %');
	await expect(pcv).toContainText('20 – 35');
	await expect(pcv).toContainText('High');
	await expect(pcv).toContainText('Dr. Dara Lim');
	await expect(form.getByLabel('Test', { exact: true })).toHaveValue('');

	form = await fillResult(page, { test: 'Salmonella culture', sample: 'Faeces', text: 'Salmonella spp. isolated', flag: 'Abnormal' });
	await form.getByRole('button', { name: 'Record the result' }).click();
	await expect(form.getByRole('status')).toHaveText('Lab result recorded.');
	const culture = results.getByRole('row').filter({ hasText: 'Salmonella culture' });
	await expect(culture).toContainText('Salmonella spp. isolated');
	await expect(culture).toContainText('Abnormal');

	// A correction is a new entry; the original stays, marked as corrected.
	await pcv.getByRole('link', { name: 'Correct Packed cell volume' }).click();
	const correction = section(page, 'Correct a lab result');
	await expect(correction.getByLabel('Numeric value')).toHaveValue('41');
	await correction.getByLabel('Numeric value').fill('31');
	await correction.getByLabel('Why this correction').fill('Transcription error: 31 read as 41');
	await correction.getByRole('button', { name: 'Record the correction' }).click();
	await expect(section(page, 'Record a lab result').getByRole('status')).toHaveText('Lab result recorded.');
	const corrected = results.getByRole('row').filter({ hasText: 'Packed cell volume' });
	await expect(corrected).toHaveCount(1);
	await expect(corrected).toContainText('31 %');
	await expect(corrected).toContainText('Normal');
	await expect(corrected).toContainText('Transcription error: 31 read as 41');
	await results.getByText('Corrected entries (1)').click();
	await expect(results.getByRole('listitem').filter({ hasText: 'Packed cell volume: 41 %' })).toBeVisible();
});

test('a refused entry shows each message next to its field and writes nothing', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	await openHealthAs(page, vet, code);
	const form = await fillResult(page, { test: 'Packed cell volume', sample: 'Blood', value: '30', low: '35', high: '20' });
	await form.getByRole('button', { name: 'Record the result' }).click();

	await expect(form.getByRole('alert')).toContainText('Nothing was saved');
	const unit = form.getByLabel('Unit', { exact: true });
	await expect(unit).toHaveAttribute('aria-invalid', 'true');
	await expect(unit).toHaveAccessibleDescription(/Enter the unit of the number, e.g\. mmol\/L or %\./);
	await expect(form.getByLabel('High end')).toHaveAccessibleDescription('The high end of the range is below its low end.');
	await expect(form.getByLabel('Numeric value')).toHaveValue('30');
	await expect(section(page, 'Lab results')).toContainText('No lab results recorded yet.');
	const written = await (await apiAs(vet)).from('lab_results').select('id').eq('animal_id', animalId);
	expect(written.error).toBeNull();
	expect(written.data).toEqual([]);
});

test('a keeper reads the lab results but has no form to record or correct one', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	const now = new Date().toISOString();
	const saved = await (await apiAs(vet)).from('lab_results').insert({
		animal_id: animalId, test_name: 'Uric acid', sample_type: 'blood', collected_at: now, resulted_at: now,
		value_numeric: 900, unit: 'µmol/L', range_low: 100, range_high: 600
	} as never);
	expect(saved.error).toBeNull();

	await openHealthAs(page, keeper, code);
	const row = section(page, 'Lab results').getByRole('row').filter({ hasText: 'Uric acid' });
	await expect(row).toContainText('900 µmol/L');
	await expect(row).toContainText('High');
	await expect(row.getByRole('link')).toHaveCount(0);
	await expect(section(page, 'Record a lab result')).toHaveCount(0);
});

test('a vet writes the necropsy report of a python that died; the keeper reads it', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	// The disposition screen that records a death comes with issue 5; until then the service role
	// (which may update an animal's status, unlike signed-in staff) marks the python dead.
	const stack = e2eStack();
	const service = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } });
	const died = await service.from('animals').update({ status: 'died' }).eq('id', animalId);
	expect(died.error).toBeNull();

	await openHealthAs(page, vet, code);
	const form = section(page, 'Record the necropsy');
	await expect(form.getByLabel('Performed by')).toHaveValue('00000000-0000-4000-8000-0000000000a2');
	await form.getByLabel('Manner of death').selectOption({ label: 'Disease' });
	await form.getByLabel('Cause of death (optional)').fill('Bacterial pneumonia');
	await form.getByLabel('Respiratory').fill('Consolidated right lung');
	await form.getByLabel('Samples taken (optional)').fill('lung in formalin\nlung swab for culture');
	await form.getByRole('button', { name: 'Save the necropsy report' }).click();

	const report = section(page, 'Necropsy report');
	await expect(report.getByRole('status')).toHaveText('Necropsy report saved.');
	await expect(report).toContainText('Performed by Dr. Dara Lim');
	await expect(report).toContainText('Bacterial pneumonia');
	await expect(report).toContainText('Respiratory: Consolidated right lung');
	await expect(report.getByRole('listitem')).toHaveText(['lung in formalin', 'lung swab for culture']);
	await expect(section(page, 'Record the necropsy')).toHaveCount(0);

	// A culture of a sample taken at the necropsy is listed with it.
	const lab = await fillResult(page, { test: 'Bacterial culture', sample: 'Swab', text: 'Pseudomonas spp. isolated', flag: 'Abnormal' });
	await lab.getByLabel('The sample was taken at the necropsy').check();
	await lab.getByRole('button', { name: 'Record the result' }).click();
	await expect(lab.getByRole('status')).toHaveText('Lab result recorded.');
	await expect(report).toContainText('Bacterial culture: Pseudomonas spp. isolated (Abnormal)');

	await page.context().clearCookies();
	await openHealthAs(page, keeper, code);
	await expect(section(page, 'Necropsy report')).toContainText('Bacterial pneumonia');
	await expect(section(page, 'Record the necropsy')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the lab form still records a result and opens a correction from its link', async ({ page }) => {
		const { code } = await seizeOnePython();
		await openHealthAs(page, vet, code);
		const form = await fillResult(page, { test: 'Mite check', sample: 'Skin scraping', text: 'negative', flag: 'Normal' });
		await form.getByRole('button', { name: 'Record the result' }).click();
		await expect(section(page, 'Record a lab result').getByRole('status')).toHaveText('Lab result recorded.');
		const row = section(page, 'Lab results').getByRole('row').filter({ hasText: 'Mite check' });
		await expect(row).toContainText('negative');
		await row.getByRole('link', { name: 'Correct Mite check' }).click();
		await expect(section(page, 'Correct a lab result').getByLabel('Or a text result')).toHaveValue('negative');
	});
});

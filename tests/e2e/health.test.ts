import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The health page of one animal against the real stack: the vet weighs it, prescribes (the
 * database calculates the volume and asks for a reason outside the usual range) and logs a dose;
 * the keeper reads the records and logs a dose; an impossible weight is refused and not written.
 */
const { admin, vet, keeper } = demoAccounts;

/** Drug names are unique (case-insensitively): one per run, so runs on the same stack never clash. */
const RUN = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const DRUG = `Meloxicam 5 mg/ml E2E-${RUN}`;
/** How the prescription form lists it: name, then concentration. */
const DRUG_OPTION = `${DRUG} (5 mg/ml)`;

/** A fresh seizure with one individual Burmese python (a reptile), recorded as the keeper. */
async function seizeOnePython(): Promise<{ code: string; animalId: string }> {
	const { api, result } = await seizeAsKeeper('E2E-HEALTH', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const animal = await api.from('animals').select('id').eq('code', code).single();
	expect(animal.error).toBeNull();
	return { code, animalId: animal.data!.id };
}

let drugId: string;

test.beforeAll(async () => {
	const api = await apiAs(admin);
	const drug = await api.from('drugs').insert({ name: DRUG, concentration_mg_per_ml: 5, form: 'Injectable' }).select('id').single();
	expect(drug.error).toBeNull();
	drugId = drug.data!.id;
	const range = await api.from('drug_dose_ranges').insert({
		drug_id: drugId,
		taxon_class: 'reptile',
		min_mg_per_kg: 0.1,
		max_mg_per_kg: 0.5,
		source: 'Carpenter, Exotic Animal Formulary, 5th ed., p. 102'
	});
	expect(range.error).toBeNull();
});

async function openHealthAs(page: Page, account: { email: string; password: string }, code: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login$/);
	await page.goto(`/animals/${code}/health`);
	await expect(page.getByRole('heading', { level: 1, name: `Health of ${code}` })).toBeVisible();
}

function section(page: Page, name: string) {
	return page.getByRole('region', { name, exact: true });
}

async function fillPrescription(page: Page, dose: string) {
	const form = section(page, 'Prescribe');
	await form.getByLabel('Drug', { exact: true }).selectOption({ label: DRUG_OPTION });
	await form.getByLabel('Dose in mg/kg').fill(dose);
	await form.getByLabel('Route').selectOption({ label: 'Under the skin (SC)' });
	await form.getByLabel('Times a day').fill('1');
	await form.getByLabel('For how many days').fill('5');
	return form;
}

test('a vet weighs a python, prescribes from that weight (a reason outside the range) and logs a dose', async ({ page }) => {
	const { code } = await seizeOnePython();
	await signIn(page, vet.email, vet.password);
	await expect(page).toHaveURL('/vet');
	await page.goto(`/animals/${code}`);
	await page.getByRole('link', { name: 'Health: exams and medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Health of ${code}` })).toBeVisible();
	await expect(section(page, 'Latest weight')).toContainText('Not weighed yet');

	const exam = section(page, 'Record an exam');
	await exam.getByLabel('Weight (optional)').fill('2.5');
	await exam.getByLabel('Unit').selectOption('kg');
	await exam.getByLabel('Body condition score (optional)').selectOption('2');
	await exam.getByLabel('Respiratory').fill('Wheeze on expiration');
	await exam.getByRole('button', { name: 'Record the exam' }).click();
	await expect(exam.getByRole('status')).toHaveText('Exam recorded.');
	await expect(section(page, 'Latest weight')).toContainText('2.5 kg');
	const exams = section(page, 'Exams');
	await expect(exams.getByRole('row').nth(1)).toContainText('2.5 kg');
	await expect(exams).toContainText('Wheeze on expiration');
	await expect(exams).toContainText('Dr. Dara Lim');

	// 0.2 mg/kg × 2.5 kg ÷ 5 mg/ml = 0.1 ml; the form previews it, the database calculates it.
	let rx = await fillPrescription(page, '0.2');
	await expect(rx.getByText('Usual range for this class: 0.1–0.5 mg/kg.')).toBeVisible();
	await expect(rx.getByText(/^0\.1 ml per dose, from 2\.5 kg weighed/)).toBeVisible();
	await expect(rx.getByLabel('Why this dose')).toHaveCount(0);
	await rx.getByRole('button', { name: 'Save the prescription' }).click();
	await expect(rx.getByRole('status')).toHaveText('Prescription saved: 0.1 ml per dose.');
	const prescriptions = section(page, 'Active prescriptions');
	const first = prescriptions.getByRole('row').filter({ hasText: '0.2 mg/kg' });
	await expect(first).toContainText(DRUG);
	await expect(first).toContainText('0.1 ml');
	await expect(first).toContainText(/from 2\.5 kg weighed \d/);
	// The saved form starts over with its defaults, not with blank dates.
	await expect(rx.getByLabel('Dose in mg/kg')).toHaveValue('');
	await expect(rx.getByLabel('Starting on')).not.toHaveValue('');
	await expect(rx.getByLabel('Times a day')).toHaveValue('1');
	await expect(exam.getByLabel('When (date and time)')).not.toHaveValue('');

	// 1 mg/kg is twice the usual maximum: the database refuses it until a reason is written.
	rx = await fillPrescription(page, '1');
	await expect(rx.getByText('Outside the usual range: give the reason for this dose.')).toBeVisible();
	await rx.getByRole('button', { name: 'Save the prescription' }).click();
	await expect(rx.getByRole('alert')).toContainText('Nothing was saved');
	const reason = rx.getByLabel('Why this dose');
	await expect(reason).toHaveAttribute('aria-invalid', 'true');
	await expect(rx.getByText('This dose is outside the usual range: say why.')).toBeVisible();
	await expect(rx.getByLabel('Dose in mg/kg')).toHaveValue('1');
	await expect(prescriptions.getByRole('row').filter({ hasText: '1 mg/kg' })).toHaveCount(0);
	await reason.fill('Severe stomatitis, pain not controlled at the usual dose');
	await rx.getByRole('button', { name: 'Save the prescription' }).click();
	await expect(rx.getByRole('status')).toHaveText('Prescription saved: 0.5 ml per dose.');
	const second = prescriptions.getByRole('row').filter({ hasText: '1 mg/kg' });
	await expect(second).toContainText('0.5 ml');
	await expect(second).toContainText('Severe stomatitis, pain not controlled at the usual dose');
	// The weight chart's numbers, and the prescriptions it marks, are in the page as text.
	const weights = section(page, 'Latest weight');
	await expect(weights.getByRole('table', { name: 'Weights, 1 weighing' }).getByRole('row').nth(1)).toContainText('2.5');
	await expect(weights.getByRole('listitem').filter({ hasText: `${DRUG}, 1 mg/kg` })).toHaveCount(1);

	const dose = section(page, 'Log a dose');
	await dose.getByLabel('Prescription').selectOption({ label: `${DRUG}: 0.1 ml · Under the skin (SC)` });
	await dose.getByRole('radio', { name: 'Given' }).check();
	await dose.getByLabel('Volume given, in ml').fill('0.1');
	await dose.getByLabel('Notes (optional)').fill('Left flank');
	await dose.getByRole('button', { name: 'Log the dose' }).click();
	await expect(dose.getByRole('status')).toHaveText('Dose logged.');
	const logged = section(page, 'Medication log').getByRole('row').filter({ hasText: 'Left flank' });
	await expect(logged).toContainText(DRUG);
	await expect(logged).toContainText('Given');
	await expect(logged).toContainText('Dr. Dara Lim');
});

test('a keeper reads the records and logs a dose, but records no exam or prescription', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	const asVet = await apiAs(vet);
	const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
	const exam = await asVet.from('exams').insert([
		{ animal_id: animalId, examined_at: tenDaysAgo, weight_g: 2800 },
		{ animal_id: animalId, examined_at: new Date().toISOString(), weight_g: 3000 }
	] as never);
	expect(exam.error).toBeNull();
	const rx = await asVet
		.from('prescriptions')
		.insert({ animal_id: animalId, drug_id: drugId, dose_mg_per_kg: 0.3, route: 'im', frequency_per_day: 1, duration_days: 3, starts_on: '2026-01-01' } as never)
		.select('volume_ml')
		.single();
	expect(rx.error).toBeNull();
	expect(Number((rx.data as { volume_ml: number }).volume_ml)).toBe(0.18);

	const chartErrors: string[] = [];
	page.on('pageerror', (e) => chartErrors.push(e.message));
	await openHealthAs(page, keeper, code);
	await expect(section(page, 'Latest weight')).toContainText('3 kg');
	// Two weighings draw the chart (chart.js, loaded on demand) over the table of the same numbers.
	await expect(section(page, 'Latest weight').locator('canvas')).toBeVisible();
	await expect(section(page, 'Latest weight').getByRole('table', { name: 'Weights, 2 weighings' })).toBeVisible();
	expect(chartErrors).toEqual([]);
	await expect(section(page, 'Exams')).toContainText('3 kg');
	const prescriptions = section(page, 'Active prescriptions');
	await expect(prescriptions).toContainText(DRUG);
	await expect(prescriptions).toContainText('0.18 ml');
	await expect(prescriptions.getByRole('button', { name: 'Stop' })).toHaveCount(0);
	await expect(section(page, 'Record an exam')).toHaveCount(0);
	await expect(section(page, 'Record a problem')).toHaveCount(0);
	await expect(section(page, 'Prescribe')).toHaveCount(0);

	const dose = section(page, 'Log a dose');
	await dose.getByRole('radio', { name: 'Given' }).check();
	await dose.getByLabel('Volume given, in ml').fill('0.2');
	await dose.getByLabel('Notes (optional)').fill('Struggled, a little extra');
	await dose.getByRole('button', { name: 'Log the dose' }).click();
	await expect(dose.getByRole('status')).toHaveText('Dose logged.');
	const logged = section(page, 'Medication log').getByRole('row').filter({ hasText: 'Struggled, a little extra' });
	await expect(logged).toContainText('0.18 ml');
	await expect(logged).toContainText('0.2 ml');
	await expect(logged).toContainText('Vannak Sok');
});

test('4,000 kg for a python is refused next to the weight and nothing is written', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	await openHealthAs(page, vet, code);
	const exam = section(page, 'Record an exam');
	await exam.getByLabel('Weight (optional)').fill('4000');
	await exam.getByLabel('Unit').selectOption('kg');
	await exam.getByLabel('Assessment (optional)').fill('Typo check');
	await exam.getByRole('button', { name: 'Record the exam' }).click();

	await expect(exam.getByRole('alert')).toContainText('Nothing was saved');
	await expect(exam.getByText('This weight is impossible for an animal of this class: check the number and the unit.')).toBeVisible();
	await expect(exam.getByLabel('Weight (optional)')).toHaveAttribute('aria-invalid', 'true');
	await expect(exam.getByLabel('Weight (optional)')).toHaveValue('4000');
	await expect(exam.getByLabel('Unit')).toHaveValue('kg');
	await expect(section(page, 'Latest weight')).toContainText('Not weighed yet');
	await expect(section(page, 'Exams')).toContainText('No exams recorded yet.');
	const written = await (await apiAs(vet)).from('exams').select('id').eq('animal_id', animalId);
	expect(written.error).toBeNull();
	expect(written.data).toEqual([]);
});

test('a vet resolves a problem: a day before it started is refused and nothing changes; then it moves to the resolved list', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	const api = await apiAs(vet);
	const started = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
	const problem = await api.from('problems').insert({ animal_id: animalId, title: 'Mouth rot', started_on: started }).select('id').single();
	expect(problem.error).toBeNull();
	await openHealthAs(page, vet, code);
	const problems = section(page, 'Open problems');
	await expect(problems).toContainText('Mouth rot');
	const resolvedOn = problems.getByLabel('Resolved on');

	// The date field's own minimum stops this in the browser; the server must refuse it as well.
	await resolvedOn.evaluate((input) => input.removeAttribute('min'));
	await resolvedOn.fill('2020-01-01');
	await problems.getByRole('button', { name: 'Mark resolved' }).click();
	await expect(problems.getByText('A problem cannot be resolved before it started.')).toBeVisible();
	await expect(problems.getByLabel('Resolved on')).toHaveAttribute('aria-invalid', 'true');
	const unchanged = await api.from('problems').select('resolved_on').eq('id', problem.data!.id).single();
	expect(unchanged.data?.resolved_on).toBeNull();

	// A forged or stale problem id is answered in words, and nothing is written.
	for (const forged of ['not-an-id', crypto.randomUUID()]) {
		await problems.locator('input[name="problemId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), forged);
		await problems.getByLabel('Resolved on').fill(started);
		await problems.getByRole('button', { name: 'Mark resolved' }).click();
		await expect(problems.getByRole('alert')).toHaveText("This problem was not found among the animal's open problems.");
	}
	expect((await api.from('problems').select('resolved_on').eq('id', problem.data!.id).single()).data?.resolved_on).toBeNull();
	await problems.locator('input[name="problemId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), problem.data!.id);

	await problems.getByLabel('Resolved on').fill(started);
	await problems.getByRole('button', { name: 'Mark resolved' }).click();
	await expect(problems.getByRole('status')).toHaveText('Problem marked resolved.');
	await expect(problems.getByText('No open problems.')).toBeVisible();
	await expect(problems.getByRole('listitem').filter({ hasText: 'Mouth rot' })).toContainText(`${started} to ${started}`);
	const resolved = await api.from('problems').select('resolved_on').eq('id', problem.data!.id).single();
	expect(resolved.data?.resolved_on).toBe(started);
});

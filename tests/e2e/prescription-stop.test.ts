import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * Stopping a prescription on the health page: only a vet, only with a reason, once. A stopped
 * prescription leaves the active list, cannot be given any more, and keeps who stopped it and why.
 */
const { admin, vet, keeper } = demoAccounts;
const DRUG = `Meloxicam 5 mg/ml E2E-STOP-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
let drugId: string;

test.beforeAll(async () => {
	const api = await apiAs(admin);
	const drug = await api.from('drugs').insert({ name: DRUG, concentration_mg_per_ml: 5 }).select('id').single();
	expect(drug.error).toBeNull();
	drugId = drug.data!.id;
	const range = await api.from('drug_dose_ranges').insert({ drug_id: drugId, taxon_class: 'reptile', min_mg_per_kg: 0.1, max_mg_per_kg: 0.5, source: 'Carpenter, Exotic Animal Formulary, 5th ed., p. 102' });
	expect(range.error).toBeNull();
});

/** A python weighed and prescribed 0.3 mg/kg through the API by the vet: what the page then stops. */
async function prescribedPython(): Promise<{ code: string; prescriptionId: string }> {
	const { api: asKeeper, result } = await seizeAsKeeper('E2E-STOP', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const animal = await asKeeper.from('animals').select('id').eq('code', code).single();
	expect(animal.error).toBeNull();
	const asVet = await apiAs(vet);
	const exam = await asVet.from('exams').insert({ animal_id: animal.data!.id, examined_at: new Date().toISOString(), weight_g: 3000 } as never);
	expect(exam.error).toBeNull();
	const rx = await asVet
		.from('prescriptions')
		.insert({ animal_id: animal.data!.id, drug_id: drugId, dose_mg_per_kg: 0.3, route: 'im', frequency_per_day: 1, duration_days: 5, starts_on: '2026-01-01' } as never)
		.select('id')
		.single();
	expect(rx.error).toBeNull();
	return { code, prescriptionId: (rx.data as { id: string }).id };
}

async function openHealthAs(page: Page, account: { email: string; password: string }, code: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login$/);
	await page.goto(`/animals/${code}/health`);
	await expect(page.getByRole('heading', { level: 1, name: `Health of ${code}` })).toBeVisible();
}

async function stopInDb(prescriptionId: string) {
	const { data, error } = await (await apiAs(vet)).from('prescriptions').select('stopped_at, stop_reason, stopped_by').eq('id', prescriptionId).single();
	expect(error).toBeNull();
	return data!;
}

test('a vet stops a prescription with a reason; it leaves the active list and cannot be stopped again', async ({ page }) => {
	const { code, prescriptionId } = await prescribedPython();
	await openHealthAs(page, vet, code);
	const active = page.getByRole('region', { name: 'Active prescriptions', exact: true });
	const row = active.getByRole('row').filter({ hasText: DRUG });
	await expect(row).toContainText('0.18 ml');
	await expect(page.getByRole('region', { name: 'Log a dose', exact: true })).toBeVisible();

	// One letter is not a reason: refused next to the field, nothing stopped.
	await row.getByLabel('Reason for stopping').fill('x');
	await row.getByRole('button', { name: 'Stop' }).click();
	const reason = active.getByRole('row').filter({ hasText: DRUG }).getByLabel('Reason for stopping');
	await expect(reason).toHaveAttribute('aria-invalid', 'true');
	await expect(reason).toHaveAccessibleDescription('Say why the prescription is stopped.');
	expect(await stopInDb(prescriptionId)).toEqual({ stopped_at: null, stop_reason: null, stopped_by: null });

	await reason.fill('Vomits after each dose');
	await active.getByRole('row').filter({ hasText: DRUG }).getByRole('button', { name: 'Stop' }).click();
	await expect(active.getByRole('status')).toHaveText('Prescription stopped.');
	await expect(active.getByRole('row').filter({ hasText: DRUG })).toHaveCount(0);
	await expect(active).toContainText('No active prescriptions');
	// Nothing is left to give: the dose log's form is gone with it.
	await expect(page.getByRole('region', { name: 'Log a dose', exact: true })).toHaveCount(0);

	const stopped = await stopInDb(prescriptionId);
	expect(stopped).toMatchObject({ stop_reason: 'Vomits after each dose', stopped_by: vet.id });
	expect(Date.now() - Date.parse(stopped.stopped_at!)).toBeLessThan(10 * 60_000);
	// Stopped once, for good: the database refuses a second stop (or a changed reason).
	const again = await (await apiAs(vet)).from('prescriptions').update({ stop_reason: 'Changed my mind' }).eq('id', prescriptionId);
	expect(again.error?.code).toBe('42501');
	expect((await stopInDb(prescriptionId)).stop_reason).toBe('Vomits after each dose');
});

test('a keeper cannot stop a prescription: no form, the action is refused, the API changes nothing', async ({ page }) => {
	const { code, prescriptionId } = await prescribedPython();
	await openHealthAs(page, keeper, code);
	const active = page.getByRole('region', { name: 'Active prescriptions', exact: true });
	await expect(active.getByRole('row').filter({ hasText: DRUG })).toContainText('0.18 ml');
	await expect(active.getByLabel('Reason for stopping')).toHaveCount(0);
	await expect(active.getByRole('button', { name: 'Stop' })).toHaveCount(0);

	// The form action checks the role itself, whatever the page showed.
	const posted = await page.request.post(`/animals/${code}/health?/stopPrescription`, {
		form: { prescriptionId, stopReason: 'Keeper thinks it should stop' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(posted.status()).toBe(403);
	// Refused for the role (not as a cross-site post): the wrong-desk message names the keeper's.
	expect(await posted.text()).toContain('You are signed in as keeper.');
	// And RLS lets only vets update prescriptions: the keeper's UPDATE matches no row.
	const direct = await (await apiAs(keeper)).from('prescriptions').update({ stopped_at: new Date().toISOString(), stop_reason: 'Keeper thinks it should stop' }).eq('id', prescriptionId).select('id');
	expect(direct.data ?? []).toEqual([]);

	expect(await stopInDb(prescriptionId)).toEqual({ stopped_at: null, stop_reason: null, stopped_by: null });
	await page.reload();
	await expect(active.getByRole('row').filter({ hasText: DRUG })).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The end of custody other than release, against the real stack: a death, a euthanasia of part of a
 * group lot, an escape without JavaScript, a transfer out, an item destroyed; each refused when the
 * records forbid it (a second ending, more than the lot holds, the wrong role, an evidence hold),
 * with a message and nothing written.
 */
const { admin, vet, keeper } = demoAccounts;
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function seizeOnePython(): Promise<{ code: string; animalId: string; caseId: string }> {
	const { api, result } = await seizeAsKeeper('E2E-DISP', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	const code = result.lots[0].animalCodes[0];
	const animal = await api.from('animals').select('id').eq('code', code).single();
	expect(animal.error).toBeNull();
	return { code, animalId: animal.data!.id, caseId: result.caseId };
}

async function signInTo(page: Page, account: { email: string; password: string }, path: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login$/);
	await page.goto(path);
}

/** What the database holds about an animal's ending, read as the vet. */
async function endingOf(animalId: string) {
	const api = await apiAs(vet);
	const [animal, events, dispositions] = await Promise.all([
		api.from('animals').select('status').eq('id', animalId).single(),
		api.from('custody_events').select('event_type, head_count, to_agency').eq('animal_id', animalId).in('event_type', ['died', 'euthanized', 'escaped', 'transferred_out']),
		api.from('dispositions').select('kind').eq('animal_id', animalId)
	]);
	return { status: animal.data?.status, events: events.data ?? [], dispositions: dispositions.data ?? [] };
}

/** A form POST as a browser without JavaScript sends it (an HTML page back, with the action's status). */
function postForm(page: Page, path: string, form: Record<string, string>) {
	return page.request.post(path, { form, headers: { origin: new URL(page.url()).origin, accept: 'text/html' } });
}

/** A transfer out filled in on an open "Record a transfer out" form. */
async function fillTransfer(page: Page) {
	const form = section(page, 'End of custody');
	await form.getByLabel('Where', { exact: true }).fill('Main gate, Phnom Tamao');
	await form.getByLabel('Receiving organisation').fill('Angkor Centre for Conservation of Biodiversity');
	await form.getByLabel('Permit number').fill('FA-2026-0042');
	await form.getByLabel('Name', { exact: true }).fill('Sok Dara');
	await form.getByLabel('ID number (optional)').fill('ID-12345');
	await form.getByLabel("This ends the centre's custody of the animal and cannot be undone.").check();
	return form;
}

test('a keeper records a python found dead; a second ending is refused and writes nothing', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	await signInTo(page, keeper, `/animals/${code}`);
	const ending = section(page, 'End of custody');
	// A keeper records deaths and escapes, not euthanasia or transfers.
	await expect(ending.getByRole('link')).toHaveText(['Died', 'Escaped']);

	await ending.getByRole('link', { name: 'Died' }).click();
	await expect(ending.getByRole('heading', { name: 'Record a death' })).toBeVisible();
	const clientKey = await ending.locator('input[name="clientKey"]').inputValue();
	await ending.getByLabel('Where', { exact: true }).fill('Reptile house, tank 12');
	await ending.getByLabel('Yes, found dead').check();
	await ending.getByLabel('Cause, as far as known').fill('unknown');
	await ending.getByRole('button', { name: 'Record the end of custody' }).click();
	// Not confirmed: nothing recorded, the box says why.
	await expect(ending.getByRole('alert')).toHaveText('Nothing was recorded: correct the fields marked below.');
	await expect(ending.getByText('Tick the box to confirm.')).toBeVisible();
	expect((await endingOf(animalId)).dispositions).toEqual([]);

	await ending.getByLabel("This ends the centre's custody of the animal and cannot be undone.").check();
	await ending.getByRole('button', { name: 'Record the end of custody' }).click();
	await expect(ending.getByRole('status')).toHaveText("Recorded. The custody event is in the case's ledger.");
	await expect(ending).toContainText('Died');
	await expect(ending).toContainText('Reptile house, tank 12');
	await expect(ending).toContainText('Found dead');
	await expect(ending).toContainText('Cause: unknown');
	await expect(ending).toContainText('Vannak Sok');
	await expect(ending.getByRole('link', { name: 'Necropsy on the health page' })).toHaveAttribute('href', `/animals/${code}/health#necropsy-title`);
	await expect(ending.getByRole('button')).toHaveCount(0);
	expect(await endingOf(animalId)).toEqual({ status: 'died', events: [{ event_type: 'died', head_count: 1, to_agency: 'Phnom Tamao Wildlife Rescue Centre' }], dispositions: [{ kind: 'died' }] });

	const sent = { kind: 'died', occurredAt: '2026-11-20T08:00', place: 'Reptile house', foundDead: 'no', cause: 'trauma', confirm: 'yes' };
	// The same form resent (a poor connection) is answered as recorded, and records nothing new.
	const resent = await postForm(page, `/animals/${code}?/recordDisposition`, { ...sent, clientKey });
	expect(resent.status()).toBe(200);
	// Another ending of the same animal is refused in words.
	const again = await postForm(page, `/animals/${code}?/recordDisposition`, { ...sent, clientKey: randomUUID() });
	expect(again.status()).toBe(400);
	expect(await again.text()).toContain('Custody of this one has already ended: it is recorded once only. Nothing was recorded.');
	expect((await endingOf(animalId)).events).toHaveLength(1);
	expect((await endingOf(animalId)).dispositions).toHaveLength(1);
});

test('a vet euthanizes one cobra of a group lot; more than the lot holds is refused at the count', async ({ page }) => {
	const { api, result } = await seizeAsKeeper('E2E-DISP', { species: 'Naja kaouthia', count: 5, recordAs: 'group' });
	const lotId = result.lots[0].id;
	const counts = async () => (await api.from('lots').select('in_care, euthanized').eq('id', lotId).single()).data;
	await signInTo(page, vet, `/cases/${result.caseId}/lots/${lotId}`);
	const ending = section(page, 'End of custody');
	await expect(ending.getByRole('link')).toHaveText(['Died', 'Euthanized', 'Escaped', 'Transferred out']);
	await ending.getByRole('link', { name: 'Euthanized' }).click();
	await expect(ending.getByRole('heading', { name: 'Record a euthanasia' })).toBeVisible();

	const count = ending.getByLabel('How many animals');
	await count.fill('9');
	await ending.getByLabel('Where', { exact: true }).fill('Veterinary clinic');
	await ending.getByLabel('Reason').fill('Severe necrotic stomatitis, no response to treatment');
	await ending.getByLabel('Method').fill('pentobarbital IV after sedation');
	await ending.getByLabel('Authorised by').selectOption({ label: 'Dr. Dara Lim' });
	await ending.getByLabel("This ends the centre's custody of these animals and cannot be undone.").check();
	await ending.getByRole('button', { name: 'Record the end of custody' }).click();
	await expect(count).toHaveAttribute('aria-invalid', 'true');
	await expect(count).toHaveAccessibleDescription(/More than the lot has in care as a group\./);
	expect(await counts()).toEqual({ in_care: 5, euthanized: 0 });

	await count.fill('1');
	await ending.getByLabel("This ends the centre's custody of these animals and cannot be undone.").check();
	await ending.getByRole('button', { name: 'Record the end of custody' }).click();
	await expect(ending.getByRole('status')).toHaveText("Recorded: 1 euthanized. The lot's counts are updated.");
	expect(await counts()).toEqual({ in_care: 4, euthanized: 1 });
	const list = section(page, 'Ends of custody in this lot');
	const row = list.getByRole('row').filter({ hasText: 'Veterinary clinic' });
	await expect(row).toContainText('Euthanized');
	await expect(row).toContainText('Authorised by Dr. Dara Lim');
	await expect(list).toContainText('In care (group)4');
	const event = await api.from('custody_events').select('event_type, head_count').eq('lot_id', lotId).eq('event_type', 'euthanized');
	expect(event.data).toEqual([{ event_type: 'euthanized', head_count: 1 }]);
	// The form is ready for the next one: a count of 1 and the time filled in again.
	await expect(count).toHaveValue('1');
	await expect(ending.getByLabel('When (date and time)')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
	// The case's ledger says how many animals the event stands for.
	await page.goto(`/cases/${result.caseId}`);
	const last = page.locator('#timeline li.event').last();
	await expect(last.getByRole('heading')).toHaveText(/Euthanized/);
	await expect(last).toContainText('The group of Naja kaouthia: 1 animal');
});

test('a keeper is not offered a transfer, and a forged one is refused without writing anything', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	await signInTo(page, keeper, `/animals/${code}?end=transferred_out`);
	const ending = section(page, 'End of custody');
	await expect(ending.getByRole('link', { name: 'Transferred out' })).toHaveCount(0);
	await expect(ending.getByLabel('Receiving organisation')).toHaveCount(0);

	const forged = await postForm(page, `/animals/${code}?/recordDisposition`, {
		kind: 'transferred_out', occurredAt: '2026-11-20T08:00', place: 'Main gate', receivingOrganisation: 'Somewhere Zoo',
		permitNumber: 'X-1', receivedByName: 'Someone', confirm: 'yes'
	});
	expect(forged.status()).toBe(403);
	expect(await forged.text()).toContain('Your role cannot record this end of custody. Nothing was recorded.');
	// Garbage is a message too, never a 500.
	const garbage = await postForm(page, `/animals/${code}?/recordDisposition`, { kind: 'died', occurredAt: 'yesterday', count: 'many', clientKey: 'not-a-key' });
	expect(garbage.status()).toBe(400);
	expect(await garbage.text()).toContain('Nothing was recorded: correct the fields marked below.');
	expect(await endingOf(animalId)).toEqual({ status: 'in_care', events: [], dispositions: [] });
});

test('a vet transfers a python out to another organisation under a permit', async ({ page }) => {
	const { code, animalId } = await seizeOnePython();
	await signInTo(page, vet, `/animals/${code}`);
	await section(page, 'End of custody').getByRole('link', { name: 'Transferred out' }).click();
	const form = await fillTransfer(page);
	await form.getByRole('button', { name: 'Record the end of custody' }).click();
	await expect(form.getByRole('status')).toHaveText("Recorded. The custody event is in the case's ledger.");
	await expect(form).toContainText('Transferred out');
	await expect(form).toContainText('To Angkor Centre for Conservation of Biodiversity, permit FA-2026-0042');
	await expect(form).toContainText('Received by Sok Dara (ID ID-12345)');
	await expect(form.getByRole('link', { name: 'Necropsy on the health page' })).toHaveCount(0);
	await expect(page.locator('.animal-header .status')).toHaveText('Transferred');
	expect(await endingOf(animalId)).toEqual({
		status: 'transferred',
		events: [{ event_type: 'transferred_out', head_count: 1, to_agency: 'Angkor Centre for Conservation of Biodiversity' }],
		dispositions: [{ kind: 'transferred_out' }]
	});
});

test('a case on evidence hold: the transfer is refused with the hold message', async ({ page }) => {
	const { code, animalId, caseId } = await seizeOnePython();
	const hold = await (await apiAs(admin)).from('evidence_holds').insert({ case_id: caseId, reason: 'Trial pending at the Pursat court' } as never);
	expect(hold.error).toBeNull();
	await signInTo(page, vet, `/animals/${code}?end=transferred_out`);
	const form = section(page, 'End of custody');
	await expect(form).toContainText('This case is on evidence hold');
	await fillTransfer(page);
	await form.getByRole('button', { name: 'Record the end of custody' }).click();
	await expect(form.getByRole('alert')).toHaveText(
		'This case is on evidence hold: nothing of it can be transferred out, handed over or destroyed until the hold is lifted. Nothing was recorded.'
	);
	await expect(form.getByLabel('Receiving organisation')).toHaveValue('Angkor Centre for Conservation of Biodiversity');
	expect(await endingOf(animalId)).toEqual({ status: 'in_care', events: [], dispositions: [] });
});

test('an administrator destroys an evidence item on a court order', async ({ page }) => {
	const keeperApi = await apiAs(keeper);
	const seized = await keeperApi.rpc('record_seizure', {
		payload: {
			caseNumber: `E2E-DISP-ITEM-${Date.now()}`,
			seizedAt: '2026-06-14T05:30:00+07:00',
			location: { description: 'Market stall, Kampong Cham' },
			agency: 'Wildlife Rapid Rescue Team',
			leadOfficer: { name: 'Chea Sophal', agency: 'Forestry Administration', idNumber: 'FA-1123' },
			lots: [],
			items: [{ description: 'Pangolin scales', quantity: 12, unit: 'kg', sealNumbers: ['WRRT-S-9'] }]
		}
	});
	expect(seized.error).toBeNull();
	const caseId = (seized.data as { caseId: string }).caseId;
	await signInTo(page, admin, `/cases/${caseId}`);
	await page.getByRole('link', { name: 'Hand over or destroy Pangolin scales' }).click();
	const panel = section(page, 'Hand over or destroy: Pangolin scales');
	await panel.getByRole('radio', { name: 'Destroyed' }).check();
	await panel.getByLabel('Where', { exact: true }).fill('Municipal incinerator, Phnom Penh');
	await panel.getByLabel('Reason').fill('Court order 2026/118 to destroy the scales after the trial');
	await panel.getByLabel('Method').fill('Incineration witnessed by the court officer');
	await panel.getByLabel('Authorised by').selectOption({ label: 'Sokha Chan' });
	await panel.getByLabel("This ends the centre's custody of the item and cannot be undone.").check();
	await panel.getByRole('button', { name: 'Record the end of custody' }).click();

	const done = section(page, 'Pangolin scales: custody ended');
	await expect(done.getByRole('status')).toHaveText("Recorded. The custody event is in the case's ledger.");
	await expect(done).toContainText('Authorised by Sokha Chan');
	await expect(section(page, 'Evidence items').getByRole('row').filter({ hasText: 'Pangolin scales' })).toContainText('Destroyed');
	const item = await keeperApi.from('evidence_items').select('status').eq('case_id', caseId).single();
	expect(item.data?.status).toBe('destroyed');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a keeper chooses "Escaped" from its link and records it', async ({ page }) => {
		const { code, animalId } = await seizeOnePython();
		await signInTo(page, keeper, `/animals/${code}`);
		await section(page, 'End of custody').getByRole('link', { name: 'Escaped' }).click();
		const ending = section(page, 'End of custody');
		await expect(ending.getByRole('heading', { name: 'Record an escape' })).toBeVisible();
		await ending.getByLabel('Where', { exact: true }).fill('Outdoor pen 3');
		await ending.getByLabel('Notes (optional)').fill('Mesh torn at the north corner');
		await ending.getByLabel("This ends the centre's custody of the animal and cannot be undone.").check();
		await ending.getByRole('button', { name: 'Record the end of custody' }).click();
		await expect(section(page, 'End of custody')).toContainText('Notes: Mesh torn at the north corner');
		expect((await endingOf(animalId)).status).toBe('escaped');
	});
});

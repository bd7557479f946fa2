import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * Moves, quarantine and the intake exam of a whole lot as keepers and vets do them: the database
 * judges every rule, the form asks for a reason when one is broken, and the pages show the result.
 */
const { keeper, vet, admin } = demoAccounts;
const TANK_12 = '00000000-0000-4000-8000-00000000e111';
const TURTLE_POOL_Q1 = '00000000-0000-4000-8000-00000000e113';
const TURTLE_POND_3 = '00000000-0000-4000-8000-00000000e211';

/** A fresh seizure of one lot, recorded as the keeper through the API. */
const seize = (species: string, count: number, recordAs: 'group' | 'individual') => seizeAsKeeper('E2E-MOVE', { species, count, recordAs });

async function signInAs(page: Page, account: { email: string; password: string }) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login/);
}

function moveForm(page: Page) {
	return page.getByRole('form', { name: 'Move' });
}

test('a keeper moves a new animal into quarantine, then out of it only with a reason', async ({ page }) => {
	const { result } = await seize('Python bivittatus', 1, 'individual');
	const code = result.lots[0].animalCodes[0];
	await signInAs(page, keeper);
	await page.goto(`/animals/${code}`);
	await expect(page.getByText('Never quarantined.')).toBeVisible();
	await expect(moveForm(page).getByText('Not placed yet')).toBeVisible();

	await moveForm(page).getByLabel('Move to').selectOption(TURTLE_POND_3);
	await moveForm(page).getByRole('button', { name: 'Move' }).click();
	await expect(moveForm(page).getByText('it has never been through quarantine')).toBeVisible();

	await moveForm(page).getByLabel('Move to').selectOption(TANK_12);
	await moveForm(page).getByRole('button', { name: 'Move' }).click();
	await expect(page.getByText('Moved, and its quarantine has started.')).toBeVisible();
	await expect(page.getByText('In quarantine: day 1 of at least 60.')).toBeVisible();
	await expect(moveForm(page).getByRole('link', { name: 'Quarantine › Reptile house › Tank 12' })).toBeVisible();

	await moveForm(page).getByLabel('Move to').selectOption(TURTLE_POND_3);
	await moveForm(page).getByRole('button', { name: 'Move' }).click();
	await expect(moveForm(page).getByText('its quarantine has not been cleared by a vet')).toBeVisible();
	await moveForm(page).getByLabel('Reason for going ahead').fill('ok');
	await moveForm(page).getByRole('button', { name: 'Move' }).click();
	await expect(moveForm(page).getByText('Give the reason in at least 5 characters.')).toBeVisible();
	await moveForm(page).getByLabel('Reason for going ahead').fill('Tank 12 flooded; vet agreed by phone');
	await moveForm(page).getByRole('button', { name: 'Move' }).click();
	await expect(page.getByText('Moved. The move is in the custody timeline.')).toBeVisible();

	// The custody timeline and the enclosure's own page both show the move.
	await expect(page.getByRole('region', { name: 'Custody history' }).getByText('Phnom Tamao main › Turtle section › Turtle pond 3').first()).toBeVisible();
	await page.goto(`/enclosures/${TURTLE_POND_3}`);
	await expect(page.getByRole('region', { name: 'Animals here now' }).getByRole('link', { name: code })).toBeVisible();
	const history = page.getByRole('region', { name: 'Moves in and out' });
	await expect(history.getByRole('row').filter({ hasText: code })).toContainText('Tank 12 flooded; vet agreed by phone');
});

test('a vet clears a lot\'s quarantine early only with a reason, after confirming the required tests', async ({ page }) => {
	const { api, result } = await seize('Cuora amboinensis', 5, 'group');
	const lot = result.lots[0];
	const moved = await api.rpc('move_to_enclosure', { p_animal_id: null as unknown as string, p_lot_id: lot.id, p_to_enclosure_id: TURTLE_POOL_Q1 });
	expect(moved.error).toBeNull();

	await signInAs(page, vet);
	await page.goto(`/cases/${result.caseId}/lots/${lot.id}`);
	const panel = page.getByRole('region', { name: 'Quarantine' });
	await expect(panel.getByText('Tests required: Faecal parasite screen')).toBeVisible();
	await panel.getByRole('button', { name: 'Clear quarantine' }).click();
	await expect(panel.getByText('Confirm every required test first: Faecal parasite screen.')).toBeVisible();
	await panel.getByLabel('Faecal parasite screen: done, results seen').check();
	await panel.getByRole('button', { name: 'Clear quarantine' }).click();
	await expect(panel.getByText('The required length has not passed')).toBeVisible();
	await panel.getByLabel('Faecal parasite screen: done, results seen').check();
	await panel.getByLabel('Reason to clear before the required length').fill('Going to a partner centre\'s quarantine');
	await panel.getByRole('button', { name: 'Clear quarantine' }).click();
	await expect(panel.getByText('Quarantine cleared.')).toBeVisible();
	await expect(panel.getByText('Cleared early: Going to a partner centre\'s quarantine')).toBeVisible();
});

test('the admin adds an enclosure; the list shows each place with its occupancy', async ({ page }) => {
	await signInAs(page, admin);
	await page.goto('/enclosures');
	await expect(page.getByRole('row').filter({ hasText: 'Snake room' })).toContainText('468 of 500');
	const form = page.getByRole('form', { name: 'Add a place' });
	const name = `Tank E2E ${Date.now()}`;
	await form.getByLabel('Inside').selectOption({ label: 'Quarantine › Reptile house' });
	await form.getByLabel('Name').fill(name);
	await form.getByRole('button', { name: 'Add place' }).click();
	await expect(form.getByText('Choose the type of enclosure.')).toBeVisible();
	await expect(form.getByText('Enter the capacity: a whole number of animals from 1 to 100,000.')).toBeVisible();
	await form.getByLabel('Type of enclosure').selectOption('tank');
	await form.getByLabel('Capacity (head count)').fill('25');
	await form.getByRole('button', { name: 'Add place' }).click();
	await expect(form.getByText(`${name} was added.`)).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: name })).toContainText('0 of 25');
});

test('a vet records an intake exam of a whole lot; counts that cannot be are refused', async ({ page }) => {
	const { result } = await seize('Cuora amboinensis', 5, 'group');
	const lot = result.lots[0];
	await signInAs(page, vet);
	// A group lot is reached from its case page.
	await page.goto(`/cases/${result.caseId}`);
	await page.getByRole('link', { name: 'The group record: where it is, its quarantine, move it' }).click();
	await expect(page).toHaveURL(`/cases/${result.caseId}/lots/${lot.id}`);
	const exams = page.getByRole('region', { name: 'Intake exams of the lot' });
	await expect(exams.getByText('No exam of the whole lot yet.')).toBeVisible();
	const form = exams.getByRole('form', { name: 'Record an exam of the whole lot' });

	await form.getByLabel('Animals examined').fill('6');
	await form.getByLabel('Of them, with findings').fill('2');
	await form.getByRole('button', { name: 'Record the lot exam' }).click();
	await expect(form.getByText('More animals than the lot received.')).toBeVisible();

	await form.getByLabel('Animals examined').fill('5');
	await form.getByLabel('Of them, with findings').fill('7');
	await form.getByRole('button', { name: 'Record the lot exam' }).click();
	await expect(form.getByText('More animals with findings than were examined.')).toBeVisible();
	await expect(exams.getByRole('row')).toHaveCount(0);

	await form.getByLabel('Of them, with findings').fill('2');
	await form.getByLabel('Notes (optional)').fill('Two with shell rot');
	await form.getByRole('button', { name: 'Record the lot exam' }).click();
	await expect(exams.getByRole('status')).toHaveText('Lot exam recorded.');
	const row = exams.getByRole('row').filter({ hasText: 'Two with shell rot' });
	await expect(row).toContainText('5 examined, 2 with findings');
	await expect(row).toContainText('Dr. Dara Lim');
});

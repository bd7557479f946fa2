import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The evidence-hold panel of the case page, against the real stack: a granted prosecutor or an
 * admin places a hold and lifts it with the court's reference, a lift without one writes nothing,
 * a keeper sees the hold but no form, and a forged request is refused in words, never with a 500.
 */
const { admin, keeper, prosecutor } = demoAccounts;
const REASON = 'Trial set for March: the pythons are exhibits';

async function seizeCase(): Promise<string> {
	const { result } = await seizeAsKeeper('E2E-HOLD', { species: 'Python bivittatus', count: 3, recordAs: 'group' });
	return result.caseId;
}

/** The admin grants the case to the demo prosecutor, as the centre would. */
async function grantToProsecutor(caseId: string) {
	const granted = await (await apiAs(admin)).from('case_grants').insert({ case_id: caseId, prosecutor_id: prosecutor.id });
	expect(granted.error).toBeNull();
}

async function placeThroughApi(caseId: string): Promise<string> {
	const { data, error } = await (await apiAs(admin))
		.from('evidence_holds')
		.insert({ case_id: caseId, reason: REASON, court_reference: 'PP-Court 2026/118' })
		.select('id')
		.single();
	expect(error).toBeNull();
	return data!.id;
}

/** The case's holds as the database has them, oldest first. */
async function holdsInDb(caseId: string) {
	const { data, error } = await (await apiAs(admin))
		.from('evidence_holds')
		.select('id, reason, lifted_at, lift_court_reference, lift_notes')
		.eq('case_id', caseId)
		.order('placed_at');
	expect(error).toBeNull();
	return data!;
}

async function openCaseAs(page: Page, account: { email: string; password: string }, caseId: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login$/);
	await page.goto(`/cases/${caseId}`);
	await expect(page.getByRole('heading', { level: 1, name: /^Case E2E-HOLD-/ })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Evidence hold', exact: true });
const placeForm = (page: Page) => page.getByRole('form', { name: 'Place an evidence hold' });
const liftForm = (page: Page) => page.getByRole('form', { name: 'Lift the evidence hold' });
/** One fact of a hold: the definition next to its term. */
const fact = (scope: Locator, term: string) =>
	scope.locator('dl > div').filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
/**
 * A POST as use:enhance sends it, but without the form. The JSON answer carries the action's own
 * status: the HTML one is streamed (the chain verification comes later), and so always says 200.
 */
async function forge(page: Page, action: string, caseId: string, form: Record<string, string>) {
	const res = await page.request.post(`/cases/${caseId}?/${action}`, {
		form,
		headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
	});
	const result = (await res.json()) as { type: string; status?: number; data?: string; error?: { message: string } };
	return { httpStatus: res.status(), result };
}

test('a granted prosecutor reads the case, places a hold, and a second hold is refused', async ({ page }) => {
	const caseId = await seizeCase();
	await grantToProsecutor(caseId);
	await openCaseAs(page, prosecutor, caseId);

	const hold = panel(page);
	await expect(hold).toContainText('Not on evidence hold.');
	await expect(hold).toContainText('No hold on this case has been lifted.');
	// Read-only otherwise: the hold form is the only form on the page.
	await expect(page.locator('main form')).toHaveCount(1);
	// A second tab, opened before the hold is placed, still offers the form.
	const other = await page.context().newPage();
	await other.goto(`/cases/${caseId}`, { waitUntil: 'networkidle' });

	const form = placeForm(page);
	await form.getByLabel('Reason for the hold').fill(REASON);
	await form.getByLabel('Court reference (optional)').fill('PP-Court 2026/118');
	await form.getByRole('button', { name: 'Place the hold' }).click();

	await expect(hold.getByRole('status')).toHaveText('The case is now on evidence hold.');
	await expect(hold).toContainText(
		'On evidence hold: animals and items of this case cannot be released, transferred or destroyed until the hold is lifted.'
	);
	await expect(fact(hold, 'Reason')).toHaveText(REASON);
	await expect(fact(hold, 'Court reference')).toHaveText('PP-Court 2026/118');
	await expect(fact(hold, 'Placed by')).toHaveText('Rithy Heng');
	await expect(fact(hold, 'Placed on')).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
	await expect(placeForm(page)).toHaveCount(0);
	await expect(liftForm(page)).toBeVisible();

	// No form offers a second hold; the stale tab's is refused by the database, in words.
	await placeForm(other).getByLabel('Reason for the hold').fill('A second hold for the same trial');
	await placeForm(other).getByRole('button', { name: 'Place the hold' }).click();
	await expect(panel(other).getByRole('alert')).toHaveText('This case is already on evidence hold: reload the page to see it.');
	await other.reload();
	await expect(placeForm(other)).toHaveCount(0);
	await expect(fact(panel(other), 'Reason')).toHaveText(REASON);
	const second = await forge(page, 'placeHold', caseId, { reason: 'A second hold for the same trial' });
	expect(second.result).toMatchObject({ type: 'failure', status: 409 });
	expect(second.result.data).toContain('This case is already on evidence hold: reload the page to see it.');
	expect((await holdsInDb(caseId)).map((h) => h.reason)).toEqual([REASON]);
});

test("lifting needs the court's reference; with it the hold moves to the history", async ({ page }) => {
	const caseId = await seizeCase();
	const holdId = await placeThroughApi(caseId);
	await openCaseAs(page, admin, caseId);
	const hold = panel(page);
	await expect(fact(hold, 'Placed by')).toHaveText('Sokha Chan');

	let form = liftForm(page);
	await form.getByLabel(/^I confirm that the court has lifted this hold/).check();
	await form.getByRole('button', { name: 'Lift the hold' }).click();
	await expect(form.getByRole('alert')).toHaveText('Nothing was saved: correct the fields marked below.');
	const reference = form.getByLabel("Reference of the court's decision");
	await expect(reference).toHaveAttribute('aria-invalid', 'true');
	await expect(reference).toHaveAccessibleDescription(/Give the reference of the court's decision or letter that lifts the hold\./);
	await expect(hold).toContainText('On evidence hold');
	expect(await holdsInDb(caseId)).toEqual([expect.objectContaining({ id: holdId, lifted_at: null, lift_court_reference: null })]);

	// A malformed hold id is refused as bad input too, and writes nothing.
	const forged = await forge(page, 'liftHold', caseId, { holdId: 'not-a-hold', liftCourtReference: 'X', confirm: 'on' });
	expect(forged.result).toMatchObject({ type: 'failure', status: 400 });
	expect(forged.result.data).toContain('hold_unknown');
	expect((await holdsInDb(caseId))[0].lifted_at).toBeNull();

	form = liftForm(page);
	await reference.fill('PP-Court 2026/118 judgment');
	await form.getByLabel('Notes (optional)').fill('Verdict given; exhibits released to the centre');
	const confirm = form.getByLabel(/^I confirm that the court has lifted this hold/);
	if (!(await confirm.isChecked())) await confirm.check();
	await form.getByRole('button', { name: 'Lift the hold' }).click();

	await expect(hold.getByRole('status')).toHaveText('The hold is lifted. It is kept in the history of lifted holds.');
	await expect(hold).toContainText('Not on evidence hold.');
	const history = hold.getByRole('list', { name: 'Lifted holds' });
	const entry = history.getByRole('listitem');
	await expect(entry).toHaveCount(1);
	await expect(entry.getByRole('heading', { level: 4 })).toHaveText(/^Held from .+ to .+$/);
	await expect(fact(entry, 'Reason')).toHaveText(REASON);
	await expect(fact(entry, 'Court reference')).toHaveText('PP-Court 2026/118');
	await expect(fact(entry, 'Court reference for lifting')).toHaveText('PP-Court 2026/118 judgment');
	await expect(fact(entry, 'Notes')).toHaveText('Verdict given; exhibits released to the centre');
	await expect(fact(entry, 'Lifted by')).toHaveText('Sokha Chan');
	await expect(placeForm(page)).toBeVisible();
	expect(await holdsInDb(caseId)).toEqual([
		expect.objectContaining({ id: holdId, lift_court_reference: 'PP-Court 2026/118 judgment', lift_notes: 'Verdict given; exhibits released to the centre' })
	]);
});

test('a keeper sees the hold but no form, and a forged lift is refused without a 500', async ({ page }) => {
	const caseId = await seizeCase();
	const holdId = await placeThroughApi(caseId);
	await openCaseAs(page, keeper, caseId);

	const hold = panel(page);
	await expect(hold).toContainText('On evidence hold');
	await expect(hold).toContainText(REASON);
	await expect(hold.locator('form')).toHaveCount(0);

	const forged = await forge(page, 'liftHold', caseId, { holdId, liftCourtReference: 'Forged 1/2026', confirm: 'on' });
	expect(forged.httpStatus).toBe(403);
	// Refused for the role (not as a cross-site post): the wrong-desk message names the keeper's.
	expect(forged.result.error?.message).toContain('You are signed in as keeper.');
	const placed = await forge(page, 'placeHold', caseId, { reason: 'Forged hold by a keeper' });
	expect(placed.httpStatus).toBe(403);
	expect(await holdsInDb(caseId)).toEqual([expect.objectContaining({ id: holdId, reason: REASON, lifted_at: null })]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the admin places a hold and lifts it only once the box is ticked', async ({ page }) => {
		const caseId = await seizeCase();
		await openCaseAs(page, admin, caseId);

		await placeForm(page).getByLabel('Reason for the hold').fill('Tria');
		await placeForm(page).getByRole('button', { name: 'Place the hold' }).click();
		await expect(placeForm(page).getByLabel('Reason for the hold')).toHaveAccessibleDescription(/Write the reason out \(at least 5 characters\)\./);
		expect(await holdsInDb(caseId)).toEqual([]);

		await placeForm(page).getByLabel('Reason for the hold').fill(REASON);
		await placeForm(page).getByRole('button', { name: 'Place the hold' }).click();
		await expect(panel(page).getByRole('status')).toHaveText('The case is now on evidence hold.');

		const form = liftForm(page);
		await form.getByLabel("Reference of the court's decision").fill('PP-Court 2026/200 order');
		await form.getByRole('button', { name: 'Lift the hold' }).click();
		const confirm = liftForm(page).getByLabel(/^I confirm that the court has lifted this hold/);
		await expect(confirm).toHaveAccessibleDescription('Tick the box to confirm that the court has lifted the hold.');
		await expect(liftForm(page).getByLabel("Reference of the court's decision")).toHaveValue('PP-Court 2026/200 order');
		expect((await holdsInDb(caseId))[0].lifted_at).toBeNull();

		await confirm.check();
		await liftForm(page).getByRole('button', { name: 'Lift the hold' }).click();
		await expect(panel(page).getByRole('status')).toHaveText('The hold is lifted. It is kept in the history of lifted holds.');
		await expect(panel(page).getByRole('list', { name: 'Lifted holds' })).toContainText('PP-Court 2026/200 order');
		expect((await holdsInDb(caseId))[0].lift_court_reference).toBe('PP-Court 2026/200 order');
	});
});

import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { isoToLocalInput } from '../../src/lib/domain/centre-time.ts';
import { signIn } from './sign-in.ts';

const CODE = /^PT-\d{4}-\d{6}$/;
const caseNumber = (tag: string) => `E2E-${tag}-${Date.now().toString(36)}`;
const hoursAgo = (h: number) => isoToLocalInput(new Date(Date.now() - h * 3_600_000).toISOString());
const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function openIntake(page: Page) {
	await signIn(page, demoAccounts.keeper.email, demoAccounts.keeper.password);
	await expect(page).toHaveURL('/keeper');
	await page.goto('/intake');
	await expect(page.getByRole('heading', { name: 'Record a seizure' })).toBeVisible();
}

async function fillHeader(page: Page, number: string, seizedAt = hoursAgo(20)) {
	await page.getByLabel('Case number').fill(number);
	await page.getByLabel('Seized on (date and time)').fill(seizedAt);
	await page.getByLabel('Seizing agency').fill('Forestry Administration');
	await page.getByLabel('Place of seizure').fill('Checkpoint on NR4, Kampong Speu');
	await page.getByLabel('Name', { exact: true }).fill('Sok Dara');
	await page.getByLabel('Agency', { exact: true }).fill('Forestry Administration');
	await page.getByLabel('ID number', { exact: true }).fill('FA-1187');
	await page.getByLabel('Offender details (optional)').fill('Driver of a grey pick-up, plate 2A-1234');
}

/** Chooses a species the way a keyboard user does: part of a name, arrow down, Enter. */
async function chooseSpecies(page: Page, typed: string) {
	await page.keyboard.type(typed);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
}

test('a keeper records a whole seizure with the keyboard and prints its labels', async ({ page }) => {
	test.setTimeout(90_000);
	const number = caseNumber('kbd');
	await openIntake(page);
	await fillHeader(page, number);

	const first = row(page, 'Species row 1');
	await first.getByRole('combobox', { name: 'Species' }).focus();
	await chooseSpecies(page, 'slow lor');
	await expect(first.getByRole('combobox', { name: 'Species' })).toHaveValue('Nycticebus bengalensis');
	await expect(first.getByText('Bengal slow loris')).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await first.getByLabel('Record as').selectOption('individual');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Dehydrated, one with a wounded arm');
	await page.keyboard.press('Enter');

	const second = row(page, 'Species row 2');
	await expect(second.getByRole('combobox', { name: 'Species' })).toBeFocused();
	await chooseSpecies(page, 'ពង្រ');
	await expect(second.getByRole('combobox', { name: 'Species' })).toHaveValue('Manis javanica');
	await page.keyboard.press('Tab');
	await page.keyboard.type('104');
	await expect(page.getByText('Total: 107 animals in 2 species rows.')).toBeVisible();

	await page.getByRole('button', { name: 'Add an item' }).click();
	const item = row(page, 'Item 1');
	await expect(item.getByLabel('Description')).toBeFocused();
	await item.getByLabel('Description').fill('Wild meat, mostly pangolin');
	await item.getByLabel('Quantity').fill('173');
	await item.getByLabel('Seal numbers (optional)').fill('FA-S-0091, FA-S-0092');
	await page.getByRole('button', { name: 'Record the seizure' }).click();

	await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}\/done$/);
	await page.reload();
	await expect(page.getByRole('heading', { name: `Case ${number} is recorded` })).toBeVisible();
	const codes = await page.locator('.codes code').allTextContents();
	expect(codes).toHaveLength(3);
	for (const code of codes) expect(code).toMatch(CODE);
	await expect(page.getByText('104 animals · Group record')).toBeVisible();
	await expect(page.getByText('Wild meat, mostly pangolin · 173 kg')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open the case page' })).toHaveAttribute('href', /^\/cases\/[0-9a-f-]{36}$/);

	const labels = page.getByRole('link', { name: 'Print labels (PDF)' });
	const pdf = await page.request.get((await labels.getAttribute('href'))!);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toBe(`inline; filename="labels-${number}.pdf"`);
	expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	// Labels come in parts of 240 and for chosen codes; a part past the end or nonsense is refused.
	const href = (await labels.getAttribute('href'))!;
	const one = await page.request.get(`${href}?codes=${codes[1]}`);
	expect(one.status()).toBe(200);
	expect(one.headers()['content-disposition']).toBe(`inline; filename="labels-${number}-new.pdf"`);
	expect((await page.request.get(`${href}?part=2`)).status()).toBe(404);
	expect((await page.request.get(`${href}?part=first`)).status()).toBe(400);
	expect((await page.request.get(`${href}?codes=not-a-code`)).status()).toBe(400);

	// The same case number again: refused, and nothing typed is lost.
	await page.goto('/intake');
	await fillHeader(page, number);
	await first.getByRole('combobox', { name: 'Species' }).fill('Nycticebus bengalensis');
	await first.getByLabel('Number of animals').fill('3');
	await page.getByRole('button', { name: 'Add a species row' }).click();
	await second.getByRole('combobox', { name: 'Species' }).fill('Manis javanica');
	await second.getByLabel('Number of animals').fill('104');
	// The connection drops: the form stays, with a message instead of an error page.
	await page.route('**/intake?/record', (route) => route.abort('internetdisconnected'));
	await page.getByRole('button', { name: 'Record the seizure' }).click();
	await expect(page.getByRole('alert')).toContainText('The connection was lost');
	await expect(second.getByLabel('Number of animals')).toHaveValue('104');
	await page.unrouteAll();
	await page.getByRole('button', { name: 'Record the seizure' }).click();
	await expect(page.getByRole('alert')).toContainText('A case with this number already exists.');
	await expect(page.getByLabel('Case number')).toHaveValue(number);
	await expect(page.getByLabel('Case number')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Offender details (optional)')).toHaveValue('Driver of a grey pick-up, plate 2A-1234');
	await expect(first.getByRole('combobox', { name: 'Species' })).toHaveValue('Nycticebus bengalensis');
	await expect(second.getByLabel('Number of animals')).toHaveValue('104');
	await expect(page).toHaveURL('/intake');
});

test('invalid input is explained at each field and in a summary, and writes nothing', async ({ page }) => {
	const number = caseNumber('bad');
	await openIntake(page);
	await fillHeader(page, number, isoToLocalInput(new Date(Date.now() + 3 * 86_400_000).toISOString()));
	const first = row(page, 'Species row 1');
	await first.getByRole('combobox', { name: 'Species' }).fill('Gekko gecko');
	await first.getByLabel('Number of animals').fill('0');
	await page.getByRole('button', { name: 'Add a species row' }).click();
	const second = row(page, 'Species row 2');
	await second.getByRole('combobox', { name: 'Species' }).fill('Raphus cucullatus');
	await second.getByLabel('Number of animals').fill('1');
	// A slow connection: the form says it is saving and cannot be sent twice.
	await page.route('**/intake?/record', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 700));
		await route.continue();
	});
	await page.getByRole('button', { name: 'Record the seizure' }).click();
	await expect(page.getByRole('button', { name: 'Saving…' })).toBeDisabled();
	await page.unrouteAll({ behavior: 'wait' });

	const summary = page.getByRole('alert');
	await expect(summary).toContainText('There are 3 problems. Nothing was saved.');
	await expect(second.getByRole('combobox', { name: 'Species' })).toHaveAccessibleDescription(/“Raphus cucullatus” is not in the species list/);
	await expect(summary.getByRole('link', { name: /Species row 1: Number of animals/ })).toBeVisible();
	await expect(page.getByLabel('Seized on (date and time)')).toHaveAccessibleDescription(/This date and time is in the future\./);
	await expect(first.getByLabel('Number of animals')).toHaveAccessibleDescription('The count must be at least 1.');
	await summary.getByRole('link', { name: /Number of animals/ }).click();
	await expect(first.getByLabel('Number of animals')).toBeFocused();

	// Corrected, the same case number is accepted: the refused attempt wrote nothing.
	await second.getByRole('button', { name: 'Remove species row 2' }).click();
	await expect(second).toHaveCount(0);
	await expect(first.getByLabel('Number of animals')).toHaveAccessibleDescription('The count must be at least 1.');
	await page.getByLabel('Seized on (date and time)').fill(hoursAgo(2));
	await first.getByLabel('Number of animals').fill('12');
	await page.getByRole('button', { name: 'Record the seizure' }).click();
	await expect(page.getByRole('heading', { name: `Case ${number} is recorded` })).toBeVisible();
	// A group record has no animals to label.
	await expect(page.getByRole('link', { name: 'Print labels (PDF)' })).toHaveCount(0);
	const caseId = /\/intake\/([0-9a-f-]{36})\/done/.exec(page.url())![1];
	expect((await page.request.get(`/cases/${caseId}/labels.pdf`)).status()).toBe(400);
	expect((await page.request.get('/cases/00000000-0000-4000-8000-000000000000/labels.pdf')).status()).toBe(404);
});

test('staff who do not take in seizures get the forbidden page', async ({ page }) => {
	await signIn(page, demoAccounts.release_team.email, demoAccounts.release_team.password);
	await expect(page).toHaveURL('/release');
	const response = await page.goto('/intake');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Not your desk' })).toBeVisible();
	await expect(page.getByLabel('Case number')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the plain form adds a row and records a small seizure', async ({ page }) => {
		const number = caseNumber('nojs');
		await openIntake(page);
		await fillHeader(page, number);
		const first = row(page, 'Species row 1');
		// No autocomplete without JavaScript: the English name is taken for the scientific one.
		await first.getByLabel('Species').fill('Tokay gecko');
		await first.getByLabel('Number of animals').fill('2');
		await first.getByLabel('Record as').selectOption('individual');
		await page.getByRole('button', { name: 'Add an item' }).click();

		await expect(first.getByLabel('Species')).toHaveValue('Tokay gecko');
		await expect(page.getByLabel('Case number')).toHaveValue(number);
		const item = row(page, 'Item 1');
		await item.getByLabel('Description').fill('Glue traps');
		await item.getByLabel('Quantity').fill('6');
		await item.getByLabel('Unit').selectOption('count');
		await page.getByRole('button', { name: 'Record the seizure' }).click();

		await expect(page.getByRole('heading', { name: `Case ${number} is recorded` })).toBeVisible();
		const codes = await page.locator('.codes code').allTextContents();
		expect(codes).toHaveLength(2);
		for (const code of codes) expect(code).toMatch(CODE);
		await expect(page.getByText('Glue traps · 6 pieces')).toBeVisible();
	});
});

import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The page a keeper opens by scanning an animal's label: the animal's record, its custody history,
 * a handover with both parties, and a photo whose SHA-256 the page shows back.
 */
const { keeper } = demoAccounts;

/** A fresh seizure with one individual animal, recorded as the keeper through the API. */
async function seizeOneAnimal(): Promise<string> {
	const { result } = await seizeAsKeeper('E2E-ANIMAL', { species: 'Python bivittatus', count: 1, recordAs: 'individual' });
	return result.lots[0].animalCodes[0];
}

async function openAnimal(page: Page, code: string) {
	await signIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');
	await page.goto(`/animals/${code}`);
	await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
}

function handoverForm(page: Page) {
	return page.getByRole('region', { name: 'Record a handover' });
}

test('a keeper records a handover naming both parties; it is the newest event of the animal', async ({ page }) => {
	const code = await seizeOneAnimal();
	await openAnimal(page, code);
	await expect(page.getByRole('region', { name: 'Identification' })).toContainText('Python bivittatus');
	const timeline = page.getByRole('region', { name: 'Custody history' });
	await expect(timeline).toContainText('Received at the centre');

	const form = handoverForm(page);
	const receiver = form.getByRole('group', { name: 'Received by' });
	await expect(receiver.getByLabel('Name')).toHaveValue('Vannak Sok');
	await expect(receiver.getByLabel('Agency')).toHaveValue('Phnom Tamao Wildlife Rescue Centre');
	await form.getByLabel('What happened').selectOption({ label: 'Handed over' });
	await form.getByLabel('Place', { exact: true }).fill('Veterinary clinic');
	const giver = form.getByRole('group', { name: 'Handed over by' });
	await giver.getByLabel('Name').fill('Vannak Sok');
	await giver.getByLabel('Agency').fill('Phnom Tamao Wildlife Rescue Centre');
	await receiver.getByLabel('Name').fill('Dr. Dara Lim');
	await form.getByLabel('Seals applied (optional)').fill('CLN-7, CLN-8');
	await form.getByLabel(/I confirm these details are correct/).check();
	await form.getByRole('button', { name: 'Record the handover' }).click();

	await expect(form.getByRole('status')).toContainText(/Recorded as event #\d+\./);
	await expect(form.getByRole('status').locator('code')).toHaveText(/^[0-9a-f]{64}$/);
	const newest = timeline.getByRole('listitem').last();
	await expect(newest).toContainText('Handed over');
	await expect(newest).toContainText('Dr. Dara Lim');
	await expect(newest).toContainText('Veterinary clinic');
	await expect(newest).toContainText('CLN-7, CLN-8');
});

test('without the receiving party the form says so and keeps what was typed', async ({ page }) => {
	const code = await seizeOneAnimal();
	await openAnimal(page, code);
	const form = handoverForm(page);
	await form.getByLabel('What happened').selectOption({ label: 'Moved' });
	await form.getByLabel('Place', { exact: true }).fill('Quarantine block B');
	const receiver = form.getByRole('group', { name: 'Received by' });
	await receiver.getByLabel('Name').fill('');
	await form.getByLabel(/I confirm these details are correct/).check();
	await form.getByRole('button', { name: 'Record the handover' }).click();

	await expect(receiver.getByText("Enter the person's name.")).toBeVisible();
	await expect(receiver.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('Place', { exact: true })).toHaveValue('Quarantine block B');
	await expect(form.getByLabel('What happened')).toHaveValue('moved');
	await expect(page.getByRole('region', { name: 'Custody history' })).not.toContainText('Quarantine block B');
});

test('a keeper uploads a photo and sees its SHA-256 on the page', async ({ page }) => {
	const code = await seizeOneAnimal();
	await openAnimal(page, code);
	const png = Buffer.from(
		`89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1c2d80000000049454e44ae426082`,
		'hex'
	);
	const sha256 = createHash('sha256').update(png).digest('hex');

	const upload = page.getByRole('region', { name: 'Add a photo' });
	await upload.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'flank.png', mimeType: 'image/png', buffer: png });
	await upload.getByLabel('Caption (optional)').fill('Left flank on arrival');
	await upload.getByRole('button', { name: 'Upload photo' }).click();

	await expect(upload.getByRole('status')).toContainText(sha256);
	const gallery = page.getByRole('region', { name: 'Photos' });
	const photo = gallery.getByRole('listitem').filter({ hasText: 'Left flank on arrival' });
	await expect(photo).toContainText('Uploaded by Vannak Sok');
	await photo.getByText('SHA-256 fingerprint').click();
	await expect(photo.locator('code')).toHaveText(sha256);
	// The handover form can now cite it.
	await expect(handoverForm(page).getByRole('checkbox', { name: /Left flank on arrival/ })).toBeVisible();
});

test('a code in small letters leads to the printed code; an unknown or malformed code is not found', async ({ page }) => {
	const code = await seizeOneAnimal();
	await openAnimal(page, code);
	await page.goto(`/animals/${code.toLowerCase()}`);
	await expect(page).toHaveURL(`/animals/${code}`);
	expect((await page.goto('/animals/PT-1999-999999999'))?.status()).toBe(404);
	expect((await page.goto('/animals/not-a-code'))?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

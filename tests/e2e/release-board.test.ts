import { expect, test, type Page } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn } from './sign-in.ts';

/**
 * The release team's board against the real stack: a cobra group cleared from quarantine and
 * examined shows up ready to assess; once its assessment is approved it is released at a site
 * (coordinates outside Cambodia refused, a resent form recorded once), monitored (a day before
 * the release refused) and counted on the sites page; a held case shows why it waits.
 */
const { keeper, vet, admin, release_team: release } = demoAccounts;

/** A new cobra group the records let through to a release assessment: quarantined, cleared early by the vet, examined today. */
async function readyCobraGroup(count = 12) {
	const { api: keeperApi, result } = await seizeAsKeeper('E2E-REL', { species: 'Naja kaouthia', count, recordAs: 'group' });
	const lotId = result.lots[0].id;
	const moved = await keeperApi.rpc('move_to_enclosure', { p_animal_id: null, p_lot_id: lotId, p_to_enclosure_id: '00000000-0000-4000-8000-00000000e113' });
	expect(moved.error).toBeNull();
	const vetApi = await apiAs(vet);
	const q = await vetApi.from('quarantines').select('id, tests_required').eq('lot_id', lotId).is('cleared_at', null).single();
	expect(q.error).toBeNull();
	const cleared = await vetApi.rpc('clear_quarantine', {
		p_quarantine_id: q.data!.id,
		p_tests_done: q.data!.tests_required,
		p_notes: 'All negative',
		p_early_reason: 'E2E: cleared early to assess a release'
	});
	expect(cleared.error).toBeNull();
	const exam = await vetApi.from('lot_exams').insert({ lot_id: lotId, examined_at: new Date().toISOString(), count_examined: count, count_with_findings: 0 } as never);
	expect(exam.error).toBeNull();
	const c = await keeperApi.from('seizure_cases').select('case_number').eq('id', result.caseId).single();
	return { lotId, caseId: result.caseId, caseNumber: c.data!.case_number as string };
}

/** Every question answered yes, then the three approvals in order, through the API. */
async function approveAssessment(assessmentId: string) {
	const releaseApi = await apiAs(release);
	const a = await releaseApi.from('release_assessments').select('checklist_id, revision').eq('id', assessmentId).single();
	const questions = await releaseApi.from('release_checklist_questions').select('key').eq('checklist_id', a.data!.checklist_id);
	const answered = await releaseApi.rpc('answer_release_questions', {
		p_assessment_id: assessmentId,
		p_revision: a.data!.revision,
		p_answers: questions.data!.map((q) => ({ key: q.key, answer: 'yes' }))
	});
	expect(answered.error).toBeNull();
	const revision = answered.data as number;
	expect((await (await apiAs(vet)).rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'vet', p_revision: revision })).error).toBeNull();
	expect((await releaseApi.rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'release_lead', p_revision: revision })).error).toBeNull();
	const authority = await releaseApi.rpc('approve_release', {
		p_assessment_id: assessmentId,
		p_step: 'authority',
		p_revision: revision,
		p_authority_name: 'Keo Vuthy',
		p_authority_agency: 'Forestry Administration',
		p_document_number: 'FA-REL-2026/031'
	});
	expect(authority.error).toBeNull();
}

const region = (page: Page, name: RegExp) => page.getByRole('region', { name });
const lotCounts = async (lotId: string) =>
	(await (await apiAs(release)).from('lots').select('in_care, released').eq('id', lotId).single()).data;
const releasedDispositions = async (lotId: string) =>
	(await (await apiAs(release)).from('dispositions').select('id, head_count, release_event_id').eq('lot_id', lotId)).data;

test('a ready group is assessed, released at a site in Cambodia once, monitored and counted on the sites page', async ({ page }) => {
	const { lotId, caseId, caseNumber } = await readyCobraGroup();
	await signIn(page, release.email, release.password);
	await expect(page).toHaveURL('/release');

	// Readiest first: nothing in the records stands against this group.
	const candidate = region(page, /^Ready to assess/).getByRole('listitem').filter({ hasText: caseNumber });
	await expect(candidate).toContainText('Naja kaouthia');
	await expect(candidate).toContainText('Nothing in the records stands against a release.');
	await expect(candidate.getByLabel('How many to assess')).toHaveValue('12');
	await candidate.getByLabel('How many to assess').fill('5');
	await candidate.getByRole('button', { name: 'Assess for release' }).click();
	await expect(page).toHaveURL(/\/release\/assessments\/[0-9a-f-]{36}$/);
	const assessmentId = page.url().split('/').pop()!;

	await approveAssessment(assessmentId);
	// A photo taken at the site, uploaded on the case page, for the release to cite with its SHA-256.
	const png = Buffer.from(
		'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1c2d80000000049454e44ae426082',
		'hex'
	);
	const sha256 = createHash('sha256').update(png).digest('hex');
	await page.goto(`/cases/${caseId}`);
	const upload = page.getByRole('region', { name: 'Add a photo' });
	await upload.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'release.png', mimeType: 'image/png', buffer: png });
	await upload.getByLabel('Caption (optional)').fill('Cobras leaving the soft-release pen');
	await upload.getByRole('button', { name: 'Upload photo' }).click();
	await expect(upload.getByRole('status')).toContainText(sha256);

	await page.goto('/release');
	const approved = region(page, /^Approved — to schedule/).getByRole('listitem').filter({ hasText: caseNumber });
	await expect(approved).toContainText('5 animals of a group');
	await approved.getByRole('link', { name: 'Record the release' }).click();
	await expect(page).toHaveURL(`/release/new?assessment=${assessmentId}`);

	const form = page.getByRole('form', { name: 'Record a release' });
	const site = `Phnom Kulen ${randomUUID().slice(0, 8)}`;
	await expect(form.getByRole('checkbox', { name: new RegExp(caseNumber) })).toBeChecked();
	await form.getByLabel('Site name').fill(site);
	await form.getByLabel('Protected area (optional)').fill('Phnom Kulen National Park');
	await form.getByLabel('Latitude').fill('13.6');
	await form.getByLabel('Longitude').fill('100.5');
	await form.getByRole('radio', { name: /^Soft release/ }).check();
	await form.getByLabel('Team members').fill('Srey Mom Keo\nVannak Sok');
	await form.getByRole('checkbox', { name: /Cobras leaving the soft-release pen/ }).check();
	await form.getByRole('checkbox', { name: /^I confirm these animals were released/ }).check();
	await form.getByRole('button', { name: 'Record the release' }).click();

	// Thailand: refused at the latitude, with the reason field explained; nothing written.
	await expect(form.getByRole('alert')).toHaveText('Nothing was recorded: see the messages below.');
	await expect(form.getByLabel('Latitude')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('Latitude')).toHaveAccessibleDescription(/These coordinates are outside Cambodia\. Check them, or give the reason below\./);
	await expect(form.getByLabel('Outside the country: give the reason (optional)')).toBeVisible();
	expect(await releasedDispositions(lotId)).toEqual([]);
	expect(await lotCounts(lotId)).toEqual({ in_care: 12, released: 0 });

	await form.getByLabel('Longitude').fill('104.1');
	await form.getByRole('checkbox', { name: /^I confirm these animals were released/ }).check();
	const sent = await form.evaluate((f: HTMLFormElement) => Object.fromEntries(new FormData(f) as unknown as Iterable<[string, string]>));
	await form.getByRole('button', { name: 'Record the release' }).click();
	await expect(page).toHaveURL(/\/release\/events\/[0-9a-f-]{36}\?recorded=1$/);
	const eventId = new URL(page.url()).pathname.split('/').pop()!;
	await expect(page.getByRole('status')).toHaveText('Release recorded.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Release at ${site}`);
	await expect(page.getByRole('main')).toContainText('13.6, 104.1');
	await expect(page.getByRole('main')).toContainText(`Cobras leaving the soft-release pen ${sha256}`);
	// The cited photo's fingerprint is in the released animals' custody event, covered by the chain.
	const released = await (await apiAs(release)).from('custody_events').select('photo_sha256').eq('lot_id', lotId).eq('event_type', 'released').single();
	expect(released.data?.photo_sha256).toEqual([sha256]);
	await expect(page.getByRole('link', { name: '5 animals of a group' })).toBeVisible();
	expect(await lotCounts(lotId)).toEqual({ in_care: 7, released: 5 });

	// The same form resent on a poor connection lands on the same release and records nothing more.
	// (accept: text/html posts as a browser without JavaScript does: a redirect, not JSON.)
	const origin = new URL(page.url()).origin;
	const resent = await page.request.post('/release/new?/record', { form: sent, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	expect(resent.status()).toBe(303);
	expect(resent.headers().location).toBe(`/release/events/${eventId}?recorded=1`);
	expect(await releasedDispositions(lotId)).toEqual([expect.objectContaining({ head_count: 5, release_event_id: eventId })]);
	expect(await lotCounts(lotId)).toEqual({ in_care: 7, released: 5 });

	// Monitoring: a day before the release is refused at the date, today's sighting is kept.
	const entry = page.getByRole('form', { name: 'Add a monitoring entry' });
	const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
	await entry.getByLabel('Date seen').fill(yesterday);
	await entry.getByLabel('How', { exact: true }).selectOption({ label: 'Camera trap' });
	await entry.getByRole('button', { name: 'Add the entry' }).click();
	await expect(entry.getByLabel('Date seen')).toHaveAccessibleDescription('The date is before the release.');
	await expect(page.getByRole('main')).toContainText('No monitoring recorded yet.');

	const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
	await entry.getByLabel('Date seen').fill(today);
	await entry.getByLabel('How', { exact: true }).selectOption({ label: 'Camera trap' });
	await entry.getByLabel('Condition').selectOption({ label: 'Good' });
	await entry.getByLabel('Animals seen (optional)').fill('2');
	await entry.getByLabel('Location (optional)').fill('Stream 300 m north of the release point');
	const entryFields = Object.fromEntries(
		await entry.locator('input, select').evaluateAll((els) => els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value]))
	) as Record<string, string>;
	await entry.getByRole('button', { name: 'Add the entry' }).click();
	await expect(entry.getByRole('status')).toHaveText('Monitoring entry added.');
	// The entry resent with the same key, as after a lost answer: still one entry.
	const resentEntry = await page.request.post(`${new URL(page.url()).pathname}?/addEntry`, { form: entryFields, headers: { origin, accept: 'text/html' } });
	expect(resentEntry.status()).toBe(200);
	const monitored = await (await apiAs(release)).from('release_monitoring').select('id').eq('disposition_id', entryFields.dispositionId);
	expect(monitored.data).toHaveLength(1);
	const entries = page.getByRole('list', { name: 'Monitoring entries' });
	await expect(entries).toContainText('Camera trap · Good · 2 seen');
	await expect(entries).toContainText('Stream 300 m north of the release point');

	await page.goto('/release/monitoring');
	const listed = page.getByRole('region', { name: new RegExp(`Release at ${site}`) });
	await expect(listed).toContainText('Camera trap · Good · 2 seen');

	await page.goto('/release/sites');
	const row = page.getByRole('row').filter({ hasText: site });
	await expect(row).toContainText('Phnom Kulen National Park');
	await expect(row).toContainText('Naja kaouthia (Monocled cobra): 5');
	await expect(row.getByRole('cell').nth(3)).toHaveText('5');
});

test('a held case is listed under "Delayed by an evidence hold" with its reason and animals', async ({ page }) => {
	const { caseId, caseNumber } = await readyCobraGroup(9);
	const placed = await (await apiAs(admin))
		.from('evidence_holds')
		.insert({ case_id: caseId, reason: 'Trader appeals: the cobras are exhibits', court_reference: 'KPC-2026-114' } as never);
	expect(placed.error).toBeNull();

	await signIn(page, release.email, release.password);
	const held = region(page, /^Delayed by an evidence hold/).getByRole('listitem').filter({ hasText: caseNumber });
	await expect(held.getByRole('link', { name: caseNumber })).toHaveAttribute('href', `/cases/${caseId}`);
	await expect(held).toContainText('Trader appeals: the cobras are exhibits');
	await expect(held).toContainText('KPC-2026-114');
	await expect(held).toContainText('9 animals in care · 0 open assessments');
	// Its group is still a candidate, with the hold named against it.
	await expect(region(page, /^Ready to assess/).getByRole('listitem').filter({ hasText: caseNumber }).first()).toContainText(
		'The case is on evidence hold'
	);
});

test('forged or garbage posts are refused in words and write nothing; vets read the board but do not record', async ({ page }) => {
	const { lotId, caseNumber } = await readyCobraGroup(3);
	await signIn(page, release.email, release.password);
	await expect(page).toHaveURL('/release');
	const origin = new URL(page.url()).origin;

	const garbage = await page.request.post('/release?/openAssessment', { form: { lotId: 'nope', count: 'all' }, headers: { origin, accept: 'text/html' } });
	expect(garbage.status()).toBe(400);
	const tooMany = await page.request.post('/release?/openAssessment', { form: { lotId, count: '4' }, headers: { origin, accept: 'text/html' } });
	expect(tooMany.status()).toBe(400);
	expect(await tooMany.text()).toContain('The group has fewer animals in care than that.');
	const forged = await page.request.post('/release/new?/record', {
		form: {
			clientKey: randomUUID(),
			occurredAt: '2026-11-20T08:00',
			siteName: 'Forged site',
			latitude: '13.6',
			longitude: '104.1',
			method: 'soft',
			teamMembers: 'Nobody',
			assessment: randomUUID(),
			confirm: 'yes'
		},
		headers: { origin, accept: 'text/html' }
	});
	expect(forged.status()).toBe(400);
	expect(await forged.text()).toContain('One of these assessments is not in the cases open to you.');
	const sites = await (await apiAs(release)).from('release_events').select('id').eq('site_name', 'Forged site');
	expect(sites.data).toEqual([]);
	expect((await (await apiAs(release)).from('release_assessments').select('id').eq('lot_id', lotId)).data).toEqual([]);

	await page.context().clearCookies();
	await signIn(page, vet.email, vet.password);
	await expect(page).toHaveURL('/vet');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release planning');
	await expect(region(page, /^Ready to assess/).getByRole('listitem').filter({ hasText: caseNumber })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Release pages' }).getByRole('link', { name: 'Record a release' })).toHaveCount(0);
	expect((await page.goto('/release/new'))?.status()).toBe(403);

	await page.context().clearCookies();
	await signIn(page, keeper.email, keeper.password);
	await expect(page).toHaveURL('/keeper');
	expect((await page.goto('/release'))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a group is assessed, released and monitored with plain forms', async ({ page }) => {
		const { lotId, caseNumber } = await readyCobraGroup(4);
		await signIn(page, release.email, release.password);
		await expect(page).toHaveURL('/release');
		const candidate = region(page, /^Ready to assess/).getByRole('listitem').filter({ hasText: caseNumber });
		await candidate.getByRole('button', { name: 'Assess for release' }).click();
		await expect(page).toHaveURL(/\/release\/assessments\/[0-9a-f-]{36}$/);
		const assessmentId = page.url().split('/').pop()!;

		await approveAssessment(assessmentId);
		await page.goto(`/release/new?assessment=${assessmentId}`);
		const form = page.getByRole('form', { name: 'Record a release' });
		const site = `Prey Lang ${randomUUID().slice(0, 8)}`;
		await form.getByLabel('Site name').fill(site);
		await form.getByLabel('Latitude').fill('13.0');
		await form.getByLabel('Longitude').fill('105.6');
		await form.getByRole('radio', { name: /^Hard release/ }).check();
		await form.getByLabel('Team members').fill('Vannak Sok');
		await form.getByRole('checkbox', { name: /^I confirm these animals were released/ }).check();
		await form.getByRole('button', { name: 'Record the release' }).click();
		await expect(page.getByRole('status')).toHaveText('Release recorded.');
		await expect(page.getByRole('main')).toContainText('Hard release');
		expect(await lotCounts(lotId)).toEqual({ in_care: 0, released: 4 });

		const entry = page.getByRole('form', { name: 'Add a monitoring entry' });
		await entry.getByLabel('Condition').selectOption({ label: 'Fair' });
		await entry.getByRole('button', { name: 'Add the entry' }).click();
		await expect(page.getByRole('form', { name: 'Add a monitoring entry' }).getByRole('status')).toHaveText('Monitoring entry added.');
		await expect(page.getByRole('list', { name: 'Monitoring entries' })).toContainText('Sighting · Fair');
	});
});

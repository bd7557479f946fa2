import { expect, test, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { apiAs, seizeAsKeeper } from './api-as.ts';
import { signIn, signOut } from './sign-in.ts';

/**
 * The release assessment page against the real stack: the database's recommendation and its
 * reasons, the checklist, approvals in order by the roles that give them, the schedule, a change
 * that sends everything back for approval, forged and stale forms, and the alternative to release.
 */
const { vet, release_team: release } = demoAccounts;
const TURTLE_POOL_Q1 = '00000000-0000-4000-8000-00000000e113';
const SITE_QUESTION = /^Is the site suitable/;

/**
 * Five turtles of a group lot made ready for release in the records: quarantined in Turtle pool
 * Q1 and cleared by the vet, examined as a lot today. Then the release team opens an assessment.
 */
async function readyAssessment(): Promise<{ id: string; lotId: string; releaseApi: SupabaseClient }> {
	const { api: keeperApi, result } = await seizeAsKeeper('E2E-RELEASE', { species: 'Cuora amboinensis', count: 5, recordAs: 'group' });
	const lotId = result.lots[0].id;
	const moved = await keeperApi.rpc('move_to_enclosure', { p_animal_id: null, p_lot_id: lotId, p_to_enclosure_id: TURTLE_POOL_Q1 });
	expect(moved.error).toBeNull();

	const vetApi = await apiAs(vet);
	const quarantine = await vetApi.from('quarantines').select('id, tests_required').eq('lot_id', lotId).is('cleared_at', null).single();
	expect(quarantine.error).toBeNull();
	const cleared = await vetApi.rpc('clear_quarantine', {
		p_quarantine_id: quarantine.data!.id,
		p_tests_done: quarantine.data!.tests_required,
		p_early_reason: 'E2E: screened negative, release season'
	});
	expect(cleared.error).toBeNull();
	const exam = await vetApi.from('lot_exams').insert({ lot_id: lotId, examined_at: new Date().toISOString(), count_examined: 5, count_with_findings: 0 } as never);
	expect(exam.error).toBeNull();

	const releaseApi = await apiAs(release);
	const assessment = await releaseApi.from('release_assessments').insert({ lot_id: lotId, head_count: 5 } as never).select('id').single();
	expect(assessment.error).toBeNull();
	return { id: (assessment.data as { id: string }).id, lotId, releaseApi };
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openAs(page: Page, account: { email: string; password: string }, id: string) {
	await signIn(page, account.email, account.password);
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto(`/release/assessments/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Release assessment: 5 × Cuora amboinensis');
}

async function saveAnswers(page: Page) {
	await region(page, 'Checklist').getByRole('button', { name: 'Save the answers' }).click();
	await expect(region(page, 'Checklist').getByRole('status')).toHaveText('Answers saved.');
}

async function giveApproval(page: Page, title: string, fields: Record<string, string> = {}) {
	const form = region(page, 'Approvals').getByRole('form', { name: title });
	for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
	await form.getByRole('checkbox').check();
	await form.getByRole('button', { name: 'Approve' }).click();
	return form;
}

/** Tomorrow in the centre's time zone, as a date input wants it. */
function tomorrow(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date(Date.now() + 24 * 3600 * 1000));
}

test('answered yes, approved in order, scheduled; a changed answer sends it back; forged and stale forms are refused', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const { id, releaseApi } = await readyAssessment();
	await openAs(page, release, id);

	const recommendation = region(page, 'Recommendation');
	await expect(recommendation.getByText('Not yet', { exact: true })).toBeVisible();
	await expect(recommendation.getByRole('listitem')).toHaveCount(10);
	await expect(recommendation.getByRole('listitem').filter({ hasText: SITE_QUESTION })).toContainText('Not answered yet');
	await expect(recommendation).not.toContainText('What the records say');
	await expect(region(page, 'Checklist')).toContainText('Unknown counts as no');

	for (const yes of await region(page, 'Checklist').getByRole('radio', { name: 'Yes', exact: true }).all()) await yes.check();
	await saveAnswers(page);
	await expect(recommendation.getByText('Release', { exact: true })).toBeVisible();
	await expect(recommendation.getByRole('listitem')).toHaveCount(0);

	// The release team cannot give the vet's approval.
	const approvals = region(page, 'Approvals');
	await expect(approvals).toContainText("Next: Vet's approval. Your account cannot give it.");
	await expect(approvals.getByRole('form')).toHaveCount(0);

	await signOut(page);
	await openAs(page, vet, id);
	await giveApproval(page, "Give the vet's approval", { 'Notes (optional)': 'Fit, screened, good condition' });
	await expect(approvals.getByRole('status')).toHaveText('Approval recorded.');
	await expect(approvals.getByRole('listitem').filter({ hasText: "Vet's approval" })).toContainText('Approved by Dr. Dara Lim');

	await signOut(page);
	await openAs(page, release, id);
	await giveApproval(page, "Give the release team lead's approval");
	await expect(approvals.getByRole('listitem').filter({ hasText: "Release team lead's approval" })).toContainText('Approved by Srey Mom Keo');

	// The authority's approval without its document number: refused at the field, nothing written.
	let form = await giveApproval(page, "Record the authority's approval", { "Official's name": 'Keo Vuthy', Agency: 'Forestry Administration' });
	await expect(form.getByLabel('Number of the authorising document')).toHaveAccessibleDescription('Enter the number of the authorising document.');
	await expect(form.getByLabel("Official's name")).toHaveValue('Keo Vuthy');
	const written = await releaseApi.from('release_approvals').select('step').eq('assessment_id', id);
	expect(written.error).toBeNull();
	expect((written.data ?? []).map((a) => a.step).sort()).toEqual(['release_lead', 'vet']);
	form = await giveApproval(page, "Record the authority's approval", { 'Number of the authorising document': 'FA-REL-2026/031' });
	await expect(approvals.getByText('All three approvals count for this revision.')).toBeVisible();
	await expect(approvals.getByRole('listitem').filter({ hasText: "Authority's approval" })).toContainText('Keo Vuthy, Forestry Administration; document FA-REL-2026/031');

	const schedule = region(page, 'Release date');
	await schedule.getByLabel('Date of the release').fill(tomorrow());
	await schedule.getByRole('button', { name: 'Schedule' }).click();
	await expect(schedule.getByRole('status')).toHaveText('Release date saved.');
	await expect(schedule).toContainText('Scheduled for');
	await expect(schedule.getByRole('link', { name: 'Record the release' })).toHaveAttribute('href', `/release/new?assessment=${id}`);
	await schedule.getByRole('button', { name: 'Clear the date' }).click();
	await expect(schedule.getByRole('status')).toHaveText('Release date cleared.');
	await expect(schedule.getByRole('link', { name: 'Record the release' })).toHaveCount(0);
	await schedule.getByLabel('Date of the release').fill(tomorrow());
	await schedule.getByRole('button', { name: 'Schedule' }).click();
	await expect(schedule.getByRole('link', { name: 'Record the release' })).toBeVisible();

	// One answer changed after the approvals: none of them counts any more and the date is dropped.
	const checklist = region(page, 'Checklist');
	await expect(checklist).toContainText('the approvals given so far stop counting');
	await checklist.getByRole('group', { name: SITE_QUESTION }).getByRole('radio', { name: 'Not yet' }).check();
	await checklist.getByRole('group', { name: SITE_QUESTION }).getByLabel('Note (optional)').fill('Rains came early');
	await saveAnswers(page);
	await expect(recommendation.getByText('Not yet', { exact: true })).toBeVisible();
	await expect(recommendation.getByRole('listitem')).toContainText('Answered: not yet');
	await expect(approvals.getByText(/No longer counts: the assessment changed after it/)).toHaveCount(3);
	await expect(approvals).toContainText('No approval can be given while something blocks the release.');
	await expect(schedule).toContainText('Not scheduled');
	await expect(schedule.getByRole('link', { name: 'Record the release' })).toHaveCount(0);

	// Forged approvals: a garbage revision, a step that is not the release team's. Messages, no 500.
	const forge = (fields: Record<string, string>) =>
		page.request.post(`/release/assessments/${id}?/approve`, { form: { confirm: 'yes', ...fields }, headers: { origin: baseURL!, accept: 'text/html' } });
	let response = await forge({ revision: 'garbage', step: 'vet' });
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('This form is out of date or damaged');
	const revision = (await releaseApi.from('release_assessments').select('revision').eq('id', id).single()).data!.revision as number;
	response = await forge({ revision: String(revision), step: 'vet' });
	expect(response.status()).toBe(403);
	expect(await response.text()).toContain('Your account cannot do this');
	response = await forge({ revision: String(revision), step: 'judge' });
	expect(response.status()).toBe(400);
	const after = await releaseApi.from('release_approvals').select('id').eq('assessment_id', id);
	expect(after.data).toHaveLength(3);

	// Someone else answers while the form is open: the save is refused and the current answers shown.
	await page.reload();
	const other = await releaseApi.rpc('answer_release_questions', {
		p_assessment_id: id,
		p_revision: revision,
		p_answers: [{ key: 'site', answer: 'yes', note: 'Dry season again' }]
	});
	expect(other.error).toBeNull();
	await checklist.getByRole('group', { name: /^Is there a monitoring plan/ }).getByRole('radio', { name: 'Unknown' }).check();
	await checklist.getByRole('button', { name: 'Save the answers' }).click();
	await expect(checklist.getByRole('alert')).toContainText('Someone changed this assessment since you opened it');
	await expect(checklist.getByRole('group', { name: SITE_QUESTION }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
	await expect(checklist.getByRole('group', { name: SITE_QUESTION }).getByLabel('Note (optional)')).toHaveValue('Dry season again');
	await expect(checklist.getByRole('group', { name: /^Is there a monitoring plan/ }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
	await expect(recommendation.getByText('Release', { exact: true })).toBeVisible();
});

test('an answer of never makes it not releasable; the release team records permanent care with its reason', async ({ page }) => {
	const { id } = await readyAssessment();
	await openAs(page, release, id);

	// What is assessed: site, type and how many of the group; a change is a new revision.
	const details = region(page, 'What is assessed');
	await details.getByLabel('Proposed release site').fill('Phnom Kulen');
	await details.getByLabel('Release type').selectOption({ label: 'Conservation release' });
	await details.getByLabel('Number of animals').fill('0');
	await details.getByRole('button', { name: 'Save the details' }).click();
	await expect(details.getByLabel('Number of animals')).toHaveAccessibleDescription(/Enter a whole number of animals, at least 1\./);
	await details.getByLabel('Number of animals').fill('4');
	await details.getByRole('button', { name: 'Save the details' }).click();
	await expect(details.getByRole('status')).toHaveText('Details saved.');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Release assessment: 4 × Cuora amboinensis');
	const summary = page.getByRole('definition');
	await expect(summary.filter({ hasText: 'Phnom Kulen' })).toHaveCount(1);
	await expect(summary.filter({ hasText: 'Conservation release' })).toHaveCount(1);
	await expect(summary.filter({ hasText: /^2$/ })).toHaveCount(1);

	const checklist = region(page, 'Checklist');
	await checklist.getByRole('group', { name: /^Fit in body and behaviour/ }).getByRole('radio', { name: 'Never (cannot be put right)' }).check();
	await checklist.getByRole('group', { name: /^Fit in body and behaviour/ }).getByLabel('Note (optional)').fill('Shell deformed: cannot dig or bask');
	await saveAnswers(page);

	const recommendation = region(page, 'Recommendation');
	await expect(recommendation.getByText('Not releasable', { exact: true })).toBeVisible();
	await expect(recommendation.getByRole('listitem').filter({ hasText: 'Fit in body and behaviour' })).toContainText('permanent care if it cannot be put right');
	await expect(region(page, 'Approvals')).toContainText('These animals cannot be released: no approval can be given.');

	const alternative = region(page, 'Alternative to release');
	await expect(alternative.getByRole('listitem')).toHaveText(['Permanent care in the centre', 'Transfer to another facility (non-commercial first)', 'Euthanasia, the last option']);
	await expect(alternative.getByRole('radio')).toHaveCount(2);
	await expect(alternative).toContainText('Only a vet can choose euthanasia.');
	await alternative.getByRole('radio', { name: 'Permanent care in the centre' }).check();
	await alternative.getByLabel('Reason').fill('short');
	await alternative.getByRole('button', { name: 'Record the alternative' }).click();
	await expect(alternative.getByLabel('Reason')).toHaveAccessibleDescription(/Say why in at least 10 characters\./);
	await alternative.getByLabel('Reason').fill('Deformed shell: cannot survive in the wild; stays in the turtle section');
	await alternative.getByRole('button', { name: 'Record the alternative' }).click();
	await expect(alternative.getByRole('status')).toHaveText('Alternative recorded.');
	await expect(alternative).toContainText('Chosen: Permanent care in the centre');
	await expect(alternative).toContainText('Deformed shell: cannot survive in the wild; stays in the turtle section');

	// In Khmer, the questions and routes are the database's Khmer text.
	await page.getByRole('button', { name: 'ខ្មែរ' }).click();
	await expect(page.getByRole('region', { name: 'អនុសាសន៍' })).toContainText('មិនអាចដោះលែងបាន');
	await expect(page.getByRole('region', { name: 'បញ្ជីត្រួតពិនិត្យ' }).getByRole('group', { name: /^តើមានសុខភាពរាងកាយ និងឥរិយាបថល្អ/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'អនុសាសន៍' })).toContainText('ការថែទាំជាអចិន្ត្រៃយ៍ បើមិនអាចកែបាន');

	// A malformed or unknown id is a plain 404.
	expect((await page.goto('/release/assessments/not-an-id'))?.status()).toBe(404);
	expect((await page.goto('/release/assessments/00000000-0000-4000-8000-00000000dead'))?.status()).toBe(404);
});

test('what the records say against a release is listed in words', async ({ page }) => {
	// Seized and assessed at once: never quarantined, never examined.
	const { result } = await seizeAsKeeper('E2E-RELEASE', { species: 'Cuora amboinensis', count: 5, recordAs: 'group' });
	const assessment = await (await apiAs(release)).from('release_assessments').insert({ lot_id: result.lots[0].id, head_count: 5 } as never).select('id').single();
	expect(assessment.error).toBeNull();
	await openAs(page, release, (assessment.data as { id: string }).id);
	const recommendation = region(page, 'Recommendation');
	await expect(recommendation.getByText('Not yet', { exact: true })).toBeVisible();
	await expect(recommendation.getByRole('listitem').filter({ hasText: 'Never quarantined.' })).toHaveCount(1);
	await expect(recommendation.getByRole('listitem').filter({ hasText: 'No exam in the last 30 days.' })).toHaveCount(1);
	await expect(page.getByRole('link', { name: '5 of the group (5 in care)' })).toHaveAttribute('href', `/cases/${result.caseId}/lots/${result.lots[0].id}`);
});

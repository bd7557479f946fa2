import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/types/database';
import { demo, signedIn } from '../support/clients.ts';

/**
 * The release and disposition rules through PostgREST itself, as any API client would meet them
 * (supabase-js against the running stack, demo users, no app in between): each refusal carries its
 * SQLSTATE and a sentence, and leaves the lot's counts as they were.
 */
type Client = SupabaseClient<Database>;
const run = `IT-REL-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
let keeper: Client, vet: Client, release: Client, admin: Client;
let caseId: string, lotId: string, pythonIds: string[];

const counts = async () => (await vet.from('lots').select('in_care, released, died, transferred').eq('id', lotId).single()).data;

async function seize() {
	const { data, error } = await keeper.rpc('record_seizure', {
		payload: {
			caseNumber: run,
			seizedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
			location: { description: 'Boat at Kampong Chhnang landing' },
			agency: 'Wildlife Rapid Rescue Team',
			leadOfficer: { name: 'Chea Sophal', agency: 'Forestry Administration', idNumber: 'FA-1123' },
			lots: [
				{ species: 'Python bivittatus', count: 2, recordAs: 'individual' },
				{ species: 'Naja kaouthia', count: 12, recordAs: 'group' }
			],
			items: []
		}
	});
	expect(error).toBeNull();
	const result = data as { caseId: string; lots: { id: string; animalCodes: string[] }[] };
	caseId = result.caseId;
	lotId = result.lots[1].id;
	const animals = await vet.from('animals').select('id, code').in('code', result.lots[0].animalCodes);
	pythonIds = animals.data!.map((a) => a.id);
}

/** The cobra group quarantined, cleared and examined, so only the answers stand between it and release. */
async function readyOnTheRecords() {
	expect((await keeper.rpc('move_to_enclosure', { p_animal_id: null as never, p_lot_id: lotId, p_to_enclosure_id: '00000000-0000-4000-8000-00000000e113' })).error).toBeNull();
	const q = await vet.from('quarantines').select('id, tests_required').eq('lot_id', lotId).is('cleared_at', null).single();
	expect((await vet.rpc('clear_quarantine', { p_quarantine_id: q.data!.id, p_tests_done: q.data!.tests_required, p_early_reason: 'Integration test' })).error).toBeNull();
	expect((await vet.from('lot_exams').insert({ lot_id: lotId, examined_at: new Date().toISOString(), count_examined: 12, count_with_findings: 0 } as never)).error).toBeNull();
}

beforeAll(async () => {
	[keeper, vet, release, admin] = (await Promise.all(
		[demo.keeper, demo.vet, demo.release, demo.admin].map((a) => signedIn(a.email, a.password))
	)) as unknown as Client[];
	await seize();
	await readyOnTheRecords();
});

describe('release rules through PostgREST', () => {
	let assessmentId: string;

	it('refuses approving, scheduling and releasing while an answer blocks, and approving as the wrong role', async () => {
		const opened = await release.from('release_assessments').insert({ lot_id: lotId, head_count: 5 } as never).select('id').single();
		expect(opened.error).toBeNull();
		assessmentId = opened.data!.id;

		const vetApproval = await vet.rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'vet', p_revision: 1 });
		expect(vetApproval.error).toMatchObject({ code: 'RL313', message: 'Something still blocks this release: it cannot be approved.' });
		const released = await release.rpc('record_release', {
			p_occurred_at: new Date().toISOString(), p_site_name: 'Phnom Kulen', p_latitude: 13.6, p_longitude: 104.1,
			p_method: 'soft', p_team_members: ['Srey Mom Keo'], p_subjects: [{ assessment_id: assessmentId }]
		});
		expect(released.error).toMatchObject({ code: 'RL313' });

		const questions = await release.from('release_checklist_questions').select('key');
		const answered = await release.rpc('answer_release_questions', {
			p_assessment_id: assessmentId, p_revision: 1, p_answers: questions.data!.map((q) => ({ key: q.key, answer: 'yes' }))
		});
		expect(answered).toMatchObject({ error: null, data: 2 });
		const wrongRole = await release.rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'vet', p_revision: 2 });
		expect(wrongRole.error).toMatchObject({ code: '42501', message: "Only a vet gives the vet's approval." });
		const forged = await release.from('release_approvals').insert({ assessment_id: assessmentId, step: 'vet', revision: 2 } as never);
		expect(forged.error?.code).toBe('42501');
		expect((await vet.from('release_approvals').select('id').eq('assessment_id', assessmentId)).data).toEqual([]);
	});

	it('refuses coordinates outside the country and more animals than assessed, then releases once', async () => {
		expect((await vet.rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'vet', p_revision: 2 })).error).toBeNull();
		expect((await release.rpc('approve_release', { p_assessment_id: assessmentId, p_step: 'release_lead', p_revision: 2 })).error).toBeNull();
		expect((await release.rpc('approve_release', {
			p_assessment_id: assessmentId, p_step: 'authority', p_revision: 2,
			p_authority_name: 'Keo Vuthy', p_authority_agency: 'Forestry Administration', p_document_number: 'FA-REL-2026/031'
		})).error).toBeNull();
		const release5 = (extra: Record<string, unknown>) => release.rpc('record_release', {
			p_occurred_at: new Date().toISOString(), p_site_name: 'Phnom Kulen', p_latitude: 13.6, p_longitude: 104.1,
			p_method: 'soft', p_team_members: ['Srey Mom Keo'], p_subjects: [{ assessment_id: assessmentId }], ...extra
		} as never);

		expect((await release5({ p_longitude: 100.5 })).error).toMatchObject({ code: 'RL321', hint: 'latitude' });
		expect((await release5({ p_subjects: [{ assessment_id: assessmentId, count: 6 }] })).error).toMatchObject({ code: 'RL302' });
		expect(await counts()).toEqual({ in_care: 12, released: 0, died: 0, transferred: 0 });

		const key = crypto.randomUUID();
		const first = await release5({ p_client_key: key });
		expect(first.error).toBeNull();
		const resent = await release5({ p_client_key: key });
		expect(resent.data).toBe(first.data);
		expect(await counts()).toEqual({ in_care: 7, released: 5, died: 0, transferred: 0 });
		expect((await release5({})).error).toMatchObject({ code: 'RL320' });
	});

	it('refuses a second disposition of an animal already gone, and a transfer of a held case', async () => {
		const died = () => keeper.rpc('record_disposition', {
			p_kind: 'died', p_occurred_at: new Date().toISOString(), p_place: 'Snake house', p_animal_id: pythonIds[0],
			p_found_dead: true, p_cause: 'Found dead at the morning round'
		} as never);
		expect((await died()).error).toBeNull();
		expect((await died()).error).toMatchObject({ code: 'RL301', hint: 'form' });

		expect((await admin.from('evidence_holds').insert({ case_id: caseId, reason: 'Exhibits for the appeal' } as never)).error).toBeNull();
		const transfer = await vet.rpc('record_disposition', {
			p_kind: 'transferred_out', p_occurred_at: new Date().toISOString(), p_place: 'Centre gate', p_lot_id: lotId, p_count: 2,
			p_receiving_organisation: 'ACCB', p_permit_number: 'FA-TR-2026/78', p_received_by_name: 'Bun Thy'
		} as never);
		expect(transfer.error).toMatchObject({ code: 'RL303' });
		expect(await counts()).toEqual({ in_care: 7, released: 5, died: 0, transferred: 0 });
		const plainEvent = await keeper.from('custody_events').insert({
			case_id: caseId, lot_id: lotId, event_type: 'died', occurred_at: new Date().toISOString(), place: 'Snake house',
			to_name: 'Vannak Sok', to_agency: 'Phnom Tamao'
		} as never);
		expect(plainEvent.error).toMatchObject({ code: '22023' });
	});
});

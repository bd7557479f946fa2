import type { RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { findingsFromForm } from '$lib/schemas/exam';
import { formObject } from '$lib/schemas/form-errors';
import { necropsySchema } from '$lib/schemas/necropsy';
import { requireRole } from '$lib/server/guards';
import type { Database } from '$lib/types/database';
import { filledByDb, instant, run } from './health-actions';

type Enums = Database['public']['Enums'];

export interface NecropsyReport {
	id: string;
	performedAt: string;
	performedBy: string;
	bodyConditionScore: number | null;
	externalFindings: string | null;
	internalFindings: Partial<Record<Enums['body_system'], string>>;
	causeOfDeath: string | null;
	manner: Enums['death_manner'];
	samplesTaken: string[];
	conclusions: string | null;
	notes: string | null;
}

/** The `?/recordNecropsy` action: the report of an animal that died; the database refuses any other. */
export async function recordNecropsy(event: Pick<RequestEvent, 'request' | 'locals'>, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const input = { ...values, performedAt: instant(values.performedAt), findings: findingsFromForm(values) };
	const result = await run(event, 'necropsy', values, input, necropsySchema, (n) =>
		event.locals.supabase.from('necropsies').insert(
			filledByDb<'necropsies', 'case_id'>({
				animal_id: animalId,
				performed_at: n.performedAt,
				performed_by: n.performedBy,
				body_condition_score: n.bodyConditionScore,
				external_findings: n.externalFindings,
				internal_findings: n.internalFindings,
				cause_of_death: n.causeOfDeath,
				manner: n.manner,
				samples_taken: n.samplesTaken,
				conclusions: n.conclusions,
				notes: n.notes
			})
		)
	);
	return result ?? { necropsyRecorded: true };
}

/** An animal's necropsy report (one at most), read with the caller's RLS. */
export async function loadNecropsy(supabase: SupabaseClient<Database>, animalId: string): Promise<NecropsyReport | null> {
	const { data: n, error } = await supabase
		.from('necropsies')
		.select(
			'id, performed_at, body_condition_score, external_findings, internal_findings, cause_of_death, manner, samples_taken, conclusions, notes, staff!necropsies_performed_by_fkey(full_name)'
		)
		.eq('animal_id', animalId)
		.maybeSingle();
	if (error) throw new Error(`loading the necropsy failed: ${error.code} ${error.message}`);
	if (!n) return null;
	return {
		id: n.id,
		performedAt: n.performed_at,
		performedBy: n.staff?.full_name ?? '',
		bodyConditionScore: n.body_condition_score,
		externalFindings: n.external_findings,
		internalFindings: (n.internal_findings ?? {}) as NecropsyReport['internalFindings'],
		causeOfDeath: n.cause_of_death,
		manner: n.manner,
		samplesTaken: n.samples_taken,
		conclusions: n.conclusions,
		notes: n.notes
	};
}

/** The centre's active vets, for "performed by": the signed-in vet first. */
export async function loadVets(supabase: SupabaseClient<Database>, centreId: string, selfId: string) {
	const { data, error } = await supabase.from('staff').select('user_id, full_name').eq('centre_id', centreId).eq('role', 'vet').eq('active', true).order('full_name');
	if (error) throw new Error(`loading the vets failed: ${error.code} ${error.message}`);
	return data.map((s) => ({ id: s.user_id, name: s.full_name })).sort((a, b) => Number(b.id === selfId) - Number(a.id === selfId));
}

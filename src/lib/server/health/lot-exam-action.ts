import type { RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { formObject } from '$lib/schemas/form-errors';
import { lotExamSchema } from '$lib/schemas/lot-exam';
import { requireRole } from '$lib/server/guards';
import type { Database } from '$lib/types/database';
import { filledByDb, instant, run } from './health-actions';

export interface LotExamRow {
	id: string;
	examinedAt: string;
	examinedBy: string;
	countExamined: number;
	countWithFindings: number;
	notes: string | null;
}

/** The `?/recordLotExam` action: a vet's intake exam of a whole lot, one row, all or nothing. */
export async function recordLotExam(event: Pick<RequestEvent, 'request' | 'locals'>, lotId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const result = await run(event, 'lotExam', values, { ...values, examinedAt: instant(values.examinedAt) }, lotExamSchema, (e) =>
		event.locals.supabase.from('lot_exams').insert(
			filledByDb<'lot_exams', 'case_id' | 'examined_by'>({
				lot_id: lotId,
				examined_at: e.examinedAt,
				count_examined: e.countExamined,
				count_with_findings: e.countWithFindings,
				notes: e.notes
			})
		)
	);
	return result ?? { lotExamRecorded: true };
}

/** A lot's intake exams, newest first (RLS: care staff of the case; prosecutors see none). */
export async function listLotExams(supabase: SupabaseClient<Database>, lotId: string): Promise<LotExamRow[]> {
	const { data, error } = await supabase
		.from('lot_exams')
		.select('id, examined_at, count_examined, count_with_findings, notes, staff!lot_exams_examined_by_fkey(full_name)')
		.eq('lot_id', lotId)
		.order('examined_at', { ascending: false })
		.limit(100);
	if (error) throw new Error(`loading the exams of lot ${lotId} failed: ${error.message}`);
	return data.map((e) => ({
		id: e.id,
		examinedAt: e.examined_at,
		examinedBy: e.staff?.full_name ?? '',
		countExamined: e.count_examined,
		countWithFindings: e.count_with_findings,
		notes: e.notes
	}));
}

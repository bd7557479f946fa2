import type { RequestEvent } from '@sveltejs/kit';
import { formObject } from '$lib/schemas/form-errors';
import { labResultSchema } from '$lib/schemas/lab-result';
import { requireRole } from '$lib/server/guards';
import { filledByDb, instant, run } from './health-actions';

/**
 * The `?/recordLabResult` action: one lab result of one animal, or a correction of one (a new row
 * naming the row it supersedes). One INSERT; the database sets the recorder and case, derives the
 * flag of a number with a range, and checks that a corrected row is this animal's.
 */
export async function recordLabResult(event: Pick<RequestEvent, 'request' | 'locals'>, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const input = { ...values, collectedAt: instant(values.collectedAt), resultedAt: instant(values.resultedAt) };
	const result = await run(event, 'lab', values, input, labResultSchema, (r) =>
		event.locals.supabase.from('lab_results').insert(
			filledByDb<'lab_results', 'case_id'>({
				animal_id: animalId,
				test_name: r.testName,
				sample_type: r.sampleType,
				collected_at: r.collectedAt,
				resulted_at: r.resultedAt,
				laboratory: r.laboratory,
				value_numeric: r.value,
				unit: r.value === null ? null : r.unit,
				value_text: r.resultText,
				range_low: r.rangeLow,
				range_high: r.rangeHigh,
				flag: r.flag,
				notes: r.notes,
				necropsy_id: r.necropsyId,
				corrects_id: r.correctsId,
				// A reason typed into a form that is no longer a correction is not one.
				correction_reason: r.correctsId ? r.correctionReason : null
			})
		)
	);
	return result ?? { labRecorded: true };
}

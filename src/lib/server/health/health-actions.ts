import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { localInputToIso } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import { administrationSchema } from '$lib/schemas/administration';
import { examSchema, findingsFromForm } from '$lib/schemas/exam';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { prescriptionSchema, stopPrescriptionSchema } from '$lib/schemas/prescription';
import { requireRole } from '$lib/server/guards';
import type { Database } from '$lib/types/database';
import { dbRefusal } from './db-refusals';

type Tables = Database['public']['Tables'];
/**
 * A row without the columns its BEFORE INSERT trigger fills (case, recorder, weight, volume…):
 * the generated Insert types still ask for them, and whatever a client sent would be replaced.
 */
export const filledByDb = <T extends keyof Tables, K extends keyof Tables[T]['Insert']>(row: Omit<Tables[T]['Insert'], K>) =>
	row as Tables[T]['Insert'];

/** ActionData of one health form: `{ [form]: HealthFailure }` on refusal. */
export interface HealthFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
}
export type HealthEvent = Pick<RequestEvent, 'request' | 'locals'>;
type Written = { error: { code: string; message: string; hint?: string | null } | null };

/** datetime-local inputs are centre time; anything else stays as typed for the schema to refuse. */
export const instant = (v: string | undefined) => (v ? (localInputToIso(v) ?? v) : v);

/**
 * Validates with `schema`, writes with `write` (one INSERT or UPDATE, so nothing is half-written),
 * and turns the database's refusals into messages next to the field they concern.
 */
export async function run<F extends string, S extends z.ZodType>(
	{ locals }: HealthEvent,
	form: F,
	values: Record<string, string>,
	input: unknown,
	schema: S,
	write: (data: z.output<S>) => PromiseLike<Written>
) {
	const m = messages(locals.locale).health;
	const parsed = schema.safeParse(input);
	const failure = (status: number, errors: FieldErrors, message?: string) =>
		fail(status, { [form]: { errors, values, message } } as Record<F, HealthFailure>);
	if (!parsed.success) return failure(400, fieldErrors(parsed.error));
	const { error } = await write(parsed.data);
	if (!error) return null;
	const refusal = dbRefusal(error);
	if (!refusal) throw new Error(`${form} failed: ${error.code} ${error.message}`);
	switch (refusal.kind) {
		case 'field':
			return refusal.field === 'form'
				? failure(400, {}, messages(locals.locale).validation[refusal.key])
				: failure(400, { [refusal.field]: refusal.key }, m.fixBelow);
		case 'forbidden':
			return failure(403, {}, m.forbidden);
		case 'not_found':
			return failure(404, {}, messages(locals.locale).handover.notFound);
		case 'invalid':
			console.warn(`the database refused ${form}:`, refusal.message);
			return failure(400, {}, m.refused);
	}
}

export async function recordExam(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const input = { ...values, examinedAt: instant(values.examinedAt), findings: findingsFromForm(values) };
	const result = await run(event, 'exam', values, input, examSchema, (e) =>
		event.locals.supabase.from('exams').insert(filledByDb<'exams', 'case_id' | 'examined_by'>({
			animal_id: animalId,
			examined_at: e.examinedAt,
			weight_g: e.weightG,
			weight_confirmed: e.weightConfirmed,
			body_condition_score: e.bodyConditionScore,
			temperature_c: e.temperatureC,
			findings: e.findings,
			assessment: e.assessment,
			plan: e.plan
		}))
	);
	return result ?? { examRecorded: true };
}

export async function prescribe(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const saved = { volumeMl: null as number | null };
	const result = await run(event, 'prescription', values, values, prescriptionSchema, async (p) => {
		const { data, error } = await event.locals.supabase
			.from('prescriptions')
			.insert(
				filledByDb<'prescriptions', 'case_id' | 'weight_g' | 'weight_measured_at' | 'weight_exam_id' | 'concentration_mg_per_ml' | 'volume_ml' | 'prescribed_by'>({
				animal_id: animalId,
				drug_id: p.drugId,
				dose_mg_per_kg: p.doseMgPerKg,
				route: p.route,
				frequency_per_day: p.frequencyPerDay,
				every_days: p.everyDays,
				duration_days: p.durationDays,
				starts_on: p.startsOn,
				weight_age_override_reason: p.weightAgeOverrideReason,
				out_of_range_reason: p.outOfRangeReason,
				notes: p.notes
			}))
			.select('volume_ml')
			.single();
		saved.volumeMl = data?.volume_ml ?? null;
		return { error };
	});
	return result ?? { prescribed: saved };
}

export async function stopPrescription(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const result = await run(event, 'stop', values, values, stopPrescriptionSchema, (s) =>
		event.locals.supabase
			.from('prescriptions')
			.update({ stopped_at: new Date().toISOString(), stop_reason: s.stopReason })
			.eq('id', s.prescriptionId)
			.eq('animal_id', animalId)
	);
	return result ?? { prescriptionStopped: true };
}

export async function logAdministration(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet', 'keeper');
	const values = formObject(await event.request.formData());
	const input = { ...values, givenAt: instant(values.givenAt) };
	const result = await run(event, 'administration', values, input, administrationSchema, async (a) => {
		// The prescription must be this animal's: the page cannot be used to log another animal's dose.
		const { data } = await event.locals.supabase.from('prescriptions').select('id').eq('id', a.prescriptionId).eq('animal_id', animalId).maybeSingle();
		if (!data) return { error: { code: '23503', message: 'prescription not found for this animal' } };
		return event.locals.supabase.from('administrations').insert(filledByDb<'administrations', 'case_id' | 'animal_id' | 'calculated_ml' | 'given_by'>({
			prescription_id: a.prescriptionId,
			given_at: a.givenAt,
			outcome: a.outcome,
			actual_ml: a.actualMl,
			notes: a.notes
		}));
	});
	return result ?? { administrationLogged: true };
}

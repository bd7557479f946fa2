import type { SupabaseClient } from '@supabase/supabase-js';
import type { TaxonClass } from '$lib/domain/dose';
import type { Database } from '$lib/types/database';

type Tables = Database['public']['Tables'];
type Enums = Database['public']['Enums'];

export interface LatestWeight {
	weightG: number;
	measuredAt: string;
}
export interface ExamRow {
	id: string;
	examinedAt: string;
	weightG: number | null;
	bodyConditionScore: number | null;
	temperatureC: number | null;
	findings: Partial<Record<Enums['body_system'], string>>;
	assessment: string | null;
	plan: string | null;
	examiner: string;
}
export interface PrescriptionRow {
	id: string;
	drugName: string;
	doseMgPerKg: number;
	route: Enums['drug_route'];
	frequencyPerDay: number;
	everyDays: number;
	durationDays: number;
	startsOn: string;
	volumeMl: number;
	weightG: number;
	weightMeasuredAt: string;
	weightAgeOverrideReason: string | null;
	outOfRangeReason: string | null;
}
export interface DrugOption {
	id: string;
	name: string;
	concentrationMgPerMl: number;
	/** The usual range for this animal's class, or null when none is known. */
	range: { min: number; max: number } | null;
}

const fail = (what: string, error: { code: string; message: string }) => new Error(`loading ${what} failed: ${error.code} ${error.message}`);

/** Everything the health page shows of one animal, read with the caller's RLS. */
export async function loadHealth(supabase: SupabaseClient<Database>, animalId: string, taxon: TaxonClass) {
	const [exams, problems, prescriptions, administrations, drugs] = await Promise.all([
		supabase
			.from('exams')
			.select('id, examined_at, weight_g, body_condition_score, temperature_c, findings, assessment, plan, staff!exams_examined_by_fkey(full_name)')
			.eq('animal_id', animalId)
			.order('examined_at', { ascending: false })
			.limit(50),
		// Open ones first, then the latest resolved: an animal of many years has a long history.
		supabase
			.from('problems')
			.select('id, title, started_on, resolved_on, notes')
			.eq('animal_id', animalId)
			.order('resolved_on', { ascending: false, nullsFirst: true })
			.order('started_on', { ascending: false })
			.limit(100),
		supabase
			.from('prescriptions')
			.select('id, dose_mg_per_kg, route, frequency_per_day, every_days, duration_days, starts_on, volume_ml, weight_g, weight_measured_at, weight_age_override_reason, out_of_range_reason, drugs(name)')
			.eq('animal_id', animalId)
			.is('stopped_at', null)
			.order('starts_on', { ascending: false }),
		supabase
			.from('administrations')
			.select('id, given_at, outcome, calculated_ml, actual_ml, notes, prescriptions(drugs(name)), staff!administrations_given_by_fkey(full_name)')
			.eq('animal_id', animalId)
			.order('given_at', { ascending: false })
			.limit(50),
		supabase.from('drugs').select('id, name, concentration_mg_per_ml, drug_dose_ranges(taxon_class, min_mg_per_kg, max_mg_per_kg)').order('name')
	]);
	for (const [what, r] of [['exams', exams], ['problems', problems], ['prescriptions', prescriptions], ['administrations', administrations], ['drugs', drugs]] as const) {
		if (r.error) throw fail(what, r.error);
	}
	const examRows: ExamRow[] = (exams.data ?? []).map((e) => ({
		id: e.id,
		examinedAt: e.examined_at,
		weightG: e.weight_g,
		bodyConditionScore: e.body_condition_score,
		temperatureC: e.temperature_c,
		findings: (e.findings ?? {}) as ExamRow['findings'],
		assessment: e.assessment,
		plan: e.plan,
		examiner: e.staff?.full_name ?? ''
	}));
	const weighed = examRows.find((e) => e.weightG !== null);
	return {
		latestWeight: weighed ? ({ weightG: weighed.weightG!, measuredAt: weighed.examinedAt } satisfies LatestWeight) : null,
		exams: examRows,
		problems: (problems.data ?? []).map((p) => ({ id: p.id, title: p.title, startedOn: p.started_on, resolvedOn: p.resolved_on, notes: p.notes })),
		prescriptions: (prescriptions.data ?? []).map(
			(p): PrescriptionRow => ({
				id: p.id,
				drugName: p.drugs?.name ?? '',
				doseMgPerKg: p.dose_mg_per_kg,
				route: p.route,
				frequencyPerDay: p.frequency_per_day,
				everyDays: p.every_days,
				durationDays: p.duration_days,
				startsOn: p.starts_on,
				volumeMl: p.volume_ml,
				weightG: p.weight_g,
				weightMeasuredAt: p.weight_measured_at,
				weightAgeOverrideReason: p.weight_age_override_reason,
				outOfRangeReason: p.out_of_range_reason
			})
		),
		administrations: (administrations.data ?? []).map((a) => ({
			id: a.id,
			givenAt: a.given_at,
			outcome: a.outcome,
			calculatedMl: a.calculated_ml,
			actualMl: a.actual_ml,
			notes: a.notes,
			drugName: a.prescriptions?.drugs?.name ?? '',
			givenBy: a.staff?.full_name ?? ''
		})),
		drugs: (drugs.data ?? []).map((d): DrugOption => {
			const range = (d.drug_dose_ranges as Pick<Tables['drug_dose_ranges']['Row'], 'taxon_class' | 'min_mg_per_kg' | 'max_mg_per_kg'>[]).find(
				(r) => r.taxon_class === taxon
			);
			return {
				id: d.id,
				name: d.name,
				concentrationMgPerMl: d.concentration_mg_per_ml,
				range: range ? { min: range.min_mg_per_kg, max: range.max_mg_per_kg } : null
			};
		})
	};
}

export type HealthData = Awaited<ReturnType<typeof loadHealth>>;

import type { SupabaseClient } from '@supabase/supabase-js';
import { dietItems, type DietItem } from '$lib/schemas/diet-plan';
import type { Database } from '$lib/types/database';

/** Whose diet: one animal, one lot's group record or a whole enclosure (public.diet_plans). */
export type DietSubject = { animalId: string } | { lotId: string } | { enclosureId: string };

export function subjectColumn(subject: DietSubject): ['animal_id' | 'lot_id' | 'enclosure_id', string] {
	if ('animalId' in subject) return ['animal_id', subject.animalId];
	if ('lotId' in subject) return ['lot_id', subject.lotId];
	return ['enclosure_id', subject.enclosureId];
}

export interface DietPlanRow {
	id: string;
	items: DietItem[];
	feedingTimes: string[];
	everyNDays: number;
	startsOn: string;
	notes: string | null;
	createdAt: string;
	createdBy: string;
	endedAt: string | null;
	endReason: string | null;
}

export interface DietPlans {
	current: DietPlanRow | null;
	/** Ended plans, newest first. */
	history: DietPlanRow[];
}

/** Enough history for a page; the first plans of a long stay are rarely asked for. animal_page() keeps 20 too. */
const PLANS_SHOWN = 20;

/** A plan as loadDietPlans() selects it and animal_page() returns it, with its author's name. */
export type DietPlanColumns = Pick<
	Database['public']['Tables']['diet_plans']['Row'],
	'id' | 'items' | 'feeding_times' | 'every_n_days' | 'starts_on' | 'notes' | 'created_at' | 'ended_at' | 'end_reason'
> & { created_by_name: string | null };

/** A subject's plans, newest first, in one query on the subject's (id, created_at) index. */
export async function loadDietPlans(supabase: SupabaseClient<Database>, subject: DietSubject): Promise<DietPlans> {
	const [column, id] = subjectColumn(subject);
	const { data, error } = await supabase
		.from('diet_plans')
		.select('id, items, feeding_times, every_n_days, starts_on, notes, created_at, ended_at, end_reason, staff!diet_plans_created_by_fkey(full_name)')
		.eq(column, id)
		.order('created_at', { ascending: false })
		.limit(PLANS_SHOWN);
	if (error) throw new Error(`loading the diet plans of ${column} ${id} failed: ${error.code} ${error.message}`);
	return dietPlans(data.map(({ staff, ...p }) => ({ ...p, created_by_name: staff?.full_name ?? null })));
}

/** Plans newest first → the current one (not ended) and the ended ones. */
export function dietPlans(plans: DietPlanColumns[]): DietPlans {
	const rows = plans.map(
		(p): DietPlanRow => ({
			id: p.id,
			items: dietItems(p.items),
			// PostgreSQL's time type says 07:00:00; people say 07:00.
			feedingTimes: p.feeding_times.map((t) => t.slice(0, 5)),
			everyNDays: p.every_n_days,
			startsOn: p.starts_on,
			notes: p.notes,
			createdAt: p.created_at,
			createdBy: p.created_by_name ?? '',
			endedAt: p.ended_at,
			endReason: p.end_reason
		})
	);
	return { current: rows.find((p) => p.endedAt === null) ?? null, history: rows.filter((p) => p.endedAt !== null) };
}


import { expect } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { domainEn } from '../../src/lib/i18n/sections/domain.en.ts';

/**
 * What the care dashboard must show, worked out from the rows themselves as the vet reads them
 * through the API: group counts plus individual records by status, receipts and dispositions
 * from the custody ledger by centre month, head counts per area, doses due today. An independent
 * count in TypeScript, so a mistake in care_dashboard()'s SQL shows as a difference.
 */
const ZONE = 'Asia/Phnom_Penh';
const CLASSES = ['mammal', 'bird', 'reptile', 'amphibian', 'fish', 'invertebrate'] as const;
const STATUSES = ['in_care', 'released', 'transferred', 'died', 'euthanized', 'escaped'] as const;
const OUTCOMES = ['released', 'transferred_out', 'died', 'euthanized'] as const;
type TaxonClass = (typeof CLASSES)[number];

export interface Expected {
	inCare: number;
	census: { label: string; values: number[] }[];
	intakeClasses: TaxonClass[];
	intakes: { label: string; byClass: Partial<Record<TaxonClass, number>>; total: number }[];
	outcomes: { label: string; values: number[] }[];
	/** Deaths and euthanasias of the last 30 days, and the animals in care at any time in them. */
	mortality: { deaths: number; animals: number };
	areas: { path: string; enclosures: number; headCount: number; capacity: number }[];
	unplaced: number;
	treatments: { prescriptions: number; dosesDue: number; dosesLogged: number; dosesRemaining: number };
}

/** Every row of a query, a page of 1,000 (the API's limit) at a time, typed as the caller reads it. */
async function all<T>(query: (from: number, to: number) => PromiseLike<{ data: unknown[] | null; error: unknown }>): Promise<T[]> {
	const rows: unknown[] = [];
	for (let from = 0; ; from += 1000) {
		const { data, error } = await query(from, from + 999);
		expect(error).toBeNull();
		rows.push(...(data ?? []));
		if ((data ?? []).length < 1000) return rows as T[];
	}
}

const localDay = (at: Date | string) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(at));
const monthLabel = (month: string) =>
	new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** The last 12 months of the centre's calendar, oldest first. */
function lastMonths(today: string): string[] {
	const [year, month] = today.split('-').map(Number);
	return Array.from({ length: 12 }, (_, i) => {
		const d = new Date(Date.UTC(year, month - 1 - (11 - i), 1));
		return d.toISOString().slice(0, 7);
	});
}

export async function dashboardExpectations(api: SupabaseClient): Promise<Expected> {
	const today = localDay(new Date());
	const months = lastMonths(today);
	const monthsFrom = `${months[0]}-01T00:00:00+07:00`;

	const lots = await all<{ id: string; count_received: number; species: { taxon_class: TaxonClass } } & Record<string, unknown>>((a, b) =>
		api.from('lots').select('id, count_received, in_care, released, transferred, died, euthanized, escaped, species(taxon_class)').order('id').range(a, b)
	);
	const animals = await all<{ id: string; lot_id: string; status: string; species: { taxon_class: TaxonClass } }>((a, b) =>
		api.from('animals').select('id, lot_id, status, species(taxon_class)').order('id').range(a, b)
	);
	const corrected = new Set(
		(await all<{ corrects_event_id: string }>((a, b) => api.from('custody_events').select('corrects_event_id').not('corrects_event_id', 'is', null).order('id').range(a, b))).map(
			(e) => e.corrects_event_id
		)
	);
	const events = (
		await all<{ id: string; lot_id: string | null; animal_id: string | null; event_type: string; occurred_at: string }>((a, b) =>
			api
				.from('custody_events')
				.select('id, lot_id, animal_id, event_type, occurred_at')
				.in('event_type', ['received_at_centre', ...OUTCOMES])
				.gte('occurred_at', monthsFrom)
				.order('id')
				.range(a, b)
		)
	).filter((e) => !corrected.has(e.id));

	// Census: each lot's group counts (split_out never: those are the individual records) + records by status.
	const census = new Map<TaxonClass, number[]>();
	const add = (c: TaxonClass, i: number, k: number) => {
		const row = census.get(c) ?? STATUSES.map(() => 0);
		row[i] += k;
		census.set(c, row);
	};
	for (const lot of lots) STATUSES.forEach((s, i) => add(lot.species.taxon_class, i, Number(lot[s])));
	for (const animal of animals) add(animal.species.taxon_class, STATUSES.indexOf(animal.status as (typeof STATUSES)[number]), 1);
	const censusRows = CLASSES.filter((c) => census.has(c)).map((c) => ({ label: domainEn.taxonClass[c], values: census.get(c)! }));
	const inCare = censusRows.reduce((s, row) => s + row.values[0], 0);

	// Intakes: a lot arrives with its first receipt (its own or one of its animals').
	const lotOfAnimal = new Map(animals.map((a) => [a.id, a.lot_id]));
	const arrived = new Map<string, string>();
	for (const e of events.filter((e) => e.event_type === 'received_at_centre')) {
		const lotId = e.lot_id ?? (e.animal_id ? lotOfAnimal.get(e.animal_id) : undefined);
		if (lotId && (!arrived.has(lotId) || e.occurred_at < arrived.get(lotId)!)) arrived.set(lotId, e.occurred_at);
	}
	const intakeCounts = new Map<string, Partial<Record<TaxonClass, number>>>();
	for (const lot of lots) {
		const at = arrived.get(lot.id);
		if (!at) continue;
		const month = localDay(at).slice(0, 7);
		const counts = intakeCounts.get(month) ?? {};
		counts[lot.species.taxon_class] = (counts[lot.species.taxon_class] ?? 0) + lot.count_received;
		intakeCounts.set(month, counts);
	}
	const intakeClasses = CLASSES.filter((c) => [...intakeCounts.values()].some((counts) => counts[c] !== undefined));

	// Outcomes: one animal per disposition event, in the month it happened.
	const outcomes = months.map((month) => ({
		label: monthLabel(month),
		values: OUTCOMES.map((kind) => events.filter((e) => e.event_type === kind && localDay(e.occurred_at).slice(0, 7) === month).length)
	}));

	// 30 days: today and the 29 before, from local midnight; in care then = in care now + left since.
	const windowFrom = Date.parse(`${localDay(new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000))}T00:00:00+07:00`);
	const recent = events.filter((e) => e.event_type !== 'received_at_centre' && Date.parse(e.occurred_at) >= windowFrom);
	const mortality = { deaths: recent.filter((e) => e.event_type === 'died' || e.event_type === 'euthanized').length, animals: inCare + recent.length };

	return {
		inCare,
		mortality,
		census: censusRows,
		intakeClasses,
		intakes: months.map((month) => {
			const byClass = intakeCounts.get(month) ?? {};
			return { label: monthLabel(month), byClass, total: Object.values(byClass).reduce((s, k) => s + (k ?? 0), 0) };
		}),
		outcomes,
		...(await placeExpectations(api, inCare)),
		treatments: await treatmentExpectations(api, today)
	};
}

async function placeExpectations(api: SupabaseClient, inCare: number): Promise<Pick<Expected, 'areas' | 'unplaced'>> {
	const places = await all<{ id: string; parent_id: string | null; kind: string; name: string; capacity: number | null; active: boolean }>((a, b) =>
		api.from('enclosures').select('id, parent_id, kind, name, capacity, active').order('id').range(a, b)
	);
	const heads = new Map(
		(await all<{ enclosure_id: string; head_count: number }>((a, b) => api.from('enclosure_occupancy').select('enclosure_id, head_count').order('enclosure_id').range(a, b))).map(
			(o) => [o.enclosure_id, o.head_count]
		)
	);
	const byId = new Map(places.map((p) => [p.id, p]));
	const path = (id: string): string => {
		const p = byId.get(id)!;
		return p.parent_id ? `${path(p.parent_id)} › ${p.name}` : p.name;
	};
	const areas = new Map<string, { path: string; enclosures: number; headCount: number; capacity: number }>();
	for (const e of places.filter((p) => p.kind === 'enclosure' && (p.active || (heads.get(p.id) ?? 0) > 0))) {
		const area = areas.get(e.parent_id!) ?? { path: path(e.parent_id!), enclosures: 0, headCount: 0, capacity: 0 };
		area.enclosures += 1;
		area.headCount += heads.get(e.id) ?? 0;
		area.capacity += e.capacity ?? 0;
		areas.set(e.parent_id!, area);
	}
	const placed = [...heads.values()].reduce((s, k) => s + k, 0);
	return { areas: [...areas.values()], unplaced: inCare - placed };
}

async function treatmentExpectations(api: SupabaseClient, today: string): Promise<Expected['treatments']> {
	const open = (
		await all<{ id: string; frequency_per_day: number; every_days: number; starts_on: string; animals: { status: string } }>((a, b) =>
			api
				.from('prescriptions')
				.select('id, frequency_per_day, every_days, starts_on, animals(status)')
				.is('stopped_at', null)
				.lte('starts_on', today)
				.gte('last_day', today)
				.order('id')
				.range(a, b)
		)
	).filter((p) => p.animals.status === 'in_care' && ((Date.parse(today) - Date.parse(p.starts_on)) / 86_400_000) % p.every_days === 0);
	const logged = new Map<string, number>();
	if (open.length) {
		const doses = await all<{ prescription_id: string }>((a, b) =>
			api
				.from('administrations')
				.select('prescription_id')
				.in('prescription_id', open.map((p) => p.id))
				.gte('given_at', `${today}T00:00:00+07:00`)
				.lt('given_at', new Date(Date.parse(`${today}T00:00:00+07:00`) + 86_400_000).toISOString())
				.order('id')
				.range(a, b)
		);
		for (const d of doses) logged.set(d.prescription_id, (logged.get(d.prescription_id) ?? 0) + 1);
	}
	return {
		prescriptions: open.length,
		dosesDue: open.reduce((s, p) => s + p.frequency_per_day, 0),
		dosesLogged: open.reduce((s, p) => s + (logged.get(p.id) ?? 0), 0),
		dosesRemaining: open.reduce((s, p) => s + Math.max(p.frequency_per_day - (logged.get(p.id) ?? 0), 0), 0)
	};
}

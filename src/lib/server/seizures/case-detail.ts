import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { chainState, isUuid, SPECIES_COLUMNS, speciesRef, type ChainState, type SpeciesRef } from './species-ref';

type Enums = Database['public']['Enums'];
type AnimalStatus = Enums['animal_status'];
export type { ChainState, SpeciesRef };

/** Where the animals of a lot went; with the group still in care they add up to the count received. */
export interface Reconciliation {
	inCare: number;
	splitOut: number;
	released: number;
	transferred: number;
	died: number;
	euthanized: number;
	escaped: number;
}

export interface LotSummary {
	id: string;
	species: SpeciesRef;
	countReceived: number;
	condition: string | null;
	notes: string | null;
	reconciliation: Reconciliation;
	balanced: boolean;
	/** Animals split out to individual records, by their own status; empty for a group lot. */
	individualsByStatus: Partial<Record<AnimalStatus, number>>;
}

export interface ItemSummary {
	id: string;
	description: string;
	species: SpeciesRef | null;
	quantity: number;
	unit: Enums['quantity_unit'];
	sealNumbers: string[];
	storageLocation: string | null;
	status: Enums['item_status'];
}

export interface CaseRecords {
	id: string;
	caseNumber: string;
	seizedAt: string;
	location: { description: string; lat: number | null; lng: number | null };
	agency: string;
	leadOfficer: { name: string; agency: string; idNumber: string };
	legalBasis: string | null;
	courtReference: string | null;
	status: Enums['case_status'];
	notes: string | null;
	createdAt: string;
	lots: LotSummary[];
	items: ItemSummary[];
}

export interface CaseDetail extends CaseRecords {
	custodyChain: ChainState;
}

const LOT_COLUMNS =
	`id, created_at, intake_position, count_received, in_care, split_out, released, transferred, died, euthanized, escaped, condition_on_arrival, notes, species(${SPECIES_COLUMNS})` as const;
const ITEM_COLUMNS =
	`id, intake_position, description, quantity, unit, seal_numbers, storage_location, status, species(${SPECIES_COLUMNS})` as const;

/**
 * A case as its page and `GET /api/v1/cases/{id}` show it, read with the caller's client: null
 * when it does not exist or RLS hides it. Animals are counted, never fetched (a case may hold 5,000).
 */
export async function loadCaseDetail(supabase: SupabaseClient<Database>, caseId: string): Promise<CaseDetail | null> {
	const [records, custodyChain] = await Promise.all([loadCaseRecords(supabase, caseId), verifyCaseChain(supabase, caseId)]);
	return records && { ...records, custodyChain };
}

/**
 * Recomputes the case's hash chain (verify_custody_chain): about 20 ms for a boat seizure's 786
 * events on PGlite, 120 ms for 5,000; the case page streams it rather than wait for it.
 */
export async function verifyCaseChain(supabase: SupabaseClient<Database>, caseId: string): Promise<ChainState> {
	const { data, error } = await supabase.rpc('verify_custody_chain', { p_case_id: caseId });
	if (error) throw new Error(`verifying the chain of case ${caseId} failed: ${error.code} ${error.message}`);
	return chainState(data?.[0]);
}

/** The case without its chain verification. */
export async function loadCaseRecords(supabase: SupabaseClient<Database>, caseId: string): Promise<CaseRecords | null> {
	if (!isUuid(caseId)) return null;
	const [caseRes, lotsRes, itemsRes, countsRes] = await Promise.all([
		supabase.from('seizure_cases').select('*').eq('id', caseId).maybeSingle(),
		supabase.from('lots').select(LOT_COLUMNS).eq('case_id', caseId).order('created_at').order('intake_position'),
		supabase.from('evidence_items').select(ITEM_COLUMNS).eq('case_id', caseId).order('created_at').order('intake_position'),
		supabase.from('lot_individual_counts').select('lot_id, status, animals').eq('case_id', caseId)
	]);
	for (const res of [caseRes, lotsRes, itemsRes, countsRes]) {
		if (res.error) throw new Error(`loading case ${caseId} failed: ${res.error.code} ${res.error.message}`);
	}
	const row = caseRes.data;
	if (!row) return null;
	const lots = lotsRes.data ?? [];
	const byStatus = new Map<string, Partial<Record<AnimalStatus, number>>>();
	for (const c of countsRes.data ?? []) {
		if (c.lot_id && c.status) byStatus.set(c.lot_id, { ...byStatus.get(c.lot_id), [c.status]: c.animals ?? 0 });
	}
	return {
		id: row.id,
		caseNumber: row.case_number,
		seizedAt: row.seized_at,
		// numeric columns arrive as numbers from PostgREST's JSON; Number() keeps that true if it changes.
		location: { description: row.location_description, lat: numberOrNull(row.latitude), lng: numberOrNull(row.longitude) },
		agency: row.agency,
		leadOfficer: { name: row.lead_officer_name, agency: row.lead_officer_agency, idNumber: row.lead_officer_id_number },
		legalBasis: row.legal_basis,
		courtReference: row.court_reference,
		status: row.status,
		notes: row.notes,
		createdAt: row.created_at,
		lots: lots.map((lot) => {
			const reconciliation: Reconciliation = {
				inCare: lot.in_care,
				splitOut: lot.split_out,
				released: lot.released,
				transferred: lot.transferred,
				died: lot.died,
				euthanized: lot.euthanized,
				escaped: lot.escaped
			};
			const accounted = Object.values(reconciliation).reduce((sum, n) => sum + n, 0);
			return {
				id: lot.id,
				species: speciesRef(lot.species),
				countReceived: lot.count_received,
				condition: lot.condition_on_arrival,
				notes: lot.notes,
				reconciliation,
				balanced: accounted === lot.count_received,
				individualsByStatus: byStatus.get(lot.id) ?? {}
			};
		}),
		items: (itemsRes.data ?? []).map((item) => ({
			id: item.id,
			description: item.description,
			species: item.species ? speciesRef(item.species) : null,
			quantity: Number(item.quantity),
			unit: item.unit,
			sealNumbers: item.seal_numbers,
			storageLocation: item.storage_location,
			status: item.status
		}))
	};
}

function numberOrNull(v: number | null): number | null {
	return v === null ? null : Number(v);
}

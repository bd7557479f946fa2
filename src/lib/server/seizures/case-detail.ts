import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import type { EventRow } from './custody-timeline';
import type { RecordRow } from './photo-records';
import { chainState, isUuid, speciesRef, type ChainState, type SpeciesColumns, type SpeciesRef } from './species-ref';

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

type Row<T extends keyof Database['public']['Tables']> = Database['public']['Tables'][T]['Row'];

/** What case_page() returns (supabase/migrations/20261123100700_create_case_page.sql). */
export interface CasePageRows {
	case: Row<'seizure_cases'>;
	lots: (Row<'lots'> & { species: SpeciesColumns; individuals: Partial<Record<AnimalStatus, number>> })[];
	items: (Row<'evidence_items'> & { species: SpeciesColumns | null })[];
	events: (EventRow & { animal_code: string | null; recorder_name: string | null })[];
	last_position: number;
	photos: (RecordRow & { uploader_name: string | null })[];
}

/** One call to case_page(): null when the case does not exist or RLS hides it. */
export async function fetchCasePage(
	supabase: SupabaseClient<Database>,
	caseId: string,
	firstPosition: number,
	pageSize: number
): Promise<CasePageRows | null> {
	if (!isUuid(caseId)) return null;
	const { data, error } = await supabase.rpc('case_page', { p_case_id: caseId, p_first_position: firstPosition, p_page_size: pageSize });
	if (error) throw new Error(`loading case ${caseId} failed: ${error.code} ${error.message}`);
	// The function's output is typed by the tables it reads; the generated types only say Json.
	return (data as unknown as CasePageRows | null) ?? null;
}

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

/** The case without its chain verification or events. Animals are counted, never fetched. */
export async function loadCaseRecords(supabase: SupabaseClient<Database>, caseId: string): Promise<CaseRecords | null> {
	const rows = await fetchCasePage(supabase, caseId, 1, 0);
	return rows && caseRecords(rows);
}

export function caseRecords({ case: row, lots, items }: CasePageRows): CaseRecords {
	return {
		id: row.id,
		caseNumber: row.case_number,
		seizedAt: row.seized_at,
		// numeric columns arrive as numbers in JSON; Number() keeps that true if it changes.
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
				individualsByStatus: lot.individuals
			};
		}),
		items: items.map((item) => ({
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

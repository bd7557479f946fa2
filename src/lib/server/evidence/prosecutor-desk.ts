import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { readPage, type Paged } from './paged';
import { REQUEST_COLUMNS, toRequestRow, type EvidenceRequestRow } from './request-rows';

export const REQUESTS_PAGE_SIZE = 20;

/** What a request form offers of one case: its lots and items (animals are typed by their code). */
export interface SheetCase {
	id: string;
	caseNumber: string;
	lots: { id: string; label: string }[];
	items: { id: string; label: string }[];
}

export interface GrantedCase extends SheetCase {
	seizedAt: string;
	includeVeterinary: boolean;
	includeOffender: boolean;
}

type Client = SupabaseClient<Database>;

/** A lot by its species and head count, an item by its description and seals: as the case page lists them. */
export function sheetCaseOf(c: {
	id: string;
	case_number: string;
	lots: { id: string; intake_position: number | null; count_received: number; species: { scientific_name: string } | null }[];
	evidence_items: { id: string; intake_position: number | null; description: string; seal_numbers: string[] }[];
}): SheetCase {
	const byIntake = (a: { intake_position: number | null }, b: { intake_position: number | null }) => (a.intake_position ?? 0) - (b.intake_position ?? 0);
	return {
		id: c.id,
		caseNumber: c.case_number,
		lots: [...c.lots].sort(byIntake).map((l) => ({ id: l.id, label: `${l.species?.scientific_name ?? '?'} (${l.count_received})` })),
		items: [...c.evidence_items]
			.sort(byIntake)
			.map((i) => ({ id: i.id, label: i.seal_numbers.length ? `${i.description} (${i.seal_numbers.join(', ')})` : i.description }))
	};
}

export const SHEET_CASE_COLUMNS =
	'id, case_number, lots(id, intake_position, count_received, species(scientific_name)), evidence_items(id, intake_position, description, seal_numbers)' as const;

/** The cases granted to the signed-in prosecutor, newest seizure first, with what each grant includes. */
export async function grantedCases(supabase: Client, prosecutorId: string): Promise<GrantedCase[]> {
	const { data, error } = await supabase
		.from('case_grants')
		.select(`include_veterinary, include_offender, case:seizure_cases!inner(seized_at, ${SHEET_CASE_COLUMNS})`)
		.eq('prosecutor_id', prosecutorId);
	if (error) throw new Error(`loading the granted cases failed: ${error.code} ${error.message}`);
	return data
		.map((g) => ({ ...sheetCaseOf(g.case), seizedAt: g.case.seized_at, includeVeterinary: g.include_veterinary, includeOffender: g.include_offender }))
		.sort((a, b) => b.seizedAt.localeCompare(a.seizedAt));
}

/** The prosecutor's own requests, newest first (RLS: only their own). */
export async function myRequests(supabase: Client, prosecutorId: string, url: URL): Promise<Paged<EvidenceRequestRow>> {
	const page = await readPage(url, 'page', REQUESTS_PAGE_SIZE, 'your evidence requests', (from, to) =>
		supabase
			.from('evidence_requests')
			.select(REQUEST_COLUMNS, { count: 'exact' })
			.eq('prosecutor_id', prosecutorId)
			.order('requested_at', { ascending: false })
			.order('id')
			.range(from, to)
	);
	return { ...page, rows: page.rows.map(toRequestRow) };
}

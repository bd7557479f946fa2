import type { SupabaseClient } from '@supabase/supabase-js';
import { literalPattern } from '$lib/schemas/case-search';
import type { Database } from '$lib/types/database';
import { SHEET_CASE_COLUMNS, sheetCaseOf, type SheetCase } from './prosecutor-desk';

/**
 * A case of the caller's centre by the number written on its file (in any letter case, as the
 * database keeps numbers unique), with its lots and items for
 * the subject pickers; null when there is none (RLS: other centres' cases do not exist here).
 */
export async function caseByNumber(supabase: SupabaseClient<Database>, caseNumber: string): Promise<SheetCase | null> {
	const number = caseNumber.trim();
	if (!number || number.length > 60) return null;
	const { data, error } = await supabase.from('seizure_cases').select(SHEET_CASE_COLUMNS).ilike('case_number', literalPattern(number)).maybeSingle();
	if (error) throw new Error(`finding case ${number} failed: ${error.code} ${error.message}`);
	return data ? sheetCaseOf(data) : null;
}
